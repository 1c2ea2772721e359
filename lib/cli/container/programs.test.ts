import { describe, expect, it } from 'vitest';
import { ContainerFs } from './fs';
import { PROGRAMS, type ProcessContext } from './programs';
import { simulateDockerfile } from '../../analyze';

const context = {
  files: [
    { path: 'notes.txt', sizeBytes: 24, content: 'one two\nthree\nfour five six\n' },
    { path: 'src/main.go', sizeBytes: 13, content: 'package main\n' },
  ],
};
const image = simulateDockerfile('FROM alpine\nWORKDIR /work\nCOPY . .\n', { context }).image!;

function ctx(over: Partial<ProcessContext> = {}): ProcessContext {
  return {
    fs: new ContainerFs(image, 'abcdef123456'),
    cwd: '/work',
    env: { PATH: '/usr/bin:/bin', HOME: '/root' },
    user: { name: 'root', uid: 0, gid: 0, group: 'root' },
    stdin: null,
    tty: false,
    flavour: 'busybox',
    aptFamily: false,
    release: null,
    which: (n) => (n === 'ls' ? '/bin/ls' : null),
    ...over,
  };
}

const run = (name: string, args: string[], c = ctx()) => PROGRAMS[name](args, c);

describe('programs over a container’s files, with BusyBox’s error messages', () => {
  it('tail, head, wc and cat over files the build copied', () => {
    expect(run('tail', ['-n', '1', 'notes.txt']).stdout).toBe('four five six\n');
    expect(run('head', ['-n1', 'notes.txt']).stdout).toBe('one two\n');
    expect(run('head', ['-2', 'notes.txt']).stdout).toBe('one two\nthree\n');
    expect(run('tail', ['--lines=1', 'notes.txt']).stdout).toBe('four five six\n');
    expect(run('head', ['-c', '3', 'notes.txt']).stdout).toBe('one');
    expect(run('tail', ['-c4'], ctx({ stdin: 'abcdef\n' })).stdout).toBe('def\n');
    expect(run('wc', ['notes.txt']).stdout).toBe(' 3  6 28 notes.txt\n');
    expect(run('cat', ['missing']).stderr).toBe("cat: can't open 'missing': No such file or directory\n");
    expect(run('cat', [], ctx({ stdin: 'piped\n' })).stdout).toBe('piped\n');
  });

  it('find by name and type; ls of a missing path exits 1', () => {
    expect(run('find', ['/work', '-name', '*.go']).stdout).toBe('/work/src/main.go\n');
    expect(run('find', ['.', '-type', 'd']).stdout).toBe('.\n./src\n');
    const ls = run('ls', ['nope']);
    expect(ls.stderr).toBe('ls: nope: No such file or directory\n');
    expect(ls.exitCode).toBe(1);
  });

  it('cp and mkdir into the writable layer; rm of a folder needs -r', () => {
    const c = ctx();
    expect(run('cp', ['notes.txt', '/tmp/'], c).exitCode).toBe(0);
    expect(run('cat', ['/tmp/notes.txt'], c).stdout).toBe('one two\nthree\nfour five six\n');
    expect(run('mkdir', ['/tmp'], c).stderr).toBe("mkdir: can't create directory '/tmp': File exists\n");
    expect(run('rm', ['src'], c).stderr).toBe("rm: 'src' is a directory\n");
    expect(run('rm', ['-r', 'src'], c).exitCode).toBe(0);
    expect(run('ls', ['src'], c).exitCode).toBe(1);
  });

  it('echo, printf, hostname, which, env', () => {
    expect(run('echo', ['-n', 'a', 'b']).stdout).toBe('a b');
    expect(run('printf', ['%s=%d\\n', 'x', '42', 'y', '7']).stdout).toBe('x=42\ny=7\n');
    expect(run('hostname', []).stdout).toBe('abcdef123456\n');
    expect(run('which', ['ls', 'nope'])).toMatchObject({ stdout: '/bin/ls\n', exitCode: 1 });
    expect(run('env', []).stdout).toBe('PATH=/usr/bin:/bin\nHOME=/root\n');
  });

  it('no network: curl and wget fail as they do when a name does not resolve', () => {
    expect(run('curl', ['-fsS', 'https://example.com/x'])).toMatchObject({
      stderr: 'curl: (6) Could not resolve host: example.com\n',
      exitCode: 6,
    });
    expect(run('wget', ['http://example.com'])).toMatchObject({
      stderr: "wget: bad address 'example.com'\n",
      exitCode: 1,
    });
    expect(run('wget', ['http://example.com'], ctx({ flavour: 'gnu' }))).toMatchObject({
      stderr: "wget: unable to resolve host address 'example.com'\n",
      exitCode: 4,
    });
    expect(run('apk', ['add', 'curl']).stderr).toBe(
      'ERROR: unable to select packages:\n  curl (no such package):\n    required by: world[curl]\n',
    );
  });
});
