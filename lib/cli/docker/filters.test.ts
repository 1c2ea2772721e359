/**
 * docker ps --filter as the daemon applies it (moby daemon/list.go): a status filter lists stopped
 * containers without -a, name and id are regular expressions, exited needs a container that ran, keys
 * combine with AND and repeated values with OR; docker/cli rejects a filter without `=`. And
 * `docker images --filter` (moby daemon/images/images.go).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession } from './index';
import { runLine as sh } from '../../testing/docker-lines';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');
let s: DockerSession;

beforeAll(() => {
  let now = 1_700_000_000_000;
  s = createDockerSession({ context: calc.context, now: () => (now += 1000) });
  sh(s, 'docker build -q -t calc -f Dockerfile.multi-stage .');
  sh(s, 'docker run -d --name web calc');
  sh(s, 'docker run --name ok alpine:3.21 true');
  sh(s, 'docker run --name bad alpine:3.21 false');
});

const names = (line: string) => sh(s, line).stdout.trim().split('\n').filter(Boolean);

describe('docker ps --filter', () => {
  it('status lists stopped containers too, without -a; repeated values are alternatives', () => {
    expect(names("docker ps -f status=exited --format '{{.Names}}'")).toEqual(['bad', 'ok']);
    expect(names("docker ps -f status=exited -f status=running --format '{{.Names}}'")).toEqual([
      'bad',
      'ok',
      'web',
    ]);
    expect(names("docker ps -f status=running --format '{{.Names}}'")).toEqual(['web']);
  });

  it('name and id are regular expressions; exited is an exit code; ancestor an image', () => {
    expect(names("docker ps -a -f name=^/b --format '{{.Names}}'")).toEqual(['bad']);
    expect(names("docker ps -a -f name=o --format '{{.Names}}'")).toEqual(['ok']);
    expect(names("docker ps -a -f exited=1 --format '{{.Names}}'")).toEqual(['bad']);
    expect(names("docker ps -a -f ancestor=calc --format '{{.Names}}'")).toEqual(['web']);
    const id = sh(s, 'docker ps -aq -f name=web').stdout.trim();
    expect(names(`docker ps -a -f id=${id} --format '{{.Names}}'`)).toEqual(['web']);
    // Different keys must all match.
    expect(names("docker ps -f status=exited -f name=ok --format '{{.Names}}'")).toEqual(['ok']);
  });

  it('docker ps -aq -f status=exited gives the ids docker rm takes', () => {
    const local = createDockerSession({ context: calc.context, now: () => 1_700_000_000_000 });
    sh(local, 'docker run --name done alpine:3.21 true');
    sh(local, 'docker run -d --name busy alpine:3.21 sleep 100');
    const ids = sh(local, 'docker ps -aq -f status=exited').stdout.trim().split('\n');
    expect(ids).toHaveLength(1);
    expect(sh(local, `docker rm ${ids.join(' ')}`).exitCode).toBe(0);
    expect(sh(local, "docker ps -a --format '{{.Names}}'").stdout).toBe('busy\n');
  });

  it('says exited=N cannot be told for a container whose exit code the model does not know', () => {
    const local = createDockerSession({ context: calc.context, now: () => 1_700_000_000_000 });
    sh(local, 'docker run -d --name app python:3.13 python -c pass');
    sh(local, 'docker stop app');
    const r = sh(local, 'docker ps -aq -f exited=0');
    expect(r).toMatchObject({ stdout: '', unknown: true });
    expect(r.notes.join(' ')).toMatch(/exit codes are not known to the model/);
  });

  it('rejects what Docker rejects', () => {
    expect(sh(s, 'docker ps -f status=sleeping')).toMatchObject({
      stderr: "Error response from daemon: invalid filter 'status=sleeping'\n",
      exitCode: 1,
      notes: ['status takes one of created, restarting, running, removing, paused, exited, dead.'],
    });
    expect(sh(s, 'docker ps -f exited=x').notes).toEqual([
      'exited takes an exit code, a whole number such as exited=0.',
    ]);
    expect(sh(s, 'docker ps -f exited')).toMatchObject({
      stderr: 'bad format of filter (expected name=value)\n',
      exitCode: 1,
    });
  });
});

describe('docker images --filter', () => {
  it('dangling=true lists the untagged images a rebuild leaves; reference is a shell pattern', () => {
    let now = 1_700_000_000_000;
    const local = createDockerSession({ context: calc.context, now: () => (now += 1000) });
    sh(local, 'docker build -q -t calc -f Dockerfile.multi-stage .');
    sh(local, 'docker build -q -t calc -f Dockerfile .');
    sh(local, 'docker build -q -t team/calc:v2 -f Dockerfile.multi-stage .');
    const dangling = sh(local, 'docker images -q -f dangling=true').stdout.trim().split('\n');
    expect(dangling).toHaveLength(1);
    expect(sh(local, 'docker images -q -f dangling=false').stdout.trim().split('\n')).not.toContain(
      dangling[0],
    );
    const repos = (line: string) => sh(local, line).stdout.trim().split('\n').filter(Boolean);
    expect(repos("docker images -f reference='calc*' --format '{{.Repository}}:{{.Tag}}'")).toEqual([
      'calc:latest',
    ]);
    expect(sh(local, 'docker images -f reference=nothing*').notes).toEqual([]);
    // `*` does not cross `/`, as in Go's path.Match.
    expect(repos("docker images -f reference='*/calc:v?' --format '{{.Repository}}:{{.Tag}}'")).toEqual([
      'team/calc:v2',
    ]);
    expect(sh(local, 'docker images -f before=calc').unknown).toBe(true);
  });
});
