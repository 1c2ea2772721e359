/**
 * docker pause, unpause, port, rename and wait: docker/cli cli/command/container/*.go and the
 * daemon's errors (moby daemon/pause.go, unpause.go, rename.go, exec.go, start.go, errors.go).
 */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession } from './index';
import { runLine } from '../../testing/docker-lines';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');

const sh = runLine;

/** A session with the calculator image and a running container `c1` publishing `ports`. */
function withC1(ports = '-p 8080:8080'): { s: DockerSession; id: string } {
  let now = 1_700_000_000_000;
  const s = createDockerSession({ context: calc.context, now: () => (now += 1000) });
  sh(s, 'docker build -q -t calc -f Dockerfile.multi-stage .');
  const id = sh(s, `docker run -d --name c1 ${ports} calc`).stdout.trim();
  return { s, id };
}

describe('docker pause and unpause', () => {
  it('pause freezes: ps shows (Paused), exec and start are refused, unpause resumes', () => {
    const { s, id } = withC1();
    expect(sh(s, 'docker pause c1')).toMatchObject({ stdout: 'c1\n', stderr: '', exitCode: 0 });
    expect(sh(s, 'docker ps').stdout.split('\n')[1]).toMatch(/ {3}Up \d+ seconds? \(Paused\) {3}/);
    expect(sh(s, "docker ps --format '{{.State}}'").stdout).toBe('paused\n');
    expect(
      sh(s, "docker inspect -f '{{.State.Status}} {{.State.Paused}} {{.State.Running}}' c1").stdout,
    ).toBe('paused true true\n');
    expect(sh(s, 'docker exec c1 ls')).toMatchObject({
      stderr: 'Error response from daemon: Container c1 is paused, unpause the container before exec\n',
      exitCode: 1,
    });
    expect(sh(s, 'docker start c1')).toMatchObject({
      stderr:
        'Error response from daemon: cannot start a paused container, try unpause instead\nfailed to start containers: c1\n',
      exitCode: 1,
    });
    expect(sh(s, 'docker pause c1')).toMatchObject({
      stderr: `Error response from daemon: Container ${id} is already paused\n`,
      exitCode: 1,
    });
    expect(sh(s, 'docker unpause c1')).toMatchObject({ stdout: 'c1\n', exitCode: 0 });
    expect(sh(s, 'docker ps').stdout).not.toContain('(Paused)');
    expect(sh(s, 'docker unpause c1')).toMatchObject({
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
  });

  it('docker stop on a paused container stops it as a running one (the daemon thaws it)', () => {
    const { s } = withC1();
    sh(s, 'docker pause c1');
    const r = sh(s, 'docker stop c1');
    expect(r).toMatchObject({ stdout: 'c1\n', exitCode: 0 });
    expect(r.notes[0]).toMatch(/How \/app answers SIGTERM as PID 1 is not modelled/);
    expect(sh(s, "docker inspect -f '{{.State.Status}} {{.State.Paused}}' c1").stdout).toBe('exited false\n');
  });

  it('a stopped container cannot be paused; stopping a paused one clears the pause', () => {
    const { s, id } = withC1();
    sh(s, 'docker pause c1');
    sh(s, 'docker kill c1');
    expect(sh(s, "docker inspect -f '{{.State.Paused}}' c1").stdout).toBe('false\n');
    expect(sh(s, 'docker pause c1 nope')).toMatchObject({
      stderr: `Error response from daemon: container ${id} is not running\nError response from daemon: No such container: nope\n`,
      exitCode: 1,
    });
    expect(sh(s, 'docker container unpause').exitCode).toBe(1);
  });
});

describe('docker port', () => {
  it('lists the -p mappings as Docker does, sorted, both wildcard addresses', () => {
    const { s } = withC1('-p 8080:8080 -p 127.0.0.1:9000:53/udp');
    expect(sh(s, 'docker port c1')).toMatchObject({
      stdout: '53/udp -> 127.0.0.1:9000\n8080/tcp -> 0.0.0.0:8080\n8080/tcp -> [::]:8080\n',
      exitCode: 0,
      notes: [],
    });
    expect(sh(s, 'docker port c1 8080').stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect(sh(s, 'docker port c1 53/udp').stdout).toBe('127.0.0.1:9000\n');
    // docker ps reads the same mappings: an address given with -p is the only one listed.
    expect(sh(s, 'docker ps --format "{{.Ports}}"').stdout).toBe(
      '0.0.0.0:8080->8080/tcp, [::]:8080->8080/tcp, 127.0.0.1:9000->53/udp\n',
    );
    expect(sh(s, 'docker container port c1 80')).toMatchObject({
      stderr: "Error: No public port '80' published for c1\n",
      exitCode: 1,
    });
    expect(sh(s, 'docker port c1 http').stderr).toBe(
      'Error: invalid port (http): strconv.ParseUint: parsing "http": invalid syntax\n',
    );
    expect(sh(s, 'docker port c1 80 90 100').stderr).toBe(
      "docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n",
    );
  });

  it('a host port Docker would pick is not made up; a stopped container lists nothing', () => {
    const { s } = withC1('-p 7000');
    expect(sh(s, 'docker port c1 7000')).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 0,
      unknown: true,
    });
    expect(sh(s, 'docker port c1').notes[0]).toMatch(/cannot tell which port Docker would pick/);
    sh(s, 'docker stop c1');
    expect(sh(s, 'docker port c1')).toMatchObject({ stdout: '', exitCode: 0 });
  });
});

describe('docker rename', () => {
  it('renames; the daemon’s errors behind the CLI’s "failed to rename container"', () => {
    const { s, id } = withC1();
    expect(sh(s, 'docker rename c1 web')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(sh(s, "docker ps --format '{{.Names}}'").stdout).toBe('web\n');
    sh(s, 'docker run -d --name c2 calc');
    expect(sh(s, 'docker rename c2 web')).toMatchObject({
      stderr: `failed to rename container: Error response from daemon: Error when allocating new name: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n`,
      exitCode: 1,
    });
    expect(sh(s, 'docker rename web web').stderr).toBe(
      'failed to rename container: Error response from daemon: Renaming a container with the same name as its current name\n',
    );
    expect(sh(s, 'docker rename nope other').stderr).toBe(
      'failed to rename container: Error response from daemon: No such container: nope\n',
    );
    expect(sh(s, "docker rename web ''").stderr).toBe('new name cannot be blank\n');
  });
});

describe('docker wait', () => {
  it('prints the exit code of a stopped container; a running one would block forever', () => {
    const { s } = withC1();
    const running = sh(s, 'docker wait c1');
    expect(running).toMatchObject({ stdout: '', stderr: '', exitCode: 0, unknown: true });
    expect(running.notes[0]).toMatch(/^c1 is running, so docker wait would block until it stops/);
    sh(s, 'docker kill c1');
    expect(sh(s, 'docker wait c1')).toMatchObject({ stdout: '137\n', exitCode: 0 });
    expect(sh(s, 'docker wait c1 nope')).toMatchObject({
      stdout: '137\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });
});
