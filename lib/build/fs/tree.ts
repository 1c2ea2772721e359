/**
 * The merged filesystem of an image or stage: a map from path to manifest entry. Lookups are by
 * path; only prefix queries (a directory's contents, `rm -rf dir`) scan, and manifests are coarse
 * (bulk entries stand for many files), so trees stay small.
 */
import type { ManifestEntry } from '../../catalog/types';
import { entryRoot, isUnder, normalizePath } from './paths';

/** A merged filesystem: normalised path → entry. */
export type FsTree = Map<string, ManifestEntry>;

/** A tree from manifest entries (later entries replace earlier ones at the same path). */
export function treeFromEntries(entries: readonly ManifestEntry[]): FsTree {
  const tree: FsTree = new Map();
  for (const e of entries) tree.set(entryRoot(e.path), e);
  return tree;
}

/** A shallow copy (entries are immutable values and are shared). */
export function cloneTree(tree: FsTree): FsTree {
  return new Map(tree);
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
export function lookupPath(tree: FsTree, path: string): Lookup | null {
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

/** True when something exists at `path` (file, directory, or inside a bulk entry). */
export function pathExists(tree: FsTree, path: string): boolean {
  if (lookupPath(tree, path)) return true;
  // A directory exists implicitly when entries live below it.
  const prefix = path === '/' ? '/' : `${path}/`;
  for (const key of tree.keys()) if (key.startsWith(prefix)) return true;
  return false;
}

/** Every entry at or below `prefix` (a directory's contents; `/` is everything). */
export function entriesUnder(tree: FsTree, prefix: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  for (const [key, entry] of tree) if (isUnder(key, prefix)) out.push(entry);
  return out;
}

/** Total bytes of all entries. */
export function treeSize(tree: FsTree): number {
  let total = 0;
  for (const e of tree.values()) total += safeSize(e.sizeBytes);
  return total;
}

/** Number of files the tree stands for (bulk entries count their files when known, else 1). */
export function fileCount(tree: FsTree): number {
  let n = 0;
  for (const e of tree.values()) {
    if (e.kind === 'dir') continue;
    n += e.kind === 'bulk' ? Math.max(1, e.fileCount ?? 1) : 1;
  }
  return n;
}

/** The same order as `String.prototype.localeCompare` without arguments, without its per-call setup. */
const COLLATOR = new Intl.Collator();

/** The `limit` biggest paths, largest first. */
export function largestPaths(tree: FsTree, limit = 20): Array<{ path: string; sizeBytes: number }> {
  const all: Array<{ path: string; sizeBytes: number }> = [];
  for (const [path, e] of tree) if (e.sizeBytes > 0) all.push({ path, sizeBytes: e.sizeBytes });
  all.sort((a, b) => b.sizeBytes - a.sizeBytes || COLLATOR.compare(a.path, b.path));
  return all.slice(0, limit);
}

/** A size that is safe to add: finite and non-negative, else 0. */
export function safeSize(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}
