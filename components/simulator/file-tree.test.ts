import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '@/lib/catalog/types';
import { buildFileTree, pathSegments, treeRows, visibleRows } from './file-tree';
import { singleStageResult } from './fixtures';

const files: ManifestEntry[] = [
  { path: '/app', kind: 'elf', sizeBytes: 1_800_000, linkage: 'static' },
  { path: '/usr/lib/go-1.18', kind: 'bulk', sizeBytes: 300_000_000, fileCount: 9_000 },
  { path: '/usr/lib/go-1.18/bin/go', kind: 'elf', sizeBytes: 13_000_000 },
  { path: '/usr/bin/sh', kind: 'symlink', sizeBytes: 4, target: 'dash' },
  { path: '/etc/', kind: 'dir', sizeBytes: 0 },
  { path: '/usr/share/**', kind: 'bulk', sizeBytes: 2_000, fileCount: null },
];

describe('pathSegments', () => {
  it('normalises odd paths', () => {
    expect(pathSegments('//usr/./lib//')).toEqual(['usr', 'lib']);
    expect(pathSegments('/usr/share/**')).toEqual(['usr', 'share']);
    expect(pathSegments('')).toEqual([]);
  });
});

describe('buildFileTree', () => {
  const tree = buildFileTree(files);

  it('adds up sizes per folder and for the whole image', () => {
    expect(tree.sizeBytes).toBe(1_800_000 + 300_000_000 + 13_000_000 + 4 + 2_000);
    const usr = tree.children.find((c) => c.name === 'usr');
    expect(usr?.sizeBytes).toBe(300_000_000 + 13_000_000 + 4 + 2_000);
  });

  it('sorts children largest first', () => {
    expect(tree.children.map((c) => c.name)).toEqual(['usr', 'app', 'etc']);
  });

  it('labels bulk entries as summaries with their file count, beside listed files', () => {
    const go = tree.children[0].children.find((c) => c.name === 'lib')?.children[0];
    expect(go?.path).toBe('/usr/lib/go-1.18');
    expect(go?.children.map((c) => c.kind)).toEqual(['summary', 'dir']);
    expect(go?.children[0].name).toBe('9,000 files (summarised)');
    expect(go?.fileCount).toBe(9_001);
  });

  it('says when a file count is unknown', () => {
    const share = tree.children[0].children.find((c) => c.name === 'share');
    expect(share?.fileCountApprox).toBe(true);
    expect(share?.children[0].name).toContain('count unknown');
    expect(tree.fileCountApprox).toBe(true);
  });

  it('keeps listed folders and symlinks', () => {
    expect(tree.children.find((c) => c.name === 'etc')?.kind).toBe('dir');
    const sh = tree.children[0].children.find((c) => c.name === 'bin')?.children[0];
    expect(sh?.kind).toBe('symlink');
    expect(sh?.entry?.target).toBe('dash');
  });

  it('matches the fixture image total', () => {
    const img = singleStageResult.image!;
    expect(buildFileTree(img.files).sizeBytes).toBe(img.sizeBytes);
  });

  it('builds a tree of twenty thousand entries', () => {
    const many: ManifestEntry[] = [];
    for (let i = 0; i < 20_000; i++)
      many.push({ path: `/srv/d${i % 50}/f${i}.txt`, kind: 'regular', sizeBytes: i });
    const big = buildFileTree(many);
    expect(big.fileCount).toBe(20_000);
    expect(big.children[0].children).toHaveLength(50);
  });
});

describe('visibleRows', () => {
  const tree = buildFileTree(files);
  it('shows only top-level rows until folders are expanded', () => {
    expect(visibleRows(tree, new Set()).map((r) => r.node.path)).toEqual(['/usr', '/app', '/etc']);
  });
  it('shows the children of expanded folders with their level and position', () => {
    const rows = visibleRows(tree, new Set(['/usr', '/usr/lib']));
    const lib = rows.find((r) => r.node.path === '/usr/lib');
    expect(lib?.level).toBe(2);
    const go = rows.find((r) => r.node.path === '/usr/lib/go-1.18');
    expect(go?.level).toBe(3);
    expect(go?.parentPath).toBe('/usr/lib');
    expect(rows.some((r) => r.node.path === '/usr/lib/go-1.18/bin')).toBe(false);
  });
  it('limits how many children a folder shows', () => {
    const rows = visibleRows(tree, new Set(['/usr']), () => 1);
    expect(rows.filter((r) => r.level === 2)).toHaveLength(1);
    expect(rows.find((r) => r.level === 2)?.setSize).toBe(3);
  });
});

describe('treeRows', () => {
  it('adds a "more" row where a folder shows only part of its children', () => {
    const many: ManifestEntry[] = Array.from({ length: 5 }, (_, i) => ({
      path: `/d/f${i}`,
      kind: 'regular' as const,
      sizeBytes: 10 - i,
    }));
    const t = buildFileTree(many);
    const rows = treeRows(t, new Set(['/d']), (p) => (p === '/d' ? 2 : Infinity));
    expect(rows.map((r) => (r.type === 'node' ? r.node.path : `more:${r.hidden}`))).toEqual([
      '/d',
      '/d/f0',
      '/d/f1',
      'more:3',
    ]);
    expect(rows[3]).toMatchObject({ type: 'more', parentPath: '/d', level: 2 });
  });
});
