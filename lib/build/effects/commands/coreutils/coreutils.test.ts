/**
 * mkdir, touch, ln, cp, mv, rm, chmod, chown through `simulate`: small Dockerfiles of our own.
 */
import { describe, expect, it } from 'vitest';
import type { SimulatedImage, SimulationResult } from '../../../types';
import { applyMode } from './permissions';
import { simulateDockerfile } from '../../../../analyze';

const context = {
  files: [
    { path: 'big.bin', sizeBytes: 5_000_000 },
    { path: 'run.sh', sizeBytes: 20, content: '#!/bin/sh\necho hi\n' },
  ],
};
const run = (t: string): SimulationResult => simulateDockerfile(t, { context });
function image(t: string): SimulatedImage {
  const r = run(t);
  if (!r.image) throw new Error(JSON.stringify(r.diagnostics.map((d) => d.message)));
  return r.image;
}
const file = (img: SimulatedImage, p: string) => img.files.find((f) => f.path === p);
const errors = (r: SimulationResult) =>
  r.diagnostics
    .filter((d) => d.origin === 'simulate' && d.severity === 'error')
    .map((d) => d.message)
    .join('\n');

describe('mkdir, touch, ln', () => {
  it('mkdir -p makes the parents; mkdir without -p fails when a parent is missing', () => {
    const img = image('FROM alpine:3.21\nRUN mkdir -p /opt/a/b/c\n');
    expect(['/opt/a', '/opt/a/b', '/opt/a/b/c'].every((p) => file(img, p)?.kind === 'dir')).toBe(true);
    expect(errors(run('FROM alpine:3.21\nRUN mkdir /opt/x/y\n'))).toMatch(
      /can't create directory '\/opt\/x\/y': No such file/,
    );
  });

  it('touch creates an empty file and fails in a missing folder', () => {
    expect(file(image('FROM alpine:3.21\nRUN touch /tmp/x\n'), '/tmp/x')?.sizeBytes).toBe(0);
    expect(errors(run('FROM alpine:3.21\nRUN touch /none/x\n'))).toMatch(/cannot touch '\/none\/x'/);
  });

  it('ln -s into a folder makes the link inside it', () => {
    const img = image('FROM alpine:3.21\nRUN mkdir -p /opt/bin && ln -s /usr/bin/env /opt/bin\n');
    expect(file(img, '/opt/bin/env')).toMatchObject({ kind: 'symlink', target: '/usr/bin/env' });
    const plain = image('FROM alpine:3.21\nRUN ln -s /usr/bin/env /usr/local/bin/e\n');
    expect(file(plain, '/usr/local/bin/e')?.kind).toBe('symlink');
  });
});

describe('cp, mv, rm', () => {
  it('cp duplicates bytes; a folder needs -r', () => {
    const img = image('FROM alpine:3.21\nCOPY big.bin /data/big.bin\nRUN cp /data/big.bin /data/copy.bin\n');
    expect(img.layers[img.layers.length - 1].sizeBytes).toBe(5_000_000);
    expect(errors(run('FROM alpine:3.21\nCOPY big.bin /data/big.bin\nRUN cp /data /backup\n'))).toMatch(
      /-r not specified/,
    );
    const r = image('FROM alpine:3.21\nCOPY big.bin /data/big.bin\nRUN cp -a /data /backup\n');
    expect(file(r, '/backup/big.bin')).toBeDefined();
  });

  it('mv moves known text along', () => {
    const img = image('FROM alpine:3.21\nRUN echo hi > /a && mv /a /b\n');
    expect(img.textFiles?.['/b']).toBe('hi\n');
    expect(file(img, '/a')).toBeUndefined();
  });

  it('rm of a missing file fails unless -f', () => {
    expect(errors(run('FROM alpine:3.21\nRUN rm /nothing\n'))).toMatch(/cannot remove '\/nothing'/);
    expect(errors(run('FROM alpine:3.21\nRUN rm -f /nothing\n'))).toBe('');
  });
});

describe('chmod and chown', () => {
  it('reads octal and symbolic modes', () => {
    expect(applyMode('755', 0o644)).toBe(0o755);
    expect(applyMode('+x', 0o644)).toBe(0o755);
    expect(applyMode('u+x', 0o644)).toBe(0o744);
    expect(applyMode('go-rwx', 0o755)).toBe(0o700);
    expect(applyMode('u=rwx,g=rx,o=', 0o644)).toBe(0o750);
    expect(applyMode('a-w', 0o664)).toBe(0o444);
    expect(applyMode('bogus', 0o644)).toBeNull();
  });

  it('chmod +x sets the execute bits of the file (and only it without -R)', () => {
    const img = image(
      'FROM alpine:3.21\nCOPY run.sh /app/run.sh\nCOPY big.bin /app/big.bin\nRUN chmod +x /app/run.sh\n',
    );
    expect(file(img, '/app/run.sh')?.mode).toBe(0o755);
    expect(img.layers[img.layers.length - 1].sizeBytes).toBe(20);
  });

  it('chown sets uid and gid from /etc/passwd', () => {
    const img = image(
      'FROM debian:bookworm-slim\nRUN useradd -u 1001 app\nCOPY run.sh /app/run.sh\nRUN chown app:app /app/run.sh\n',
    );
    expect(file(img, '/app/run.sh')).toMatchObject({ uid: 1001 });
  });
});
