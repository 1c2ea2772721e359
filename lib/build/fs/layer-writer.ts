/**
 * Writing one layer over a stage's filesystem. Changes are collected in an upper map (path → entry,
 * or null for a whiteout) over the lower tree, so a layer's net effect is computed against the tree
 * before it: a file added and removed within the same RUN leaves nothing, while removing a lower
 * layer's file only records a whiteout (OCI image-spec layer.md "Whiteouts") and frees no space.
 */
import type { ManifestEntry } from '../../catalog/types';
import type { FsChange } from '../types';
import { entryRoot, isUnder } from './paths';
import { addFog, type Fog, fogCovers, missing, type Probe, present } from './presence';
import { forEachUnder, type FsTree, type Lookup, lookupPath, safeSize, someUnder } from './tree';

/** The pending changes of one layer over a stage's tree. */
export class LayerWriter {
  private readonly upper = new Map<string, ManifestEntry | null>();
  /** Unknown regions this layer writes (see presence.ts). */
  private readonly newFog: Fog[] = [];
  /** Paths removed by this layer: lower fog at or below them is cleared on commit. */
  private readonly cleared: string[] = [];

  /**
   * `lower` is the stage's tree before this layer and `lowerFog` its unknown regions; both are only
   * changed by `commit()`.
   */
  constructor(
    private readonly lower: FsTree,
    private readonly lowerFog: Fog[] = [],
  ) {}

  /** Mark `region.path` (and everything below it) as unknown for `region.reason`. */
  addFog(region: Fog): void {
    if (region.path === '') return;
    const over = this.fogOver(region.path);
    if (over && (!over.sizeKnown || region.sizeKnown)) return;
    addFog(this.newFog, region);
  }

  /** The unknown regions this layer adds. */
  fog(): readonly Fog[] {
    return this.newFog;
  }

  private fogOver(path: string): Fog | null {
    for (const list of [this.newFog, this.lowerFog])
      for (const f of list)
        if (fogCovers(f, path) && !(list === this.lowerFog && this.cleared.some((c) => isUnder(f.path, c))))
          return f;
    return null;
  }

  /**
   * Is `path` there, as the layer sees it: present, absent, or unknown (under fog). `implicitDirs`
   * (default true) also finds folders that exist only because entries live below them (a scan).
   */
  probe(path: string, implicitDirs = true): Probe {
    const hit = this.lookup(path);
    if (hit) return present(path, hit.entry, hit.viaBulk);
    if (implicitDirs && this.exists(path)) return present(path, { path, kind: 'dir', sizeBytes: 0 });
    const f = this.fogOver(path);
    return f ? { presence: 'unknown', path, because: f.reason } : missing([], path);
  }

  /** Add or replace a path. Sizes are made safe (finite, non-negative). */
  add(entry: ManifestEntry): void {
    const path = entryRoot(entry.path);
    const size = safeSize(entry.sizeBytes);
    this.upper.set(
      path,
      size === entry.sizeBytes && path === entry.path ? entry : { ...entry, path, sizeBytes: size },
    );
  }

  /**
   * Remove a path and, when `recursive`, everything below it. Returns how many entries were removed
   * (from this layer or from lower layers).
   */
  remove(path: string, recursive = true): number {
    let removed = 0;
    const drop = (p: string) => {
      if (this.lower.has(p)) this.upper.set(p, null);
      else this.upper.delete(p);
      removed++;
    };
    const match = (p: string) => (recursive ? isUnder(p, path) : p === path);
    if (recursive) {
      this.cleared.push(path);
      for (let i = this.newFog.length - 1; i >= 0; i--)
        if (isUnder(this.newFog[i].path, path)) this.newFog.splice(i, 1);
    }
    if (recursive)
      forEachUnder(this.lower, path, (_, p) => {
        if (this.upper.get(p) !== null) drop(p);
      });
    else if (this.lower.has(path) && this.upper.get(path) !== null) drop(path);
    const own: string[] = [];
    this.upper.forEach((e, p) => {
      if (e && match(p)) own.push(p);
    });
    for (const p of own) drop(p);
    return removed;
  }

  /**
   * Remove every path matching `test` (used for globs such as `/var/lib/apt/lists/*`). `within`: a
   * folder every matching path lies at or below (only its part of the tree is read).
   */
  removeWhere(test: (path: string) => boolean, within = '/'): number {
    let removed = 0;
    forEachUnder(this.lower, within, (_, p) => {
      if (test(p) && this.upper.get(p) !== null) {
        this.upper.set(p, null);
        removed++;
      }
    });
    const own: string[] = [];
    this.upper.forEach((e, p) => {
      if (e && test(p)) own.push(p);
    });
    for (const p of own) {
      if (this.lower.has(p)) this.upper.set(p, null);
      else this.upper.delete(p);
      removed++;
    }
    return removed;
  }

  /** The entry at `path` as the layer sees it (its own changes over the lower tree). */
  lookup(path: string): Lookup | null {
    if (this.upper.has(path)) {
      const e = this.upper.get(path);
      if (!e) return null;
      if (e.kind !== 'symlink') return { entry: e, viaBulk: false };
    }
    const own = lookupPath(this.lower, path);
    if (own && this.upper.get(entryRoot(own.entry.path)) === null) return null;
    if (own) return own;
    for (const p of this.upper.keys()) {
      const e = this.upper.get(p);
      if (e && e.kind === 'bulk' && isUnder(path, p)) return { entry: e, viaBulk: true };
    }
    return null;
  }

  /** True when the path exists (including implicit directories). */
  exists(path: string): boolean {
    if (this.lookup(path)) return true;
    const prefix = `${path}/`;
    for (const p of this.upper.keys()) if (p.startsWith(prefix) && this.upper.get(p)) return true;
    // One pass over the lower tree's part below the path: an entry that this layer has not removed.
    let below = false;
    const live = someUnder(this.lower, path, (p) => {
      if (!p.startsWith(prefix)) return false;
      below = true;
      return this.upper.get(p) !== null;
    });
    if (live) return true;
    if (!below && !lookupPath(this.lower, path)) return false;
    return this.lower.has(path) && this.upper.get(path) !== null;
  }

  /** True when some live entry lies at or below `prefix` (`entriesUnder(prefix).length > 0`, stopping early). */
  anyUnder(prefix: string): boolean {
    for (const p of this.upper.keys()) if (isUnder(p, prefix) && this.upper.get(p)) return true;
    return someUnder(this.lower, prefix, (p) => !this.upper.has(p));
  }

  /** Every live entry at or below `prefix`, as the layer sees it. */
  entriesUnder(prefix: string): ManifestEntry[] {
    const out: ManifestEntry[] = [];
    forEachUnder(this.lower, prefix, (e, p) => {
      if (!this.upper.has(p)) out.push(e);
    });
    this.upper.forEach((e, p) => {
      if (e && isUnder(p, prefix)) out.push(e);
    });
    return out;
  }

  /** The layer's net changes: adds (and replaces) first, then whiteouts. */
  changes(): FsChange[] {
    const adds: FsChange[] = [];
    const deletes: FsChange[] = [];
    this.upper.forEach((e, path) => {
      if (e) adds.push({ op: 'add', entry: e });
      else deletes.push({ op: 'delete', path });
    });
    return deletes.length === 0 ? adds : adds.concat(deletes);
  }

  /** Bytes this layer adds: the sum of what it adds or replaces. Whiteouts weigh nothing. */
  sizeBytes(): number {
    let total = 0;
    for (const e of this.upper.values()) if (e) total += safeSize(e.sizeBytes);
    return total;
  }

  /** Bytes of lower-layer files this layer whites out: they stay in the image all the same. */
  whiteoutBytes(): number {
    let total = 0;
    this.upper.forEach((e, path) => {
      if (e === null) total += safeSize(this.lower.get(path)?.sizeBytes);
    });
    return total;
  }

  /** Apply the changes to the lower tree and fog (in place) and return the tree. */
  commit(): FsTree {
    this.upper.forEach((e, path) => {
      if (e) this.lower.set(path, e);
      else this.lower.delete(path);
    });
    this.upper.clear();
    for (const c of this.cleared)
      for (let i = this.lowerFog.length - 1; i >= 0; i--)
        if (isUnder(this.lowerFog[i].path, c)) this.lowerFog.splice(i, 1);
    this.cleared.length = 0;
    for (const f of this.newFog) addFog(this.lowerFog, f);
    this.newFog.length = 0;
    return this.lower;
  }
}

/** Merge a list of layers' changes into a tree, in order (what the image's filesystem is). */
export function mergeLayers(layers: ReadonlyArray<{ changes: readonly FsChange[] }>): FsTree {
  const tree: FsTree = new Map();
  for (const layer of layers) {
    for (const c of layer.changes) {
      if (c.op === 'add') tree.set(entryRoot(c.entry.path), c.entry);
      else tree.delete(c.path);
    }
  }
  return tree;
}
