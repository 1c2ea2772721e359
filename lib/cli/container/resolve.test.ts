import { describe, expect, it } from 'vitest';
import bookworm from '../../catalog/data/debian-programs/bookworm.json';
import trixie from '../../catalog/data/debian-programs/trixie.json';
import { essentialProgramNames } from '../../catalog/images/debian-programs';
import { findCommand } from '../../build/run/lookup';
import { runImage } from '../../build/run/index';
import { simulateDockerfile } from '../../analyze';
import { ContainerFs } from './fs';
import { resolveProgram } from './resolve';

const imageOf = (from: string) => simulateDockerfile(`FROM ${from}\n`, { context: { files: [] } }).image!;

/** The terminal's answer in the same three words as the engine's. */
function terminal(from: string, name: string): string {
  const image = imageOf(from);
  const r = resolveProgram(new ContainerFs(image, 'abcdef123456'), name, image.config.env.PATH, '/');
  return r.state === 'found' ? 'present' : r.state;
}

const engine = (from: string, name: string) => findCommand(imageOf(from), name).presence;

const APT_IMAGES = ['ubuntu:22.04', 'ubuntu:24.04', 'debian:bookworm-slim', 'python:3.12-slim'];
const NAMES = ['ls', 'head', 'grep', 'sed', 'tar', 'gzip', 'which', 'ldd', 'perl', 'sh', 'bash', 'xargs'];
const NOT_ESSENTIAL = ['file', 'curl', 'wget', 'python3', 'nope'];

describe('Debian’s Essential programs: one list for the engine and the terminal', () => {
  it.each(['bookworm', 'trixie'])(
    'comes from Debian %s’s packages: coreutils, findutils, grep, sed, tar, libc-bin',
    (suite) => {
      const names = essentialProgramNames(suite);
      for (const n of ['ls', 'head', 'tail', 'wc', 'find', 'xargs', 'grep', 'sed', 'tar', 'ldd', 'id'])
        expect(names.has(n), n).toBe(true);
      for (const n of NOT_ESSENTIAL) expect(names.has(n), n).toBe(false);
      expect(Object.keys({ bookworm, trixie }[suite as 'trixie'].essential)).toContain('coreutils');
    },
  );

  it.each(APT_IMAGES)('%s: the engine’s PATH lookup and the terminal agree', (from) => {
    for (const name of [...NAMES, ...NOT_ESSENTIAL]) {
      const expected = NOT_ESSENTIAL.includes(name) && !(from.startsWith('python') && name === 'python3');
      expect(engine(from, name), `${from} ${name}`).toBe(expected ? 'absent' : 'present');
      expect(terminal(from, name), `${from} ${name}`).toBe(engine(from, name));
    }
  });

  it('docker run of an Essential program starts in Ubuntu, and a missing one fails as runc says', () => {
    const image = imageOf('ubuntu:22.04');
    expect(runImage(image, { args: ['head', '/etc/os-release'] }).status).not.toBe('failed');
    const grep = runImage(image, { args: ['grep'] });
    expect(grep.status).not.toBe('failed');
    const file = runImage(image, { args: ['file', '/bin/ls'] });
    expect(file.status).toBe('failed');
    expect(file.stderr).toContain('exec: "file": executable file not found in $PATH');
  });

  it('distroless and scratch: neither the engine nor the terminal finds ls', () => {
    for (const from of ['gcr.io/distroless/static-debian12', 'scratch']) {
      expect(engine(from, 'ls')).toBe('absent');
      expect(terminal(from, 'ls')).toBe('absent');
    }
  });

  it('an Essential program’s size is unknown per file (it is in the image total)', () => {
    const fs = new ContainerFs(imageOf('ubuntu:22.04'), 'abcdef123456');
    const head = fs.stat('/usr/bin/head');
    expect(head.state === 'present' && head.node.size).toBeNull();
    expect(fs.stat('/usr/bin/which').state === 'present').toBe(true);
  });
});

describe('BusyBox’s applets: the same answer from the engine and the terminal', () => {
  it('alpine has grep, ps, vi as applets beside /bin/busybox, but not bash', () => {
    for (const name of ['grep', 'ps', 'vi', 'nslookup', 'ls'])
      expect([engine('alpine:3.21', name), terminal('alpine:3.21', name)], name).toEqual([
        'present',
        'present',
      ]);
    expect([engine('alpine:3.21', 'bash'), terminal('alpine:3.21', 'bash')]).toEqual(['absent', 'absent']);
  });

  it('an applet this terminal does not run starts, its output not simulated; one it runs is run', () => {
    const image = imageOf('alpine:3.21');
    const fs = new ContainerFs(image, 'abcdef123456');
    const grep = resolveProgram(fs, 'grep', image.config.env.PATH, '/');
    expect(grep).toMatchObject({ state: 'found', impl: null, flavour: 'busybox', path: '/bin/grep' });
    expect(resolveProgram(fs, 'ps', image.config.env.PATH, '/')).toMatchObject({ impl: 'ps' });
    expect(runImage(image, { args: ['grep', 'x', '/etc/os-release'] }).status).not.toBe('failed');
  });
});
