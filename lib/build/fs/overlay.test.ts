import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../catalog/types';
import { LayerWriter } from './layer-writer';
import { OverlayTree } from './overlay';
import {
  cloneTree,
  entriesUnder,
  fileCount,
  forEachUnder,
  largestPaths,
  someUnder,
  treeEntries,
  treeFromEntries,
} from './tree';

const file = (path: string, sizeBytes = 1): ManifestEntry => ({ path, kind: 'regular', sizeBytes });

const BASE = treeFromEntries([
  { path: '/usr/lib/go/**', kind: 'bulk', sizeBytes: 5, fileCount: 40 },
  { path: '/srv', kind: 'dir', sizeBytes: 0 },
  { path: '/opt', kind: 'dir', sizeBytes: 0 },
  ...['/', '/a', '/a/b', '/a/b/c', '/a/bc', '/a/', '/ab', '/x//y', 'rel/p', '/etc/passwd', '/usr/bin/sh'].map(
    (p, i) => file(p, (i % 4) + 1),
  ),
  file('/t\u00adie', 2),
  file('/t\u200bie', 2),
]);
// Paths that differ only in characters collation ignores: ties that only the tree's order breaks.
const TIES = ['/t\u00adie', '/t\u200bie', '/tie'];
const PATHS = [
  ...BASE.keys(),
  ...TIES,
  '/a/b/d',
  '/usr/lib/go/bin',
  '/n',
  '/n/m',
  '/a/b/c/e',
  '',
  '/x/',
  '/x',
];
const PREFIXES = ['/', '', '/a', '/a/', '/a/b', '/ab', '/x', '/x/', '/n', '/zz', 'rel', '/a/b/c'];

type Op = { op: 'set'; path: string; size: number } | { op: 'delete'; path: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...PATHS), size: fc.nat(6) }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
);

/** Everything a reader can observe of a tree, in order. */
function observe(tree: OverlayTree | Map<string, ManifestEntry>) {
  const order: Array<[string, number]> = [];
  tree.forEach((e, p) => order.push([p, e.sizeBytes]));
  return {
    size: tree.size,
    order,
    keys: [...tree.keys()],
    values: [...tree.values()].map((e) => e.sizeBytes),
    entries: [...tree.entries()].map(([p, e]) => [p, e.sizeBytes]),
    listed: treeEntries(tree).map((e) => e.sizeBytes),
    files: fileCount(tree),
    largest: [1, 4, 30].map((n) => largestPaths(tree, n)),
    got: PATHS.map((p) => [tree.get(p)?.sizeBytes ?? null, tree.has(p)]),
    under: PREFIXES.map((prefix) => {
      const seen: string[] = [];
      forEachUnder(tree, prefix, (_, p) => seen.push(p));
      return [seen, entriesUnder(tree, prefix).length, someUnder(tree, prefix, (p) => p.endsWith('c'))];
    }),
  };
}

describe('a tree over a shared base', () => {
  it('reads, writes and iterates exactly as a copied Map, in the same order', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.integer({ min: -1, max: 30 }), (ops, forkAt) => {
        const map = new Map(BASE);
        let overlay = new OverlayTree(BASE);
        ops.forEach((o, i) => {
          if (i === forkAt) overlay = cloneTree(overlay) as OverlayTree;
          const a = o.op === 'set' ? map.set(o.path, file(o.path, o.size)) : map.delete(o.path);
          const b = o.op === 'set' ? overlay.set(o.path, file(o.path, o.size)) : overlay.delete(o.path);
          if (o.op === 'delete') expect(b).toBe(a);
        });
        expect(observe(overlay)).toEqual(observe(map));
      }),
      { numRuns: 400 },
    );
  });

  it('sees changes made while it is being read, as a Map does', () => {
    const read = (tree: OverlayTree | Map<string, ManifestEntry>) => {
      tree.set('/a', file('/a', 9));
      const seen: string[] = [];
      tree.forEach((e, p) => {
        seen.push(`${p}=${e.sizeBytes}`);
        if (p === '/a/b') {
          tree.delete('/a/bc');
          tree.set('/ab', file('/ab', 7));
          tree.set('/later', file('/later', 1));
        }
      });
      return seen;
    };
    expect(read(new OverlayTree(BASE))).toEqual(read(new Map(BASE)));
  });

  it('never changes the base, and a clone is independent of its source', () => {
    const before = [...BASE.entries()];
    const t = new OverlayTree(BASE);
    t.set('/a/b', file('/a/b', 500));
    t.delete('/a/b/c');
    t.set('/new', file('/new', 7));
    const c = t.clone();
    c.delete('/new');
    c.set('/a/b/c', file('/a/b/c', 9));
    expect([...BASE.entries()]).toEqual(before);
    expect(t.get('/new')?.sizeBytes).toBe(7);
    expect(t.has('/a/b/c')).toBe(false);
    expect(c.get('/a/b/c')?.sizeBytes).toBe(9);
    // Removed and written again: it now comes after the base's entries, as in a Map.
    expect([...c.keys()].slice(-1)).toEqual(['/a/b/c']);
  });

  it('a layer over it sees and removes what a layer over a plain copy does', () => {
    const run = (lower: OverlayTree | Map<string, ManifestEntry>) => {
      const w = new LayerWriter(lower);
      const seen = [w.exists('/a'), w.exists('/a/b/c/e'), w.anyUnder('/x'), w.entriesUnder('/a').length];
      const removed = [w.remove('/a/b'), w.removeWhere((p) => p.startsWith('/x/'), '/x')];
      w.add(file('/n/m', 3));
      const changes = w.changes();
      w.commit();
      return { seen, removed, changes, after: [...lower.entries()] };
    };
    expect(run(new OverlayTree(BASE))).toEqual(run(new Map(BASE)));
  });
});
