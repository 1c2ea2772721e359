import { describe, expect, it } from 'vitest';
import { findAptLists, findPackage, listPackages, manifestTotal } from './index';

describe('packages', () => {
  it('gives every figure a source and makes known manifests add up', () => {
    for (const pkg of listPackages()) {
      for (const figure of [pkg.installed, pkg.installedNoRecommends, pkg.aptPredicted, pkg.download]) {
        if (figure) expect(figure.source.trim().length, pkg.name).toBeGreaterThan(0);
        if (figure) expect(figure.value, pkg.name).not.toBe(0);
      }
      if (pkg.installed.value !== null)
        expect(manifestTotal(pkg.manifest), pkg.name).toBe(pkg.installed.value);
      if (pkg.installedNoRecommends?.value != null && pkg.manifestNoRecommends) {
        expect(manifestTotal(pkg.manifestNoRecommends), pkg.name).toBe(pkg.installedNoRecommends.value);
      }
    }
  });

  it('calibrates golang-go on ubuntu:22.04: 733.2 MB of files with Recommends, 761 MB predicted', () => {
    const go = findPackage('apt', 'golang-go', 'ubuntu:22.04');
    expect(go?.installed.value).toBe(733_200_000);
    expect(go?.aptPredicted?.value).toBe(761_000_000);
    expect(go?.installedNoRecommends?.value).toBe(428_600_000);
    expect(go?.aptPredictedNoRecommends?.value).toBe(437_000_000);
    expect(go?.provides?.[0]).toEqual({ name: 'go', version: '1.18.1', path: '/usr/lib/go-1.18/bin/go' });
    expect(go?.bringsCompiler).toBe(true);
    expect(go?.bringsCompilerNoRecommends).toBe(false);
    expect(go?.manifest.some((entry) => entry.path === '/usr/bin/gcc')).toBe(true);
    expect(go?.manifestNoRecommends?.some((entry) => entry.path === '/usr/bin/gcc')).toBe(false);
  });

  it("names the compilers jammy's build-essential brings, with pip's Recommends and not without", () => {
    const paths = (entries: { path: string }[]) => entries.map((e) => e.path);
    const compilers = ['/usr/bin/gcc', '/usr/bin/cc', '/usr/bin/g++', '/usr/bin/c++', '/usr/bin/make'];
    expect(paths(findPackage('apt', 'build-essential', 'ubuntu:22.04')!.manifest)).toEqual(
      expect.arrayContaining(compilers),
    );
    const pip = findPackage('apt', 'python3-pip', 'ubuntu:22.04')!;
    expect(paths(pip.manifest)).toEqual(expect.arrayContaining(compilers));
    expect(paths(pip.manifestNoRecommends!)).not.toContain('/usr/bin/gcc');
  });

  it('normalises names, pins and releases', () => {
    expect(findPackage('apt', 'golang-go=2:1.18~0ubuntu2', 'ubuntu:jammy')?.name).toBe('golang-go');
    expect(findPackage('apt', 'curl:amd64', 'ubuntu:22.04')?.installed.value).toBe(7_100_000);
    expect(findPackage('apt', 'git', 'debian:bookworm-slim')?.installed.value).toBe(44_890 * 1024);
    expect(findPackage('pip', 'Flask>=3.0')?.name).toBe('flask');
    expect(findPackage('npm', 'express@^5')?.installed.value).toBe(4_556 * 1024);
    expect(findPackage('apk', 'busybox', 'alpine:3.21')?.installed.value).toBe(798 * 1024);
  });

  it('returns null for unknown packages and for releases without figures', () => {
    expect(findPackage('apt', 'no-such-package', 'ubuntu:22.04')).toBeNull();
    expect(findPackage('apt', 'golang-go', 'ubuntu:24.04')).toBeNull();
    expect(findPackage('pip', 'scipy')).toBeNull();
  });

  it('keeps unknown figures null: golang-go with Recommends on bookworm', () => {
    const go = findPackage('apt', 'golang-go', 'debian:bookworm');
    expect(go?.installed.value).toBeNull();
    expect(go?.installedNoRecommends?.value).toBe(453_300_000);
  });

  it('knows apt list sizes and the assumed config', () => {
    const jammy = findAptLists('ubuntu:jammy');
    expect(jammy?.size.value).toBe(82_400_000);
    expect(jammy?.assumedConfig).toBe('docker');
    expect(jammy?.size.confidence).toBe('medium');
    expect(jammy?.byConfig.default?.value).toBe(336_500_000);
    expect(jammy?.explanation).toMatch(/not verified/);
    expect(findAptLists('debian:bookworm')?.size.value).toBe(19_000_000);
    expect(findAptLists('ubuntu:24.04')).toBeNull();
  });
});
