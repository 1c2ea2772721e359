import { describe, expect, it } from 'vitest';
import { simulateDockerfile } from '../analyze';
import { findCommand } from '../build/run/lookup';
import { debianPrograms, programSuite, setPackages } from './images/debian-programs';

const imageOf = (from: string) => simulateDockerfile(`FROM ${from}\n`, { context: { files: [] } }).image!;
const where = (from: string, name: string) => {
  const p = findCommand(imageOf(from), name);
  return p.presence === 'present' ? p.path : p.presence;
};

describe('programs of Debian-based images, per release', () => {
  it('full images built on buildpack-deps have its compilers and tools at their real paths', () => {
    for (const from of ['python:3.14', 'python:3.13', 'python:latest', 'node:26', 'python:3.12']) {
      expect(where(from, 'gcc'), from).toBe('/usr/bin/gcc');
      expect(where(from, 'g++'), from).toBe('/usr/bin/g++');
      expect(where(from, 'make'), from).toBe('/usr/bin/make');
      expect(where(from, 'git'), from).toBe('/usr/bin/git');
      expect(where(from, 'curl'), from).toBe('/usr/bin/curl');
      expect(where(from, 'ssh'), from).toBe('/usr/bin/ssh');
      expect(where(from, 'cc'), from).toBe('/usr/bin/cc');
    }
  });

  it('slim images have the minimal Debian only: bash and coreutils, no compiler or curl', () => {
    for (const from of ['debian:trixie-slim', 'python:3.14-slim', 'debian:bookworm-slim']) {
      expect(where(from, 'bash'), from).toBe('/usr/bin/bash');
      expect(where(from, 'ls'), from).toBe('/usr/bin/ls');
      expect(where(from, 'awk'), from).toBe('/usr/bin/awk');
      expect(where(from, 'apt-get'), from).toBe('/usr/bin/apt-get');
      for (const missing of ['gcc', 'make', 'git', 'curl'])
        expect(where(from, missing), `${from} ${missing}`).toBe('absent');
    }
  });

  it('golang images start from buildpack-deps’ scm set: git and ssh, and the gcc and make they add', () => {
    expect(where('golang:1.27-trixie', 'git')).toBe('/usr/bin/git');
    expect(where('golang:1.27-trixie', 'ssh')).toBe('/usr/bin/ssh');
    expect(where('golang:1.27-trixie', 'gcc')).toBe('/usr/bin/gcc');
    expect(where('golang:1.27-trixie', 'convert')).toBe('absent');
  });

  it('each release has its own list; Ubuntu takes the nearest Debian release, labelled an estimate', () => {
    expect(programSuite('debian:trixie')).toEqual({ suite: 'trixie', estimate: null });
    expect(programSuite('ubuntu:24.04').suite).toBe('trixie');
    expect(programSuite('ubuntu:22.04').suite).toBe('bookworm');
    expect(programSuite('ubuntu:22.04').estimate).toContain('an estimate');
    const ls = debianPrograms('bookworm', null, programSuite('ubuntu:22.04').estimate).find(
      (e) => e.path === '/usr/bin/ls',
    )!;
    expect(ls.kind).toBe('elf');
    expect(ls.note).toMatch(/coreutils .*Debian bookworm.*an estimate/);
    // trixie's minimal Debian is not bookworm's: the sets are read per release.
    expect(setPackages('trixie', 'debian:trixie')).not.toEqual(setPackages('bookworm', 'debian:bookworm'));
    expect(setPackages('trixie', 'buildpack-deps:trixie')).toEqual(
      expect.arrayContaining(['gcc', 'make', 'git', 'curl', 'libc6']),
    );
    expect(setPackages('trixie', 'no-such-set')).toBeNull();
  });

  it('kinds come from the packages: which is a link to which.debianutils, a script for /bin/sh', () => {
    const entries = debianPrograms('trixie');
    expect(entries.find((e) => e.path === '/usr/bin/which')).toMatchObject({
      kind: 'symlink',
      target: '/usr/bin/which.debianutils',
    });
    expect(entries.find((e) => e.path === '/usr/bin/which.debianutils')).toMatchObject({
      kind: 'script',
      shebang: '/bin/sh',
    });
    expect(entries.every((e) => e.sizeBytes === 0)).toBe(true);
  });
});
