/**
 * RUN scripts walked as sh runs them: redirections, heredocs, cd/export/set -e within the line,
 * exit statuses, SHELL options, unknown-effect commands. Small Dockerfiles of our own.
 */
import { describe, expect, it } from 'vitest';
import type { BuildContext, SimulatedImage, SimulationResult } from '../types';
import { simulateDockerfile } from '../../analyze';

const context: BuildContext = {
  files: [{ path: 'app.sh', sizeBytes: 22, content: '#!/bin/sh\necho started\n' }],
};

function run(text: string): SimulationResult {
  return simulateDockerfile(text, { context });
}
function image(text: string): SimulatedImage {
  const r = run(text);
  if (!r.image) throw new Error(JSON.stringify(r.diagnostics.map((d) => d.message)));
  return r.image;
}
const file = (img: SimulatedImage, p: string) => img.files.find((f) => f.path === p);
const errors = (r: SimulationResult) =>
  r.diagnostics.filter((d) => d.origin === 'simulate' && d.severity === 'error').map((d) => d.message);

describe('redirections and known text', () => {
  it('echo > and >> write the text, so the size is exact and the text can be shown', () => {
    const img = image('FROM alpine:3.21\nRUN echo hello > /etc/motd && echo world >> /etc/motd\n');
    expect(img.textFiles?.['/etc/motd']).toBe('hello\nworld\n');
    expect(file(img, '/etc/motd')?.sizeBytes).toBe(12);
    expect(img.layers[img.layers.length - 1].sizeBytes).toBe(12);
  });

  it('cat > f <<EOF keeps the heredoc (expanded) and printf | tee -a appends', () => {
    const img = image(
      'FROM debian:bookworm-slim\nENV NAME=web\nRUN cat > /etc/app.conf <<EOF && printf "%s=%d\\n" port 80 | tee -a /etc/app.conf\nname=$NAME\nEOF\n',
    );
    expect(img.textFiles?.['/etc/app.conf']).toBe('name=web\nport=80\n');
    expect(file(img, '/etc/app.conf')?.sizeBytes).toBe(17);
  });

  it('a quoted heredoc delimiter keeps $ literal', () => {
    const img = image("FROM alpine:3.21\nRUN cat <<'EOF' > /x.sh\necho $HOME\nEOF\n");
    expect(img.textFiles?.['/x.sh']).toBe('echo $HOME\n');
  });

  it('RUN <<EOF runs the body as a script', () => {
    const img = image(
      'FROM alpine:3.21\nRUN <<EOF\nset -e\nmkdir -p /opt/app\ncd /opt/app\necho ok > ready\nEOF\n',
    );
    expect(img.textFiles?.['/opt/app/ready']).toBe('ok\n');
  });

  it('COPY <<EOF writes the file with its text, expanded with ENV', () => {
    const img = image('FROM alpine:3.21\nENV PORT=8080\nCOPY <<EOF /etc/app.env\nPORT=$PORT\nEOF\n');
    expect(img.textFiles?.['/etc/app.env']).toBe('PORT=8080\n');
    expect(file(img, '/etc/app.env')?.sizeBytes).toBe(10);
  });

  it('writing into a folder that does not exist fails as dash says', () => {
    const r = run('FROM debian:bookworm-slim\nRUN echo x > /nope/f\n');
    expect(errors(r).join('\n')).toMatch(/cannot create \/nope\/f: Directory nonexistent/);
  });

  it('output of a command the model does not know gives a file of unknown size', () => {
    const img = image('FROM golang:1.23\nRUN go version > /go-version.txt\n');
    expect(file(img, '/go-version.txt')?.estimate).toBe(true);
    expect(img.textFiles?.['/go-version.txt']).toBeUndefined();
  });

  it('2>/dev/null and >/dev/null store nothing', () => {
    const img = image('FROM alpine:3.21\nRUN echo x >/dev/null 2>&1\n');
    expect(img.layers[img.layers.length - 1].sizeBytes).toBe(0);
  });
});

describe('the line as the shell runs it', () => {
  it('cd within a RUN moves later commands, not later RUNs', () => {
    const img = image('FROM alpine:3.21\nRUN mkdir -p /src && cd /src && touch a\nRUN touch b\n');
    expect(file(img, '/src/a')).toBeDefined();
    expect(file(img, '/b')).toBeDefined();
  });

  it('assignments and export expand later in the line; ${X:+alt} is not ${X:-alt}', () => {
    const img = image(
      'FROM alpine:3.21\nARG DEBUG\nRUN D=/opt/d && mkdir -p $D && export F=$D/f && touch $F ${DEBUG:+/debug} ${DEBUG:-/nodebug}\n',
    );
    expect(file(img, '/opt/d/f')).toBeDefined();
    expect(file(img, '/nodebug')).toBeDefined();
    expect(file(img, '/debug')).toBeUndefined();
  });

  it('a failure swallowed by || true or ; does not stop the build; set -e and && do', () => {
    expect(errors(run('FROM alpine:3.21\nRUN curl -o /x https://example.com/x || true\n'))).toEqual([]);
    expect(errors(run('FROM alpine:3.21\nRUN curl -o /x https://example.com/x; echo done\n'))).toEqual([]);
    expect(
      errors(run('FROM alpine:3.21\nRUN set -e; curl -o /x https://example.com/x; echo done\n')).join(),
    ).toMatch(/curl: not found/);
    expect(
      errors(run('FROM alpine:3.21\nRUN curl -o /x https://example.com/x && echo done\n')).join(),
    ).toMatch(/curl: not found/);
  });

  it("exit 1 and false fail the RUN with Docker's exit code text", () => {
    expect(errors(run('FROM alpine:3.21\nRUN exit 3\n')).join()).toContain(
      'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
    );
    // BuildKit quotes the command with Go's %q: inner quotes are escaped.
    expect(errors(run('FROM alpine:3.21\nRUN echo "hi" && exit 2\n')).join()).toContain(
      'process "/bin/sh -c echo \\"hi\\" && exit 2" did not complete successfully: exit code: 2',
    );
    expect(errors(run('FROM alpine:3.21\nRUN false\n')).join()).toMatch(/exit code: 1/);
  });

  it('SHELL with -o pipefail makes a failing first command of a pipe fail the RUN', () => {
    const plain = run('FROM debian:bookworm-slim\nRUN wget -O- https://example.com/k | cat\n');
    expect(errors(plain)).toEqual([]);
    const strict = run(
      'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O- https://example.com/k | cat\n',
    );
    expect(errors(strict).join()).toMatch(/wget: not found/);
  });

  it('sh -c and bash -c are read, with the outer variables', () => {
    const img = image('FROM alpine:3.21\nRUN ["sh", "-c", "mkdir -p /a/b && touch /a/b/c"]\n');
    expect(file(img, '/a/b/c')).toBeDefined();
  });

  it('cd into a folder that is not there fails', () => {
    expect(errors(run('FROM alpine:3.21\nRUN cd /nowhere && touch x\n')).join()).toMatch(
      /can't cd to \/nowhere/,
    );
  });

  it('sed -i, find -exec and xargs are unknown-effect; sed without -i reads only', () => {
    const edited = image('FROM alpine:3.21\nRUN sed -i s/a/b/ /etc/hosts\n');
    expect(edited.fog?.some((f) => f.path === '/etc/hosts')).toBe(true);
    const read = image('FROM alpine:3.21\nRUN sed -n 1p /etc/hosts\n');
    // Only the base image's unlisted system folders, whose bytes are known, stay unknown.
    expect((read.fog ?? []).filter((f) => !f.sizeKnown)).toEqual([]);
    const found = image('FROM alpine:3.21\nRUN find /tmp -name x -delete\n');
    expect(found.fog?.some((f) => f.path === '/tmp')).toBe(true);
  });
});

describe('tests and branches the model can or cannot tell', () => {
  const lockContext: BuildContext = { files: [{ path: 'yarn.lock', sizeBytes: 10, content: '# lock\n' }] };
  const script =
    'FROM alpine:3.21\nWORKDIR /app\nCOPY yarn.lock* ./\nRUN if [ -f yarn.lock ]; then echo yarn > /pm; elif [ -f package-lock.json ]; then echo npm > /pm; else echo "Lockfile not found." && exit 1; fi\n';

  it('[ -f FILE ] answers from the filesystem: the branch a copied lockfile selects runs', () => {
    const r = simulateDockerfile(script, { context: lockContext });
    expect(errors(r)).toEqual([]);
    expect(r.image?.textFiles?.['/pm']).toBe('yarn\n');
  });

  it('a missing file selects the else branch, and its exit 1 fails the build', () => {
    const r = simulateDockerfile(script, { context: { files: [] } });
    expect(errors(r).join('\n')).toMatch(/exit code: 1/);
  });

  it('an exit in a branch the model cannot tell runs does not fail the build', () => {
    // caddy-docker: the architecture comes from `apk --print-arch`, whose output is not known.
    const r = run(
      'FROM alpine:3.21\nRUN set -eux; arch="$(uname -m)"; case "$arch" in x86_64) a=amd64 ;; *) echo >&2 "unsupported ($arch)"; exit 1 ;; esac; echo "$a" > /arch\n',
    );
    expect(errors(r)).toEqual([]);
    expect(r.image?.textFiles?.['/arch']).toBeUndefined();
  });

  it('test with strings and negation', () => {
    const img = image(
      'FROM alpine:3.21\nRUN A=x; if [ "$A" = x ] && [ ! -d /nope ] && test -n "$A"; then touch /yes; fi\n',
    );
    expect(file(img, '/yes')).toBeDefined();
  });
});
