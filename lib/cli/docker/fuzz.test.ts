import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadExample } from '../../course/examples';
import { completeLine, createDockerSession, executeLine } from './index';

const context = loadExample('go-calculator').context;
const WORDS = [
  'docker',
  'build',
  'run',
  'images',
  'image',
  'ls',
  'inspect',
  'history',
  'rmi',
  'prune',
  '-t',
  '-f',
  '--target',
  '--rm',
  '-it',
  '-i',
  '.',
  'calc',
  'Dockerfile.multi-stage',
  'Dockerfile.single-stage',
  '|',
  '&&',
  '||',
  ';',
  '"',
  "'",
  '\\',
  '$',
  'echo',
  'printf',
  'cat',
  'clear',
  '--',
  '-',
  '=',
  '--help',
  'x:1',
  'sha256:',
];

describe('any command line gives a result', () => {
  it('random text never throws and always answers with text and an exit code', () => {
    const s = createDockerSession({ context, now: () => 0 });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        const r = executeLine(s, line);
        for (const chunk of r.output) {
          expect(['stdout', 'stderr', 'note']).toContain(chunk.stream);
          // Nothing inside threw (the line's guard would say so).
          expect(chunk.text).not.toMatch(/^The simulator failed/);
        }
        expect(Number.isInteger(r.exitCode)).toBe(true);
        expect(completeLine(s, line).line.startsWith(line.slice(0, line.search(/\S*$/)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('random sequences of docker words never throw, and the session stays consistent', () => {
    const s = createDockerSession({ context, now: () => 0 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }), (words) => {
        const r = executeLine(s, words.join(' '));
        expect(Number.isInteger(r.exitCode)).toBe(true);
        for (const image of s.images) expect(image.id).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 300 },
    );
  });
});
