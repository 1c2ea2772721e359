import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadExample } from '../../course/examples';
import { completeLine, createDockerSession, executeKey, executeLine } from './index';

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
  'system',
  'df',
  'volume',
  'compose',
  'stats',
  '--format',
  '{{.ID}}',
  '{{json .Config}}',
  'table {{.Repository}}\\t{{.Size}}',
  '{{range .RepoTags}}',
  '{{index .Config.Labels "a"}}',
  '{{',
];

/** Words of container lines: running, attaching, and what is typed inside. */
const CONTAINER_WORDS = [
  'docker run -it --rm calc',
  'docker run -d --name box calc',
  'docker run -it --entrypoint sh calc',
  'docker run -dit --name sh1 --entrypoint sh calc-ubuntu',
  'docker run -it --rm busybox',
  'docker run -it --rm --pid=container:box busybox',
  'docker exec -it sh1 sh',
  'docker exec box ls /',
  'docker debug box',
  'docker ps -a',
  'docker logs box',
  'docker diff sh1',
  'docker cp sh1:/app .',
  'docker cp README.md sh1:/tmp/',
  'docker stop box',
  'docker start box',
  'docker rm -f box',
  'docker container prune',
  'docker pause box',
  'docker unpause box',
  'docker port box 8080',
  'docker rename box box2',
  'docker rename box2 box',
  'docker wait box sh1',
  'docker system df',
  "docker ps -a --format '{{.Names}}\\t{{.Status}}'",
  "docker inspect -f '{{.State.Status}} {{json .Config.Env}}' box",
  'y',
  'exit',
  '2 * 100',
  '1 / 0',
  'ls -la / | head -n 3',
  'cd /tmp && touch x > /dev/null',
  'echo $? > /proc/1/root/x',
  'cat /etc/hostname',
  'find / -name "*.go"',
  'du -sh /',
  'rm -r /tmp',
  'mkdir -p /a/b',
  '',
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

  it('random container sessions with Ctrl+C and Ctrl+D never throw, and the foreground stays sound', () => {
    const base = createDockerSession({ context, now: () => 0 });
    executeLine(base, 'docker build -q -t calc -f Dockerfile.multi-stage .');
    executeLine(base, 'docker build -q -t calc-ubuntu -f Dockerfile.single-stage .');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...CONTAINER_WORDS),
            fc.constantFrom('^C', '^D'),
            fc.string({ maxLength: 30 }),
          ),
          {
            maxLength: 14,
          },
        ),
        (steps) => {
          const s = createDockerSession({ context, now: () => 0 });
          s.images = base.images.map((i) => ({ ...i, tags: [...i.tags] }));
          for (const step of steps) {
            const r =
              step === '^C'
                ? executeKey(s, 'interrupt')
                : step === '^D'
                  ? executeKey(s, 'eof')
                  : executeLine(s, step);
            for (const chunk of r.output) expect(chunk.text).not.toMatch(/^The simulator failed/);
            expect(Number.isInteger(r.exitCode)).toBe(true);
            expect(typeof r.prompt).toBe('string');
            // A foreground belongs to a container of the session (or is a question).
            for (const f of s.foreground)
              if (f.kind !== 'confirm' && f.main) expect(f.container.state).toBe('running');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
