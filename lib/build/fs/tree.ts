/**
 * The merged filesystem of an image or stage: a map from path to manifest entry. Lookups are by
 * path; only prefix queries (a directory's contents, `rm -rf dir`) scan, and manifests are coarse
 * (bulk entries stand for many files), so trees stay small.
 */
import type { ManifestEntry } from '../../catalog/types';
import { OverlayTree } from './overlay';
import { entryRoot, isUnder, normalizePath } from './paths';

/** A merged filesystem: normalised path → entry (a `Map`, or anything that reads and writes as one). */
export interface FsTree extends ReadonlyFsTree {
  set(path: string, entry: ManifestEntry): unknown;
  delete(path: string): boolean;
}

/** A tree that is only read (a base image's shared tree, the source of COPY --from). */
export interface ReadonlyFsTree {
  readonly size: number;
  get(path: string): ManifestEntry | undefined;
  has(path: string): boolean;
  keys(): IterableIterator<string>;
  values(): IterableIterator<ManifestEntry>;
  entries(): IterableIterator<[string, ManifestEntry]>;
  forEach(visit: (entry: ManifestEntry, path: string) => void): void;
  [Symbol.iterator](): IterableIterator<[string, ManifestEntry]>;
}

/** A tree from manifest entries (later entries replace earlier ones at the same path). */
export function treeFromEntries(entries: readonly ManifestEntry[]): Map<string, ManifestEntry> {
  const tree = new Map<string, ManifestEntry>();
  for (const e of entries) tree.set(entryRoot(e.path), e);
  return tree;
}

/**
 * A shallow copy (entries are immutable values and are shared). A tree over a shared base copies only
 * its own changes. Else copied with forEach: `new Map(tree)` goes through the iterator and allocates
 * a [key, value] pair per entry.
 */
export function cloneTree(tree: ReadonlyFsTree): FsTree {
  if (tree instanceof OverlayTree) return tree.clone();
  const copy = new Map<string, ManifestEntry>();
  tree.forEach((entry, path) => copy.set(path, entry));
  return copy;
}

/**
 * Visit every entry at or below `prefix`, in the tree's order. A tree over a shared base answers from
 * the base's index; any other tree is scanned.
 */
export function forEachUnder(
  tree: ReadonlyFsTree,
  prefix: string,
  visit: (entry: ManifestEntry, path: string) => void,
): void {
  if (tree instanceof OverlayTree) tree.forEachUnder(prefix, visit);
  else if (prefix === '/') tree.forEach(visit);
  else
    tree.forEach((entry, path) => {
      if (isUnder(path, prefix)) visit(entry, path);
    });
}

/** True when `test` holds for some path at or below `prefix` (stops at the first). */
export function someUnder(tree: ReadonlyFsTree, prefix: string, test: (path: string) => boolean): boolean {
  if (tree instanceof OverlayTree) return tree.someUnder(prefix, test);
  for (const path of tree.keys()) if (isUnder(path, prefix) && test(path)) return true;
  return false;
}

/** How a path was found: the entry itself, or inside a bulk entry that stands for its folder. */
export interface Lookup {
  entry: ManifestEntry;
  /** True when the path is only known to exist because a bulk entry covers its folder. */
  viaBulk: boolean;
}

/**
 * Find a path among the known entries: the exact entry, a symlink followed (up to 8 hops), or a bulk
 * ancestor. Null when no entry covers it (absent, or unknown under fog: ask `probePath`).
 */
export function lookupPath(tree: ReadonlyFsTree, path: string): Lookup | null {
  let current = path;
  for (let hop = 0; hop < 8; hop++) {
    const entry = tree.get(current);
    if (entry) {
      if (entry.kind === 'symlink' && entry.target) {
        // A relative target (`../lib/node_modules/npm/bin/npm-cli.js`) is relative to the link's folder.
        current = normalizePath(entry.target, current.slice(0, current.lastIndexOf('/')) || '/');
        continue;
      }
      return { entry, viaBulk: false };
    }
    break;
  }
  // A bulk ancestor that summarises one specific folder (e.g. /usr/lib/go-1.18, a package in
  // site-packages) stands for the files below it. Broad remainders such as `/usr/**` or `/**` only
  // make the sizes add up: they do not mean any file exists (what the model does not know is fog,
  // see presence.ts).
  let dir = current;
  while (dir.length > 1) {
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
    const anc = tree.get(dir);
    if (anc) {
      if (anc.kind !== 'bulk') return null;
      if (dir.split('/').length > 3) return { entry: anc, viaBulk: true };
    }
    if (dir === '/') break;
  }
  return null;
}

/** Every entry at or below `prefix` (a directory's contents; `/` is everything). */
export function entriesUnder(tree: ReadonlyFsTree, prefix: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  forEachUnder(tree, prefix, (entry) => out.push(entry));
  return out;
}

/** Every entry, in the tree's order (`[...tree.values()]` without an iterator). */
export function treeEntries(tree: ReadonlyFsTree): ManifestEntry[] {
  if (tree instanceof OverlayTree) return tree.entryList();
  const out = new Array<ManifestEntry>(tree.size);
  let i = 0;
  tree.forEach((e) => {
    out[i++] = e;
  });
  out.length = i;
  return out;
}

/** Total bytes of all entries. */
export function treeSize(tree: ReadonlyFsTree): number {
  let total = 0;
  tree.forEach((e) => {
    total += safeSize(e.sizeBytes);
  });
  return total;
}

/** Files an entry stands for: none for a folder, a bulk entry's count when known, else 1. */
function filesOf(e: ManifestEntry): number {
  return e.kind === 'dir' ? 0 : e.kind === 'bulk' ? Math.max(1, e.fileCount ?? 1) : 1;
}

interface Ranked {
  path: string;
  sizeBytes: number;
  /** Position in the tree's order (ties keep it). */
  order: number;
}

/** Per base tree: its file count and its entries of positive size, largest first (built once). */
const SUMMARIES = new WeakMap<ReadonlyMap<string, ManifestEntry>, { files: number; bySize: Ranked[] }>();

function summaryOf(base: ReadonlyMap<string, ManifestEntry>): { files: number; bySize: Ranked[] } {
  let summary = SUMMARIES.get(base);
  if (!summary) {
    let files = 0;
    let order = 0;
    const bySize: Ranked[] = [];
    base.forEach((e, path) => {
      files += filesOf(e);
      if (e.sizeBytes > 0) bySize.push({ path, sizeBytes: e.sizeBytes, order });
      order++;
    });
    summary = { files, bySize: bySize.sort(bySizeFirst) };
    SUMMARIES.set(base, summary);
  }
  return summary;
}

/** Number of files the tree stands for (bulk entries count their files when known, else 1). */
export function fileCount(tree: ReadonlyFsTree): number {
  // Over a shared base: the base's count, corrected by this tree's changes (exact for whole counts).
  if (tree instanceof OverlayTree) {
    let n = summaryOf(tree.base).files;
    let exact = Number.isSafeInteger(n);
    tree.forEachChange((_, before, after) => {
      const d = (after ? filesOf(after) : 0) - (before ? filesOf(before) : 0);
      exact &&= Number.isSafeInteger(d);
      n += d;
    });
    if (exact && Number.isSafeInteger(n)) return n;
  }
  let n = 0;
  tree.forEach((e) => {
    n += filesOf(e);
  });
  return n;
}

/** The same order as `String.prototype.localeCompare` without arguments, without its per-call setup. */
const COLLATOR = new Intl.Collator();

/** Largest first, then by path, then in the tree's order. */
function bySizeFirst(a: Ranked, b: Ranked): number {
  if (a.sizeBytes !== b.sizeBytes) return a.sizeBytes > b.sizeBytes ? -1 : 1;
  return COLLATOR.compare(a.path, b.path) || a.order - b.order;
}

/**
 * The `limit` biggest paths, largest first (ties by path). A bounded selection: only the paths that
 * make the list are kept and compared, not the whole tree sorted. Over a shared base, the base's
 * ranking (built once) is merged with this tree's changes: the same list, ties in the same order.
 */
export function largestPaths(tree: ReadonlyFsTree, limit = 20): Array<{ path: string; sizeBytes: number }> {
  const top: Array<{ path: string; sizeBytes: number }> = [];
  if (limit <= 0) return top;
  if (tree instanceof OverlayTree) {
    // The stage's own best `limit` entries (a bounded selection: a stage may add thousands)...
    const candidates: Ranked[] = [];
    const changed = new Set<string>();
    tree.forEachChange((path, before, after, order) => {
      if (before) changed.add(path);
      if (!after || !(after.sizeBytes > 0)) return;
      const r = { path, sizeBytes: after.sizeBytes, order };
      if (candidates.length === limit && bySizeFirst(r, candidates[limit - 1]) >= 0) return;
      let i = candidates.length;
      while (i > 0 && bySizeFirst(r, candidates[i - 1]) < 0) i--;
      candidates.splice(i, 0, r);
      if (candidates.length > limit) candidates.pop();
    });
    // ...merged into the base's ranking (already in order).
    const ranked = summaryOf(tree.base).bySize;
    let c = 0;
    let r = 0;
    while (top.length < limit) {
      while (r < ranked.length && changed.has(ranked[r].path)) r++;
      const fromBase = r < ranked.length ? ranked[r] : null;
      const fromStage = c < candidates.length ? candidates[c] : null;
      const next =
        fromBase && (!fromStage || bySizeFirst(fromBase, fromStage) < 0)
          ? ranked[r++]
          : fromStage
            ? candidates[c++]
            : null;
      if (!next) break;
      top.push({ path: next.path, sizeBytes: next.sizeBytes });
    }
    return top;
  }
  const before = (size: number, path: string, o: { path: string; sizeBytes: number }) =>
    size > o.sizeBytes || (size === o.sizeBytes && COLLATOR.compare(path, o.path) < 0);
  tree.forEach((e, path) => {
    const size = e.sizeBytes;
    if (!(size > 0)) return;
    if (top.length === limit && !before(size, path, top[limit - 1])) return;
    let i = top.length;
    while (i > 0 && before(size, path, top[i - 1])) i--;
    top.splice(i, 0, { path, sizeBytes: size });
    if (top.length > limit) top.pop();
  });
  return top;
}

/** A size that is safe to add: finite and non-negative, else 0. */
export function safeSize(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}
