/**
 * Users and permissions: useradd/adduser edit /etc/passwd as a small file; USER applies to later
 * RUNs (writing into a root-owned folder fails) and to docker run (no execute bit: exit 126).
 */
import { describe, expect, it } from 'vitest';
import { runImage } from '../../run/index';
import type { SimulationResult } from '../../types';
import { simulateDockerfile } from '../../../analyze';

const context = { files: [{ path: 'start.sh', sizeBytes: 20, content: '#!/bin/sh\necho hi\n' }] };
const run = (t: string): SimulationResult => simulateDockerfile(t, { context });
const errors = (r: SimulationResult) =>
  r.diagnostics
    .filter((d) => d.origin === 'simulate' && d.severity === 'error')
    .map((d) => d.message)
    .join('\n');

describe('users', () => {
  it('adding a user on an image copies up /etc/passwd only, not the whole base', () => {
    const r = run('FROM node:18-alpine\nRUN addgroup -S app && adduser -S app -G app\n');
    const layer = r.image!.layers[r.image!.layers.length - 1];
    expect(layer.sizeBytes).toBeLessThan(10_000);
    expect(r.image!.textFiles?.['/etc/passwd']).toMatch(/^app:/m);
  });

  it('a non-root USER cannot write into a folder WORKDIR made as root', () => {
    const r = run(
      'FROM debian:bookworm-slim\nRUN useradd -u 1001 app\nWORKDIR /app\nUSER app\nRUN echo x > /app/out.txt\n',
    );
    expect(errors(r)).toMatch(/cannot create \/app\/out.txt: Permission denied/);
  });

  it('WORKDIR after USER makes the folder as that user, so writing works', () => {
    const r = run(
      'FROM debian:bookworm-slim\nRUN useradd -u 1001 app\nUSER app\nWORKDIR /home/app/w\nRUN echo x > out.txt && mkdir sub\n',
    );
    expect(errors(r)).toBe('');
  });

  it('docker run of an entrypoint without the execute bit fails with 126', () => {
    const r = run('FROM alpine:3.21\nCOPY --chmod=644 start.sh /start.sh\nENTRYPOINT ["/start.sh"]\n');
    const out = runImage(r.image!);
    expect(out.status).toBe('failed');
    expect(out.exitCode).toBe(126);
    expect(out.stderr).toMatch(/permission denied/);
    const ok = runImage(
      run('FROM alpine:3.21\nCOPY --chmod=755 start.sh /start.sh\nENTRYPOINT ["/start.sh"]\n').image!,
    );
    expect(ok.exitCode).not.toBe(126);
  });
});

describe('COPY --chown and --chmod', () => {
  it('sets owner from /etc/passwd and the mode, octal or symbolic', () => {
    const r = run(
      'FROM debian:bookworm-slim\nRUN useradd -u 1001 app\nCOPY --chown=app:app --chmod=u+x start.sh /start.sh\n',
    );
    const f = r.image!.files.find((e) => e.path === '/start.sh');
    expect(f).toMatchObject({ uid: 1001, mode: 0o744 });
    const n = run('FROM alpine:3.21\nCOPY --chown=10001 --chmod=0700 start.sh /s\n').image!.files.find(
      (e) => e.path === '/s',
    );
    expect(n).toMatchObject({ uid: 10001, gid: 10001, mode: 0o700 });
  });
});

describe('base accounts and account options', () => {
  const passwd = (r: SimulationResult) => r.image!.textFiles?.['/etc/passwd'] ?? '';

  it("a Debian image has Debian's system accounts: chown www-data works, USER www-data runs", () => {
    const r = run(
      'FROM debian:bookworm-slim\nRUN mkdir -p /srv && chown www-data:www-data /srv\nUSER www-data\nCMD ["sh"]\n',
    );
    expect(errors(r)).toBe('');
    expect(r.image!.files.find((f) => f.path === '/srv')).toMatchObject({ uid: 33, gid: 33 });
    expect(runImage(r.image!).status).toBe('started');
  });

  it('a user that is in no known account list of a fully known image still fails', () => {
    const r = run('FROM debian:bookworm-slim\nRUN chown nosuchuser /tmp\n');
    expect(errors(r)).toMatch(/chown: invalid user: 'nosuchuser'/);
    const user = run('FROM debian:bookworm-slim\nUSER nosuchuser\nCMD ["sh"]\n');
    expect(user.diagnostics.some((d) => d.ruleId === 'stagecraft/user-not-in-passwd')).toBe(true);
    expect(runImage(user.image!).status).toBe('failed');
  });

  it("an image that may add accounts of its own answers can't tell, not a false error", () => {
    const r = run('FROM node:22-alpine\nUSER node\nCMD ["node"]\n');
    expect(runImage(r.image!).status).toBe('started');
    const nginx = run('FROM nginx:1.31\nUSER nginx\nCMD ["nginx"]\n');
    expect(runImage(nginx.image!).status).toBe('started');
    const other = run('FROM eclipse-temurin:21-jre\nRUN chown someone /tmp\nUSER someone\nCMD ["java"]\n');
    expect(errors(other)).toBe('');
    expect(runImage(other.image!).status).toBe('unknown');
    expect(other.diagnostics.some((d) => d.ruleId === 'stagecraft/user-not-in-passwd')).toBe(false);
  });

  it('reads --uid=N, attached short options, -d and -g as useradd does', () => {
    const r = run(
      'FROM debian:bookworm-slim\nRUN groupadd -r postgres --gid=999 && useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres\nRUN useradd -u1000 -m -d/home/rootless -s/bin/bash rootless\n',
    );
    expect(passwd(r)).toMatch(/^postgres:x:999:999::\/var\/lib\/postgresql:\/bin\/bash$/m);
    expect(passwd(r)).toMatch(/^rootless:x:1000:1000::\/home\/rootless:\/bin\/bash$/m);
    expect(r.image!.files.find((f) => f.path === '/home/rootless')).toMatchObject({ uid: 1000 });
    // useradd without -m makes no home; -r without --uid takes the highest free system id.
    const sys = run('FROM debian:bookworm-slim\nRUN useradd -r svc && useradd plain\n');
    expect(passwd(sys)).toMatch(/^svc:x:999:/m);
    expect(passwd(sys)).toMatch(/^plain:x:1000:/m);
    expect(sys.image!.files.some((f) => f.path === '/home/plain')).toBe(false);
  });

  it('BusyBox adduser reads -g as the comment, -G as the group, -h as the home', () => {
    const r = run(
      'FROM alpine:3.21\nRUN addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx\n',
    );
    // The line nginx:alpine's own /etc/passwd has: -g is the GECOS field.
    expect(passwd(r)).toMatch(/^nginx:x:101:101:nginx:\/var\/cache\/nginx:\/sbin\/nologin$/m);
    expect(r.image!.files.some((f) => f.path === '/var/cache/nginx')).toBe(false);
  });
});

describe('context file modes', () => {
  const entry = (mode?: number) => ({
    files: [
      {
        path: 'entry.sh',
        sizeBytes: 20,
        content: '#!/bin/sh\nexec "$@"\n',
        ...(mode !== undefined ? { mode } : {}),
      },
    ],
  });
  const df = 'FROM alpine:3.21\nCOPY entry.sh /\nENTRYPOINT ["/entry.sh"]\nCMD ["true"]\n';
  const runWith = (mode?: number, text = df) =>
    runImage(simulateDockerfile(text, { context: entry(mode) }).image!);

  it('COPY keeps the mode the file has in the context', () => {
    const notExecutable = runWith(0o644);
    expect(notExecutable.status).toBe('failed');
    expect(notExecutable.exitCode).toBe(126);
    expect(notExecutable.stderr).toMatch(/exec: "\/entry.sh": permission denied/);
    expect(runWith(0o755).status).toBe('started');
    const image = simulateDockerfile(df, { context: entry(0o750) }).image!;
    expect(image.files.find((f) => f.path === '/entry.sh')?.mode).toBe(0o750);
  });

  it("a script whose mode the context does not give: can't tell, neither starts nor fails", () => {
    const out = runWith(undefined);
    expect(out.status).toBe('unknown');
    expect(out.because).toMatch(/does not say whether entry.sh is executable/);
    // --chmod or a chmod in a RUN settles it.
    expect(runWith(undefined, df.replace('COPY entry.sh', 'COPY --chmod=755 entry.sh')).status).toBe(
      'started',
    );
    expect(runWith(0o644, df.replace('ENTRYPOINT', 'RUN chmod +x /entry.sh\nENTRYPOINT')).status).toBe(
      'started',
    );
  });
});
