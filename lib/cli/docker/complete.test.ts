import { describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { completeLine, createDockerSession, executeLine } from './index';
import { parseFlags } from './flags';

describe('Tab completion', () => {
  const s = createDockerSession({ context: loadExample('go-calculator').context, now: () => 0 });
  executeLine(s, 'docker build -t calc -f Dockerfile.multi-stage .');

  it('completes container names after the commands that take one', () => {
    executeLine(s, 'docker run -d --name calculator calc');
    expect(completeLine(s, 'docker exec -it calcu').line).toBe('docker exec -it calculator ');
    expect(completeLine(s, 'docker logs c')).toEqual({
      candidates: ['calculator'],
      line: 'docker logs calculator ',
    });
  });

  it('completes commands, subcommands, files and image names', () => {
    expect(completeLine(s, 'doc').line).toBe('docker ');
    expect(completeLine(s, 'docker bu')).toEqual({ candidates: ['build', 'buildx'], line: 'docker build' });
    expect(completeLine(s, 'docker his').line).toBe('docker history ');
    expect(completeLine(s, 'docker image ins').line).toBe('docker image inspect ');
    expect(completeLine(s, 'docker run --rm ca').line).toBe('docker run --rm calc ');
    expect(completeLine(s, 'docker build -f Dockerfile.m').line).toBe(
      'docker build -f Dockerfile.multi-stage ',
    );
    const many = completeLine(s, 'cat Dockerfile.');
    expect(many.candidates).toEqual([
      'Dockerfile.distroless',
      'Dockerfile.multi-stage',
      'Dockerfile.single-stage',
    ]);
    expect(many.line).toBe('cat Dockerfile.');
    expect(completeLine(s, 'zzz').candidates).toEqual([]);
  });
});

describe('flags as pflag reads them', () => {
  const specs = [
    { name: 'tag', short: 't', takesValue: true, repeatable: true },
    { name: 'interactive', short: 'i', takesValue: false },
    { name: 'tty', short: 't2', takesValue: false },
  ];
  it('long, long=, short, glued short values, --, and errors', () => {
    const r = parseFlags(['--tag', 'a', '--tag=b', '-tc', '-t', 'd', 'x', '--', '-i'], specs, true);
    expect(r).toMatchObject({ ok: true, positional: ['x', '-i'] });
    expect(r.ok && r.flags.get('tag')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseFlags(['--nope'], specs, true)).toEqual({ ok: false, error: 'unknown flag: --nope' });
    expect(parseFlags(['-z'], specs, true)).toEqual({
      ok: false,
      error: "unknown shorthand flag: 'z' in -z",
    });
    expect(parseFlags(['--tag'], specs, true)).toEqual({ ok: false, error: 'flag needs an argument: --tag' });
    const run = parseFlags(['-i', 'calc', '-i'], specs, false);
    expect(run.ok && run.positional).toEqual(['calc', '-i']);
  });
});
