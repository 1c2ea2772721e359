import { beforeAll, describe, expect, it } from 'vitest';
import { aptInstall, loadDebianPackages } from './debian';
import { findPackage } from './packages';

beforeAll(async () => {
  await loadDebianPackages();
});

describe('apt-get install on Debian images, from the package indexes', () => {
  it('computes curl on bookworm with and without recommends', () => {
    const curl = findPackage('apt', 'curl', 'debian:bookworm-slim')!;
    expect(curl.release).toBe('debian:bookworm');
    expect(curl.installed.value!).toBeGreaterThan(curl.installedNoRecommends!.value!);
    expect(curl.installedNoRecommends!.value!).toBeGreaterThan(5_000_000);
    expect(curl.installed.sourceId).toBe('debian-packages');
    expect(curl.manifest.map((e) => e.path)).toContain('/usr/bin/curl');
    // The manifest adds up to the figure.
    const sum = curl.manifest.reduce((s, e) => s + e.sizeBytes, 0);
    expect(sum).toBe(curl.installed.value);
  });

  it('puts programs at their real paths and knows which bring gcc', () => {
    const go = findPackage('apt', 'golang-go', 'debian:trixie')!;
    expect(go.manifest.map((e) => e.path)).toEqual(expect.arrayContaining(['/usr/bin/go', '/usr/bin/gofmt']));
    expect(findPackage('apt', 'build-essential', 'debian:13')!.bringsCompilerNoRecommends).toBe(true);
    expect(findPackage('apt', 'tini', 'debian:bookworm')!.manifest.map((e) => e.path)).toContain(
      '/usr/bin/tini',
    );
  });

  it('adds the links maintainer scripts make with update-alternatives: cc with gcc, c++ with g++', () => {
    for (const suite of ['bookworm', 'trixie']) {
      const programs = aptInstall(suite, ['build-essential'], false)!.programs;
      expect(programs, suite).toEqual(
        expect.arrayContaining(['/usr/bin/gcc', '/usr/bin/cc', '/usr/bin/c++']),
      );
    }
    expect(aptInstall('bookworm', ['tini'], false)!.programs).not.toContain('/usr/bin/cc');
  });

  it('loads suites one at a time and ignores unknown ones', async () => {
    await loadDebianPackages(['sid', 'trixie']);
    expect(aptInstall('trixie', ['tini'], false)?.added).toEqual(['tini']);
  });

  it('adds nothing for packages already in the base and reports unknown names', () => {
    const install = aptInstall('bookworm', ['bash', 'no-such-package'], true)!;
    expect(install.added).toEqual([]);
    expect(install.missing).toEqual(['no-such-package']);
    expect(aptInstall('sid', ['curl'], true)).toBeNull();
  });

  it('uses Debian only as a labelled low-confidence estimate for Ubuntu, and keeps measured jammy figures', () => {
    const measured = findPackage('apt', 'golang-go', 'ubuntu:22.04')!;
    expect(measured.installed.source).not.toMatch(/^ESTIMATE/);
    const wget = findPackage('apt', 'tini', 'ubuntu:24.04')!;
    expect(wget.installed.confidence).toBe('low');
    expect(wget.installed.source).toMatch(/^ESTIMATE: Debian's package of the same name \(debian:trixie\)/);
  });
});
