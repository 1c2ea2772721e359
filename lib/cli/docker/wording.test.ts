/**
 * The docker CLI's exact wording, command by command, as docker/cli v29 (cli/required.go,
 * cli/cobra.go, cli/command/**), moby (daemon/**), buildx (commands/build.go) and pflag print it.
 * Each expectation names its source.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { copySummary, tailLines, tarBytes } from './commands/containers';
import { secretSpec } from './commands/build';
import { goQuote } from '../container/container';
import { createDockerSession, executeLine, streamText } from './index';
import { parseFlags } from './flags';
import { familiarName, referenceError } from './session';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');

function sh(s: DockerSession, line: string) {
  const r = executeLine(s, line);
  return { ...r, stdout: streamText(r, 'stdout'), stderr: streamText(r, 'stderr') };
}

let built: DockerSession;
beforeAll(() => {
  let now = 5_000_000;
  built = createDockerSession({ context: calc.context, now: () => (now += 1000) });
  expect(sh(built, 'docker build -q -t calc -f Dockerfile.multi-stage .').exitCode).toBe(0);
  expect(sh(built, 'docker build -q -t calc-ubuntu -f Dockerfile.single-stage .').exitCode).toBe(0);
});

/** A session with the built images and no containers. */
function fresh(): DockerSession {
  return {
    ...built,
    images: built.images.map((i) => ({ ...i, tags: [...i.tags] })),
    containers: [],
    foreground: [],
    hostFiles: [],
  };
}

describe('the root command and usage errors (docker/cli cmd/docker/docker.go, cli/required.go, cli/cobra.go)', () => {
  it('an unknown command, and an unknown subcommand of a management command', () => {
    expect(sh(fresh(), 'docker xyz')).toMatchObject({
      stderr: "docker: unknown command: docker xyz\n\nRun 'docker --help' for more information\n",
      exitCode: 1,
    });
    expect(sh(fresh(), 'docker image xyz')).toMatchObject({
      stderr:
        "docker: unknown command: docker image xyz\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n",
      exitCode: 1,
    });
  });

  it('flag errors: pflag’s message, the usage line of the path typed, exit 125', () => {
    expect(sh(fresh(), 'docker ps --bogus')).toMatchObject({
      stderr:
        "unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      exitCode: 125,
    });
    expect(sh(fresh(), 'docker container ls -x').stderr).toBe(
      "unknown shorthand flag: 'x' in -x\n\nUsage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n",
    );
    expect(sh(fresh(), 'docker run --name').stderr).toMatch(
      /^flag needs an argument: --name\n\nUsage:  docker run \[OPTIONS\] IMAGE \[COMMAND\] \[ARG\.\.\.\]\n\nRun 'docker run --help' for more information\n$/,
    );
    expect(sh(fresh(), 'docker --nope').stderr).toBe(
      "unknown flag: --nope\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n",
    );
  });

  it('pflag names the shorthands left from the unknown one on', () => {
    const specs = [
      { name: 'interactive', short: 'i', takesValue: false },
      { name: 'tty', short: 't', takesValue: false },
      { name: 'env', short: 'e', takesValue: true },
    ];
    expect(parseFlags(['-itx'], specs, true)).toEqual({
      ok: false,
      error: "unknown shorthand flag: 'x' in -x",
    });
    expect(parseFlags(['-xit'], specs, true)).toEqual({
      ok: false,
      error: "unknown shorthand flag: 'x' in -xit",
    });
    expect(parseFlags(['-ite'], specs, true)).toEqual({
      ok: false,
      error: "flag needs an argument: 'e' in -e",
    });
  });

  it('operand counts: NoArgs, RequiresMinArgs (See …), ExactArgs and RequiresMaxArgs (Run …), exit 1', () => {
    expect(sh(fresh(), 'docker ps extra')).toMatchObject({
      stderr:
        "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      exitCode: 1,
    });
    expect(sh(fresh(), 'docker run')).toMatchObject({
      stderr:
        "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
      exitCode: 1,
    });
    expect(sh(fresh(), 'docker exec c').stderr).toBe(
      "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n",
    );
    expect(sh(fresh(), 'docker container logs').stderr).toBe(
      "docker: 'docker container logs' requires 1 argument\n\nUsage:  docker container logs [OPTIONS] CONTAINER\n\nRun 'docker container logs --help' for more information\n",
    );
    expect(sh(fresh(), 'docker images a b').stderr).toBe(
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n",
    );
    expect(sh(fresh(), 'docker cp a').stderr).toMatch(
      /^docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp/,
    );
  });
});

describe('docker run (docker/cli cli/command/container/run.go withHelp; moby daemon)', () => {
  it('an invalid reference: distribution/reference’s message with Docker Hub’s library/ prefix, exit 125', () => {
    expect(sh(fresh(), 'docker run Calc')).toMatchObject({
      stderr:
        "docker: invalid reference format: repository name (library/Calc) must be lowercase\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(referenceError('ghcr.io/Me/app')).toBe(
      'invalid reference format: repository name (Me/app) must be lowercase',
    );
    expect(referenceError('calc:v1')).toBeNull();
    expect(referenceError('a'.repeat(64).replace(/a/g, 'f'))).toBeNull();
    expect(referenceError('calc:')).toBe('invalid reference format');
  });

  it('an invalid name and a name in use (moby daemon/names.go, daemon/errors.go)', () => {
    const s = fresh();
    // RestrictedNamePattern `^[a-zA-Z0-9][a-zA-Z0-9_.-]+$` needs two characters at least.
    expect(sh(s, 'docker run --name q calc').stderr).toMatch(
      /^docker: Error response from daemon: Invalid container name \(q\)/,
    );
    expect(sh(s, 'docker run --name -bad calc').stderr).toBe(
      "docker: Error response from daemon: Invalid container name (-bad), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker run --help' for more information\n",
    );
    sh(s, 'docker run -d --name web calc');
    expect(sh(s, 'docker run --name web calc').stderr).toMatch(
      /^docker: Error response from daemon: Conflict\. The container name "\/web" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\n\nRun 'docker run --help' for more information\n$/,
    );
  });

  it('joining the PID namespace of a missing or stopped container (moby daemon/oci_linux.go)', () => {
    const s = fresh();
    expect(sh(s, 'docker run --pid=container:ghost busybox').stderr).toBe(
      "docker: Error response from daemon: failed to join PID namespace: No such container: ghost\n\nRun 'docker run --help' for more information\n",
    );
    sh(s, 'docker run --name done --entrypoint true calc-ubuntu');
    expect(sh(s, 'docker run --pid=container:done busybox').stderr).toBe(
      "docker: Error response from daemon: failed to join PID namespace: container done is not running\n\nRun 'docker run --help' for more information\n",
    );
  });

  it('-it from a pipe (docker/cli cli/streams/in.go CheckTty, v29.4+); -d is not checked', () => {
    expect(sh(fresh(), 'echo 1 | docker run -it calc')).toMatchObject({
      stderr: 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n',
      exitCode: 1,
    });
    expect(sh(fresh(), 'echo 1 | docker run -dit calc').exitCode).toBe(0);
  });
});

describe('container commands', () => {
  it('ps: COMMAND quoted as Go’s strconv.Quote, the image by its familiar name', () => {
    expect(goQuote('sh -c "echo hi"')).toBe('"sh -c \\"echo hi\\""');
    expect(goQuote('a\tb\\')).toBe('"a\\tb\\\\"');
    expect(familiarName('docker.io/library/ubuntu:24.04')).toBe('ubuntu:24.04');
    expect(familiarName('docker.io/grafana/grafana')).toBe('grafana/grafana');
    expect(familiarName('gcr.io/distroless/static-debian12')).toBe('gcr.io/distroless/static-debian12');
    const s = fresh();
    sh(s, 'docker run -d --name qq docker.io/library/busybox sh -c "sleep 9"');
    const row = sh(s, 'docker ps -a').stdout.split('\n')[1];
    expect(row).toMatch(/ {3}busybox +"sh -c sleep 9" +/);
  });

  it('rm of a running container names it as typed; rm -f passes over a missing one (moby daemon/delete.go)', () => {
    const s = fresh();
    sh(s, 'docker run -d --name up calc');
    expect(sh(s, 'docker rm up')).toMatchObject({
      stderr:
        'Error response from daemon: cannot remove container "up": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(sh(s, 'docker rm -f ghost up')).toMatchObject({ stdout: 'up\n', stderr: '', exitCode: 0 });
    expect(sh(s, 'docker rm ghost').stderr).toBe('Error response from daemon: No such container: ghost\n');
  });

  it('start: each failure, then "failed to start containers: …" (docker/cli start.go)', () => {
    const s = fresh();
    sh(s, 'docker run --name broken --entrypoint ls calc /');
    const r = sh(s, 'docker start ghost broken');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^Error response from daemon: No such container: ghost\nError response from daemon: failed to create task for container: .*exec: "ls": executable file not found in \$PATH: unknown\nfailed to start containers: ghost, broken\n$/,
    );
  });

  it('kill of a stopped container (moby container_routes.go, daemon/kill.go)', () => {
    const s = fresh();
    sh(s, 'docker run --name done --entrypoint true calc-ubuntu');
    const id = sh(s, 'docker ps -aq --no-trunc').stdout.trim();
    expect(sh(s, 'docker kill done').stderr).toBe(
      `Error response from daemon: cannot kill container: done: container ${id} is not running\n`,
    );
  });

  it('exec: the terminal check comes after the container is found, before its state', () => {
    const s = fresh();
    expect(sh(s, 'echo ls | docker exec -it ghost sh').stderr).toBe(
      'Error response from daemon: No such container: ghost\n',
    );
    sh(s, 'docker run -dit --name ub calc-ubuntu');
    expect(sh(s, 'echo ls | docker exec -it ub sh').stderr).toBe(
      'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n',
    );
  });

  it('rmi of the last tag of an image a container uses: the containerd store’s conflict', () => {
    const s = fresh();
    sh(s, 'docker run --name done --entrypoint true calc-ubuntu');
    const c = sh(s, 'docker ps -aq').stdout.trim();
    const image = sh(s, 'docker images -q calc-ubuntu').stdout.trim();
    expect(sh(s, 'docker rmi calc-ubuntu')).toMatchObject({
      stderr: `Error response from daemon: conflict: unable to delete calc-ubuntu:latest (must be forced) - container ${c} is using its referenced image ${image}\n`,
      exitCode: 1,
    });
    expect(sh(s, 'docker rmi -f calc-ubuntu').exitCode).toBe(0);
  });

  it('exec -d: nothing printed, the command still runs; a missing one is the daemon’s error, exit 1', () => {
    const s = fresh();
    sh(s, 'docker run -dit --name ub calc-ubuntu');
    expect(sh(s, 'docker exec -d ub touch /tmp/bg')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(sh(s, 'docker exec ub ls /tmp').stdout).toBe('bg\n');
    // On an image whose programs are all known, a missing one is the daemon's error.
    sh(s, 'docker run -d --name dl calc');
    expect(sh(s, 'docker exec -d dl nope')).toMatchObject({
      stderr:
        'Error response from daemon: OCI runtime exec failed: exec failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown\n',
      exitCode: 1,
    });
    // The Ubuntu one installs golang-go, whose Recommends' programs the catalog does not list
    // (no false "not found": the simulator can't tell).
    const unsure = executeLine(s, 'docker exec -d ub nope');
    expect(streamText(unsure, 'stderr')).toBe('');
    expect(streamText(unsure, 'note')).toMatch(
      /^Can't tell whether the container has nope: .*package golang-go is installed but its file list is not known/,
    );
  });

  it('inspect: container first, then image; "error: no such object"; image and container inspect', () => {
    const s = fresh();
    sh(s, 'docker run -d --name web calc');
    const doc = JSON.parse(sh(s, 'docker inspect web').stdout) as Array<{
      Name: string;
      State: { Running: boolean };
    }>;
    expect(doc[0].Name).toBe('/web');
    expect(doc[0].State.Running).toBe(true);
    expect(sh(s, 'docker inspect web ghost')).toMatchObject({
      stderr: 'error: no such object: ghost\n',
      exitCode: 1,
    });
    expect(sh(s, 'docker image inspect ghost')).toMatchObject({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: ghost:latest\n',
      exitCode: 1,
    });
    expect(sh(s, 'docker container inspect calc').stderr).toBe(
      'Error response from daemon: No such container: calc\n',
    );
    // --type picks the kind: a container named like an image is skipped for --type image.
    sh(s, 'docker run -d --name calc calc');
    const asImage = JSON.parse(sh(s, 'docker inspect --type image calc').stdout) as Array<{
      RepoTags?: string[];
    }>;
    expect(asImage[0].RepoTags).toContain('calc:latest');
    const asContainer = JSON.parse(sh(s, 'docker inspect calc').stdout) as Array<{ Name?: string }>;
    expect(asContainer[0].Name).toBe('/calc');
    expect(sh(s, 'docker inspect --type container ghost').stderr).toBe('error: no such object: ghost\n');
  });

  it('logs --tail counts lines of both streams together', () => {
    const logs = [
      { stream: 'stdout' as const, text: 'a\nb\n' },
      { stream: 'stderr' as const, text: 'c\n' },
      { stream: 'stdout' as const, text: 'd' },
    ];
    expect(tailLines(logs, '2')).toEqual([
      { stream: 'stderr', text: 'c\n' },
      { stream: 'stdout', text: 'd' },
    ]);
    expect(tailLines(logs, 'all')).toBe(logs);
    expect(tailLines(logs, '0')).toEqual([]);
  });

  it('cp: both sizes since v29.4, and the errors of runCopy', () => {
    expect(tarBytes(100)).toBe(2048);
    expect(tarBytes(1_793_000)).toBe(512 + 3502 * 512 + 1024);
    expect(copySummary(100, './x')).toBe('Successfully copied 100B (transferred 2.05kB) to ./x\n');
    const s = fresh();
    expect(sh(s, 'docker cp a:/x b:/y').stderr).toBe('copying between containers is not supported\n');
    expect(sh(s, 'docker cp a b').stderr).toBe('must specify at least one container source\n');
  });

  it('top uses a minimum column width of 20 (docker/cli top.go)', () => {
    const s = fresh();
    sh(s, 'docker run -dit --name bb --entrypoint bash calc-ubuntu');
    expect(sh(s, 'docker top bb').stdout.split('\n')[0]).toBe(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
    );
  });

  it('prune: only y confirms; reclaimed space in go-units HumanSize (4 digits)', () => {
    const s = fresh();
    sh(s, 'docker run --entrypoint true calc-ubuntu');
    sh(s, 'docker container prune');
    expect(sh(s, 'yes').stdout).toBe('');
    expect(sh(s, 'docker ps -aq').stdout).not.toBe('');
    sh(s, 'docker container prune');
    expect(sh(s, 'Y').stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
  });

  it('image prune asks first (docker/cli image/prune.go)', () => {
    const s = fresh();
    const r = sh(s, 'docker image prune');
    expect(r.stdout).toBe('WARNING! This will remove all dangling images.\n');
    expect(r.prompt).toBe('Are you sure you want to continue? [y/N] ');
    expect(sh(s, 'y').stdout).toBe('Total reclaimed space: 0B\n');
  });
});

describe('images, pull and build', () => {
  it('history --no-trunc shows the full sha256 id (docker/cli image/formatter_history.go)', () => {
    const s = fresh();
    const id = sh(s, 'docker images -q --no-trunc calc').stdout.trim();
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sh(s, 'docker history --no-trunc calc').stdout.split('\n')[1].startsWith(`${id}   `)).toBe(true);
    expect(
      sh(s, 'docker history calc')
        .stdout.split('\n')[1]
        .startsWith(`${id.slice(7, 19)}   `),
    ).toBe(true);
  });

  it('docker images hides untagged images unless -a (docker/cli image/list.go isDangling)', () => {
    const s = fresh();
    // Moving the tag to another image leaves the old one untagged.
    sh(s, 'docker build -q -t calc -f Dockerfile.single-stage .');
    expect(sh(s, 'docker images').stdout).not.toContain('<none>');
    expect(sh(s, 'docker images -a').stdout).toMatch(/\n<none> +<none> +[0-9a-f]{12} /);
    expect(sh(s, 'docker images -q').stdout.trim().split('\n')).toHaveLength(2);
  });

  it('pull: "Using default tag" without a tag, the full name last (docker/cli image/pull.go)', () => {
    const r = sh(fresh(), 'docker pull busybox');
    expect(r.stdout).toBe(
      'Using default tag: latest\nlatest: Pulling from library/busybox\nStatus: Downloaded newer image for busybox:latest\ndocker.io/library/busybox:latest\n',
    );
    expect(sh(fresh(), 'docker pull calc:latest').stdout).toBe(
      'latest: Pulling from library/calc\nStatus: Image is up to date for calc:latest\ndocker.io/library/calc:latest\n',
    );
  });

  it('build errors after "ERROR: failed to build: " (buildx ≥ 0.25); --secret as buildx parses it', () => {
    const s = fresh();
    expect(sh(s, 'docker build -t Calc -f Dockerfile.multi-stage .').stderr).toBe(
      'ERROR: failed to build: invalid tag "Calc": repository name must be lowercase\n',
    );
    expect(sh(s, 'docker build').stderr).toBe(
      "ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n",
    );
    expect(secretSpec('id=npm,src=.npmrc')).toEqual({ id: 'npm' });
    expect(secretSpec('npm')).toEqual({ error: "invalid field 'npm' must be a key=value pair" });
    expect(secretSpec('id=a,mode=0400')).toEqual({ error: "unexpected key 'mode' in 'mode=0400'" });
    expect(sh(s, 'docker build --secret npm -f Dockerfile.multi-stage .').stderr).toBe(
      "ERROR: invalid field 'npm' must be a key=value pair\n",
    );
  });
});

describe('the simulator failing is its own note, not Docker’s output', () => {
  it('a command that throws inside the simulator prints no Docker text and is unknown', () => {
    const s = createDockerSession({
      context: calc.context,
      now: () => {
        throw new Error('clock broke');
      },
    });
    const r = executeLine(s, 'docker ps');
    expect(streamText(r, 'stderr')).toBe('');
    expect(streamText(r, 'note')).toMatch(/^The simulator failed on this command \(clock broke\)/);
    expect(r.unknown).toBe(true);
    expect(r.exitCode).toBe(1);
    // The session goes on.
    expect(executeLine(s, 'echo ok').output[0]).toEqual({ stream: 'stdout', text: 'ok\n' });
  });
});
