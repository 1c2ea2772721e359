import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../catalog/types';
import { LayerWriter, mergeLayers } from './layer-writer';
import { globToRegExp, normalizePath } from './paths';
import { fileCount, largestPaths, lookupPath, treeFromEntries, treeSize } from './tree';

const file = (path: string, sizeBytes: number): ManifestEntry => ({ path, kind: 'regular', sizeBytes });

describe('paths', () => {
  it('normalises against a working directory', () => {
    expect(normalizePath('app/./x/../y', '/src')).toBe('/src/app/y');
    expect(normalizePath('/a//b/')).toBe('/a/b');
    expect(normalizePath('.', '/')).toBe('/');
  });
  it('compiles globs like filepath.Match plus **', () => {
    expect(globToRegExp('*.go').test('main.go')).toBe(true);
    expect(globToRegExp('*.go').test('pkg/main.go')).toBe(false);
    expect(globToRegExp('**/*.go').test('pkg/main.go')).toBe(true);
    expect(globToRegExp('/var/lib/apt/lists/*').test('/var/lib/apt/lists/x_Packages')).toBe(true);
  });
});

describe('layers', () => {
  it('a deletion in a later layer does not shrink the image', () => {
    const tree = treeFromEntries([]);
    const l1 = new LayerWriter(tree);
    l1.add(file('/var/lib/apt/lists/jammy_Packages', 80_000_000));
    l1.add(file('/usr/bin/go', 1_000));
    const c1 = l1.changes();
    expect(l1.sizeBytes()).toBe(80_001_000);
    l1.commit();
    const l2 = new LayerWriter(tree);
    expect(l2.remove('/var/lib/apt/lists')).toBe(1);
    expect(l2.sizeBytes()).toBe(0);
    const c2 = l2.changes();
    expect(c2).toEqual([{ op: 'delete', path: '/var/lib/apt/lists/jammy_Packages' }]);
    l2.commit();
    // Image size is the sum of layers: 80 MB still counted; the merged tree lacks the file.
    expect(treeSize(tree)).toBe(1_000);
    expect(mergeLayers([{ changes: c1 }, { changes: c2 }]).size).toBe(1);
  });

  it('cleanup in the same layer leaves no bytes behind', () => {
    const tree = treeFromEntries([file('/bin/sh', 100)]);
    const l = new LayerWriter(tree);
    l.add(file('/var/lib/apt/lists/a', 50));
    l.add(file('/var/lib/apt/lists/b', 50));
    l.removeWhere((p) => globToRegExp('/var/lib/apt/lists/*').test(p));
    expect(l.sizeBytes()).toBe(0);
    expect(l.changes()).toEqual([]);
  });

  it('replacing a file counts the new file fully', () => {
    const tree = treeFromEntries([file('/etc/passwd', 900)]);
    const l = new LayerWriter(tree);
    l.add(file('/etc/passwd', 950));
    expect(l.sizeBytes()).toBe(950);
    expect(l.lookup('/etc/passwd')?.entry.sizeBytes).toBe(950);
  });

  it('finds paths inside bulk entries and through symlinks', () => {
    const tree = treeFromEntries([
      { path: '/usr/lib/go-1.18/**', kind: 'bulk', sizeBytes: 300, fileCount: 9000 },
      { path: '/usr/bin/go', kind: 'symlink', sizeBytes: 0, target: '/usr/lib/go-1.18/bin/go' },
    ]);
    expect(lookupPath(tree, '/usr/bin/go')?.viaBulk).toBe(true);
    expect(lookupPath(tree, '/usr/bin/gcc')).toBeNull();
    expect(fileCount(tree)).toBe(9001);
    expect(largestPaths(tree)[0]).toEqual({ path: '/usr/lib/go-1.18', sizeBytes: 300 });
  });

  it('follows a relative symlink with .. from the folder the link is in', () => {
    const tree = treeFromEntries([
      { path: '/usr/local/lib/node_modules/npm/bin/npm-cli.js', kind: 'script', sizeBytes: 100 },
      {
        path: '/usr/local/bin/npm',
        kind: 'symlink',
        sizeBytes: 0,
        target: '../lib/node_modules/npm/bin/npm-cli.js',
      },
      { path: '/usr/local/bin/python', kind: 'symlink', sizeBytes: 0, target: 'python3' },
      { path: '/usr/local/bin/python3', kind: 'regular', sizeBytes: 5 },
    ]);
    expect(lookupPath(tree, '/usr/local/bin/npm')?.entry.path).toBe(
      '/usr/local/lib/node_modules/npm/bin/npm-cli.js',
    );
    expect(lookupPath(tree, '/usr/local/bin/python')?.entry.sizeBytes).toBe(5);
  });

  it('never records negative or NaN sizes', () => {
    const l = new LayerWriter(new Map());
    l.add(file('/x', -5));
    l.add(file('/y', Number.NaN));
    expect(l.sizeBytes()).toBe(0);
  });
});
