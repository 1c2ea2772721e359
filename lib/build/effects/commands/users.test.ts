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
