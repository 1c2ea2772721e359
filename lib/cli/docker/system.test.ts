/**
 * `docker system df`: the docker CLI's summary table (docker/cli cli/command/formatter/disk_usage.go)
 * over the session's images and containers.
 */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession } from './index';
import { runLine } from '../../testing/docker-lines';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');

const sh = runLine;

function fresh(): DockerSession {
  let now = 1_700_000_000_000;
  return createDockerSession({ context: calc.context, now: () => (now += 1000) });
}

describe('docker system df', () => {
  it('an empty machine: every row 0, sizes 0B without a percentage', () => {
    expect(sh(fresh(), 'docker system df')).toMatchObject({
      exitCode: 0,
      stdout: [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          0         0         0B        0B',
        'Containers      0         0         0B        0B',
        'Local Volumes   0         0         0B        0B',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
    });
  });

  it('images: layers counted once, reclaimable with its whole percent; a running container makes its image active', () => {
    const s = fresh();
    sh(s, 'docker build -q -t calc -f Dockerfile.multi-stage .');
    sh(s, 'docker build -q -t calc-single -f Dockerfile.single-stage .');
    const before = sh(s, 'docker system df');
    expect(before.stdout.split('\n').slice(1, 3)).toEqual([
      'Images          2         0         898.4MB   898.4MB (100%)',
      'Containers      0         0         0B        0B',
    ]);
    // The build cache is not modelled: ? with a note, never a made-up figure.
    expect(before.stdout.split('\n')[4]).toBe('Build Cache     ?         0         ?         ?');
    expect(before.notes[0]).toBe(
      'Sizes are the simulator’s estimates, counted as the classic image store counts them: each layer once, however many images share it. With the containerd image store (the default on newer installations) Docker reports larger figures.',
    );
    expect(before.notes).toContain(
      '? stands for a value the simulator cannot tell: the simulator keeps which build steps are cached, not BuildKit’s cache records and their sizes.',
    );
    sh(s, 'docker run -d --name c1 calc');
    expect(sh(s, 'docker system df').stdout.split('\n').slice(1, 3)).toEqual([
      'Images          2         1         898.4MB   896.6MB (99%)',
      'Containers      1         1         0B        0B',
    ]);
  });

  it('a base layer two images share is counted once', () => {
    const text = (path: string, t: string) => ({ path, sizeBytes: t.length, content: t });
    const s = createDockerSession({
      context: {
        files: [
          text('a.Dockerfile', 'FROM alpine:3.20\nRUN echo a > /a\n'),
          text('b.Dockerfile', 'FROM alpine:3.20\nRUN echo b > /b\n'),
          text('c.Dockerfile', 'FROM alpine:3.20\n'),
        ],
      },
      now: () => 1_000_000,
    });
    sh(s, 'docker build -q -t base -f c.Dockerfile .');
    const base = sh(s, 'docker system df').stdout.split('\n')[1];
    sh(s, 'docker build -q -t a -f a.Dockerfile .');
    sh(s, 'docker build -q -t b -f b.Dockerfile .');
    // Two more images on the same base add only their own small layers.
    const sizeOf = (row: string) => row.trim().split(/\s{2,}/)[3];
    expect(sizeOf(sh(s, 'docker system df').stdout.split('\n')[1])).toBe(sizeOf(base));
    expect(sh(s, 'docker system df').stdout.split('\n')[1]).toMatch(/^Images {10}3 {9}0 /);
  });

  it('local volumes: none until an image with VOLUME runs; docker rm leaves them, --rm does not', () => {
    const text = (path: string, t: string) => ({ path, sizeBytes: t.length, content: t });
    const s = createDockerSession({
      context: {
        files: [
          text('Dockerfile', 'FROM alpine:3.20\nCMD ["true"]\n'),
          text('vol.Dockerfile', 'FROM alpine:3.20\nVOLUME /data\nCMD ["true"]\n'),
        ],
      },
      now: () => 1_000_000,
    });
    sh(s, 'docker build -q -t plain .');
    sh(s, 'docker build -q -t vol -f vol.Dockerfile .');
    const volumesRow = () => sh(s, 'docker system df').stdout.split('\n')[3];
    sh(s, 'docker run --rm plain');
    sh(s, 'docker run --name pp plain');
    sh(s, 'docker rm pp');
    expect(volumesRow()).toBe('Local Volumes   0         0         0B        0B');
    sh(s, 'docker run --rm vol');
    expect(volumesRow()).toBe('Local Volumes   0         0         0B        0B');
    sh(s, 'docker run --name vv vol');
    expect(volumesRow()).toBe('Local Volumes   ?         ?         ?         ?');
    sh(s, 'docker rm vv');
    const r = sh(s, 'docker system df');
    expect(r.stdout.split('\n')[3]).toBe('Local Volumes   ?         ?         ?         ?');
    expect(r.notes).toContain(
      '? stands for a value the simulator cannot tell: the simulator does not keep volumes (an image’s VOLUME gives each container an anonymous one, which a removed container may leave behind).',
    );
  });

  it('a size known only in part keeps the range convention', () => {
    const text = (t: string) => ({ path: 'Dockerfile', sizeBytes: t.length, content: t });
    let now = 1_000_000;
    const s = createDockerSession({
      context: { files: [text('FROM python:3.13-slim\nRUN pip install flask\nCMD ["python3"]\n')] },
      now: () => (now += 1000),
    });
    sh(s, 'docker build -q -t web .');
    const r = sh(s, 'docker system df');
    expect(r.stdout.split('\n')[1]).toMatch(/^Images {10}1 {9}0 {9}(≥\d+(\.\d+)?MB) +\1 \(100%\)$/);
    expect(r.notes).toContain(
      'A range, ≥ or ? marks a size the simulator knows only in part (docker history shows which step).',
    );
  });

  it('--format runs on the rows; -v is a note; docker system lists df', () => {
    const s = fresh();
    // json is the context marshalled as a Go map: keys in order.
    expect(sh(s, 'docker system df --format json').stdout.split('\n')[0]).toBe(
      '{"Active":"0","Reclaimable":"0B","Size":"0B","TotalCount":"0","Type":"Images"}',
    );
    expect(sh(s, "docker system df --format '{{.Type}}={{.Size}}'").stdout).toBe(
      'Images=0B\nContainers=0B\nLocal Volumes=0B\nBuild Cache=0B\n',
    );
    expect(sh(s, 'docker system df -v')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(sh(s, 'docker system').stdout).toContain('  df          Show docker disk usage');
    expect(sh(s, 'docker system prune').notes[0]).toMatch(
      /^docker system prune is a Docker command the simulator does not model/,
    );
  });
});
