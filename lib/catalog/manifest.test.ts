import { describe, expect, it } from 'vitest';
import { lookupManifestPath, manifestTotal, withBulk } from './manifest';
import type { ManifestEntry } from './types';

const entries: ManifestEntry[] = [
  { path: '/usr/bin/dash', kind: 'elf', sizeBytes: 100, linkage: 'dynamic' },
  { path: '/bin/sh', kind: 'symlink', sizeBytes: 0, target: '/usr/bin/dash' },
  { path: '/usr/local/bin/python3', kind: 'symlink', sizeBytes: 0, target: 'python3.12' },
  { path: '/usr/local/bin/python3.12', kind: 'elf', sizeBytes: 10, linkage: 'dynamic' },
  { path: '/usr/local/bin/npm', kind: 'symlink', sizeBytes: 0, target: '../lib/npm-cli.js' },
  { path: '/usr/local/lib/npm-cli.js', kind: 'script', sizeBytes: 1, shebang: '/usr/bin/env node' },
  { path: '/loop/a', kind: 'symlink', sizeBytes: 0, target: '/loop/b' },
  { path: '/loop/b', kind: 'symlink', sizeBytes: 0, target: '/loop/a' },
];

describe('manifest helpers', () => {
  it('follows absolute and relative symlinks', () => {
    expect(lookupManifestPath(entries, '/bin/sh')?.path).toBe('/usr/bin/dash');
    expect(lookupManifestPath(entries, '/usr/local/bin/python3')?.path).toBe('/usr/local/bin/python3.12');
    expect(lookupManifestPath(entries, '/usr/local/bin/npm')?.kind).toBe('script');
  });

  it('returns null for missing paths and link loops', () => {
    expect(lookupManifestPath(entries, '/bin/bash')).toBeNull();
    expect(lookupManifestPath(entries, '/loop/a')).toBeNull();
  });

  it('completes a manifest with a bulk remainder that is never negative', () => {
    const done = withBulk(entries, 1_000, { path: '/usr/**', note: 'rest' }, true);
    expect(manifestTotal(done)).toBe(1_000);
    expect(done.at(-1)?.estimate).toBe(true);
    const over = withBulk(entries, 5, { path: '/usr/**', note: 'rest' });
    expect(over.at(-1)?.sizeBytes).toBe(0);
  });
});
