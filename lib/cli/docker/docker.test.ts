import { describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession, executeLine, streamText } from './index';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');

function session(): { s: DockerSession; tick(ms: number): void } {
  let now = 1_000_000;
  const s = createDockerSession({ context: calc.context, now: () => now });
  return { s, tick: (ms) => (now += ms) };
}

/** Runs `line` and splits what it printed by stream (notes one per entry), keeping the whole result. */
function sh(s: DockerSession, line: string) {
  const result = executeLine(s, line);
  return {
    ...result,
    stdout: streamText(result, 'stdout'),
    stderr: streamText(result, 'stderr'),
    notes: streamText(result, 'note').split('\n').filter(Boolean),
  };
}

/** A session where `calc` is the multi-stage calculator image. */
function withCalc(): DockerSession {
  const { s } = session();
  expect(sh(s, 'docker build -t calc -f Dockerfile.multi-stage .').exitCode).toBe(0);
  return s;
}

/** The SIZE column of `docker images` for a repository. */
function sizeOf(listing: string, repository: string): string | undefined {
  const row = listing.split('\n').find((l) => l.startsWith(`${repository} `));
  return row?.trim().split(/\s{2,}/)[4];
}

describe('docker images: sizes the simulator cannot fully tell', () => {
  it('shows a floor (≥) or ? instead of a precise-looking figure, with a note saying why', () => {
    const text = (t: string) => ({ path: 'Dockerfile', sizeBytes: t.length, content: t });
    let now = 1_000_000;
    const s = createDockerSession({
      context: { files: [text('FROM python:3.13-slim\nRUN pip install flask\nCMD ["python3"]\n')] },
      now: () => (now += 1000),
    });
    expect(sh(s, 'docker build -t web .').exitCode).toBe(0);
    const listing = sh(s, 'docker images');
    expect(sizeOf(listing.stdout, 'web')).toMatch(/^≥1[0-9]{2}MB$/);
    expect(listing.notes.join(' ')).toMatch(/≥ marks a size the simulator knows only in part/);
  });
});

describe('docker build, images, run: the Go calculator', () => {
  it('accepts --secret and --ssh, and says they are only lent to RUN mounts', () => {
    const { s } = session();
    const built = sh(
      s,
      'docker buildx build --secret id=netrc,src=$HOME/.netrc --ssh default -t calc -f Dockerfile.multi-stage .',
    );
    expect(built.exitCode).toBe(0);
    expect(built.notes.join(' ')).toMatch(/lent to RUN --mount=type=secret and type=ssh steps only/);
  });

  it('builds both Dockerfiles and lists them with the calibrated sizes', () => {
    const { s, tick } = session();
    const single = sh(s, 'docker build -t calc-single -f Dockerfile.single-stage .');
    expect(single.exitCode).toBe(0);
    expect(single.stderr).toMatch(/^\[\+\] Building \(\d+\/\d+\) FINISHED\n/);
    expect(single.stderr).toContain(' => [build 1/4] FROM docker.io/library/ubuntu:22.04');
    expect(single.stderr).toContain(' => [build 2/4] RUN apt-get update && apt-get install -y golang-go');
    expect(single.stderr.trimEnd().split('\n').at(-1)).toBe(
      ' => => naming to docker.io/library/calc-single:latest',
    );
    tick(90_000);
    const multi = sh(s, 'docker build -t calc -f Dockerfile.multi-stage .');
    expect(multi.exitCode).toBe(0);
    // The build stage is the same up to COPY . ., so BuildKit's cache serves it.
    expect(multi.stderr).toContain(
      ' => CACHED [build 2/4] RUN apt-get update && apt-get install -y golang-go',
    );
    expect(multi.stderr).toContain(' => [stage-1 1/1] COPY --from=build /app /app');
    expect(multi.stderr).toMatch(/naming to docker\.io\/library\/calc:latest\n$/);

    const images = sh(s, 'docker images');
    expect(images.exitCode).toBe(0);
    const [header, first, second] = images.stdout.split('\n');
    expect(header).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/);
    expect(first).toMatch(/^calc\s+latest\s+[0-9a-f]{12}\s+Less than a second ago\s+1\.79MB$/);
    expect(second).toMatch(/^calc-single\s+latest\s+[0-9a-f]{12}\s+About a minute ago\s+897MB$/);
    expect(sizeOf(images.stdout, 'calc')).toBe('1.79MB');
    expect(images.notes.join(' ')).toMatch(/estimates/);
  });

  it('runs the calculator with piped input: 2 * 100 gives Result: 200', () => {
    const s = withCalc();
    const r = sh(s, `printf '2 * 100\\nexit\\n' | docker run --rm -i calc`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("Hi there, I am a calculator app built with Go. Let's do some maths!");
    expect(r.stdout).toContain('Result: 200');
    expect(r.stderr).toBe('');
  });

  it('without -i the input is closed: the greeting, then the model stops the EOF loop', () => {
    const s = withCalc();
    const r = sh(s, 'echo "2 * 100" | docker run calc');
    expect(r.stdout).toContain('Hi there');
    expect(r.stdout).not.toContain('Result: 200');
    expect(r.stdout).toContain('Invalid input. Try again.');
  });

  it('-it with a pipe is refused as the docker CLI refuses it', () => {
    const s = withCalc();
    const r = sh(s, 'echo "1 + 2" | docker run -it calc');
    expect(r.stderr).toBe('cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n');
    expect(r.exitCode).toBe(1);
  });

  it('a shell-form ENTRYPOINT on scratch fails with Docker’s /bin/sh error and exit 127', () => {
    const text = calc.dockerfiles
      .find((d) => d.name === 'Dockerfile.multi-stage')!
      .text.replace('ENTRYPOINT ["/app"]', 'ENTRYPOINT /app');
    const s = createDockerSession({
      context: {
        files: [...calc.context.files, { path: 'Dockerfile', sizeBytes: text.length, content: text }],
      },
    });
    expect(sh(s, 'docker build -t calc .').exitCode).toBe(0);
    const r = sh(s, 'docker run calc');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown\n\nRun \'docker run --help\' for more information\n',
    );
    expect(r.notes.join(' ')).toMatch(/exec \(JSON\) form/);
  });

  it('history lists the final stage’s layers, newest first, with BuildKit’s CREATED BY', () => {
    const s = withCalc();
    const r = sh(s, 'docker history calc');
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(rows[1]).toMatch(/^[0-9a-f]{12}\s+.*ENTRYPOINT \["\/app"\]\s+0B\s+buildkit\.dockerfile\.v0$/);
    expect(rows[2]).toMatch(
      /^<missing>\s+.*COPY \/app \/app # buildkit\s+1\.79MB\s+buildkit\.dockerfile\.v0$/,
    );
    expect(rows).toHaveLength(3);
  });

  it('inspect gives the configuration as JSON', () => {
    const s = withCalc();
    const r = sh(s, 'docker image inspect calc');
    const [doc] = JSON.parse(r.stdout) as Array<{
      Config: { Entrypoint: string[]; Cmd: null };
      Size: number;
      RootFS: { Layers: string[] };
      RepoTags: string[];
    }>;
    expect(doc.Config.Entrypoint).toEqual(['/app']);
    expect(doc.Config.Cmd).toBeNull();
    expect(doc.RepoTags).toEqual(['calc:latest']);
    expect(doc.RootFS.Layers).toHaveLength(1);
    expect(Math.round(doc.Size / 10_000) / 100).toBe(1.79);
    expect(sh(s, 'docker inspect nope')).toMatchObject({
      exitCode: 1,
      stderr: 'error: no such object: nope\n',
    });
  });

  it('the same build gives the same image id; rmi untags then deletes', () => {
    const a = session();
    const b = session();
    const idA = sh(a.s, 'docker build -q -t calc -f Dockerfile.multi-stage .').stdout;
    const idB = sh(b.s, 'docker build -q -t calc -f Dockerfile.multi-stage .').stdout;
    expect(idA).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(idA).toBe(idB);
    const r = sh(a.s, 'docker rmi calc');
    expect(r.stdout).toBe(`Untagged: calc:latest\nDeleted: ${idA}`);
    expect(sh(a.s, 'docker images -q').stdout).toBe('');
  });
});

describe('errors as Docker prints them', () => {
  it('an unknown command', () => {
    const r = sh(session().s, 'docker xyz');
    expect(r.stderr).toBe(
      "docker: unknown command: docker xyz\n\nRun 'docker --help' for more information\n",
    );
    expect(r.exitCode).toBe(1);
  });

  it('an unknown image: not found locally, and no registry to pull from', () => {
    const r = sh(session().s, 'docker run x');
    expect(r.stderr).toBe("Unable to find image 'x:latest' locally\n");
    expect(r.exitCode).toBe(125);
    expect(r.notes.join(' ')).toMatch(/catalog does not know x:latest/);
  });

  it('a missing Dockerfile, a bad context path, a bad tag, an unknown flag', () => {
    const { s } = session();
    expect(sh(s, 'docker build -t calc .').stderr).toContain(
      'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory',
    );
    expect(sh(s, 'docker build -f Dockerfile.multi-stage src').stderr).toBe(
      'ERROR: failed to build: unable to prepare context: path "src" not found\n',
    );
    expect(sh(s, 'docker build -t Calc -f Dockerfile.multi-stage .').stderr).toBe(
      'ERROR: failed to build: invalid tag "Calc": repository name must be lowercase\n',
    );
    expect(sh(s, 'docker build')).toMatchObject({ exitCode: 1 });
    expect(sh(s, 'docker images --bogus')).toMatchObject({
      stderr:
        "unknown flag: --bogus\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n",
      exitCode: 125,
    });
  });

  it('an unknown target stops the build with the engine’s error', () => {
    const r = sh(session().s, 'docker build --target nope -f Dockerfile.multi-stage .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'ERROR: failed to build: failed to solve: target stage "nope" could not be found',
    );
  });
});

describe('the shell around docker', () => {
  it('ls and cat read the build context', () => {
    const { s } = session();
    expect(sh(s, 'ls').stdout.split('\n')).toContain('Dockerfile.multi-stage');
    expect(sh(s, 'cat Dockerfile.multi-stage').stdout).toContain('FROM scratch');
    expect(sh(s, 'cat nope')).toMatchObject({
      exitCode: 1,
      stderr: 'cat: nope: No such file or directory\n',
    });
  });

  it('quoting: words keep their spaces, quotes go, && and || follow exit codes', () => {
    const { s } = session();
    expect(sh(s, `echo "a  b" 'c d' e\\ f`).stdout).toBe('a  b c d e f\n');
    expect(sh(s, 'cat nope && echo yes').stdout).toBe('');
    expect(sh(s, 'cat nope || echo fallback').stdout).toBe('fallback\n');
    expect(sh(s, 'echo one; echo two').output.map((c) => c.text)).toEqual(['one\n', 'two\n']);
  });

  it('clear, help, an unknown shell command, an empty line', () => {
    const { s } = session();
    expect(sh(s, 'clear').clear).toBe(true);
    expect(sh(s, 'help').stdout).toContain('docker build -t NAME');
    expect(sh(s, 'docker --help').stdout).toContain('Usage:  docker [OPTIONS] COMMAND');
    expect(sh(s, 'docker run --help').stdout).toContain('Usage:  docker run [OPTIONS] IMAGE');
    expect(sh(s, 'vim Dockerfile')).toMatchObject({
      exitCode: 127,
      stderr: 'bash: vim: command not found\n',
    });
    expect(sh(s, '   ')).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe('docker run -P', () => {
  it('publishes every port the image exposes on a host port Docker picks; -p mappings stay', () => {
    const local = createDockerSession({ context: calc.context, now: () => 1_700_000_000_000 });
    expect(sh(local, 'docker run -d -P --name all nginx').exitCode).toBe(0);
    expect(sh(local, 'docker run -d -P -p 8080:80 --name both nginx').exitCode).toBe(0);
    expect(sh(local, "docker ps --format '{{.Names}} {{.Ports}}'").stdout).toBe(
      'both 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\nall 0.0.0.0:?->80/tcp\n',
    );
  });
});

describe('docker tag', () => {
  it('moves a name to an image, as Docker does; bad names and missing images are Docker’s errors', () => {
    let now = 1_700_000_000_000;
    const local = createDockerSession({ context: calc.context, now: () => (now += 1000) });
    sh(local, 'docker build -q -t calc -f Dockerfile.multi-stage .');
    expect(sh(local, 'docker tag calc team/calc:v1')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const ids = sh(local, "docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'")
      .stdout.trim()
      .split('\n');
    expect(ids.map((l) => l.split(' ')[0]).sort()).toEqual(['calc:latest', 'team/calc:v1']);
    expect(new Set(ids.map((l) => l.split(' ')[1])).size).toBe(1);
    expect(sh(local, 'docker run -d --name tagged team/calc:v1').exitCode).toBe(0);
    expect(sh(local, 'docker tag nothing x')).toMatchObject({
      stderr: 'Error response from daemon: No such image: nothing:latest\n',
      exitCode: 1,
      notes: [
        'docker images lists the images this terminal has: build one with docker build -t NAME ., or pull it.',
      ],
    });
    expect(sh(local, 'docker tag calc Team/Calc').stderr).toBe(
      'Error parsing reference: "Team/Calc" is not a valid repository/tag: repository name must be lowercase\n',
    );
  });
});
