/**
 * A stage's tree over a shared, read-only base tree: the stage's own changes (replacements, removals
 * and additions) are kept beside the base, so starting a stage from an image costs nothing per base
 * entry. It reads, writes and iterates exactly as a `Map` copied from the base and then changed would
 * (same entries, same order), and answers prefix queries (a folder's contents) from an index of the
 * base built once per base tree, instead of a scan of every entry.
 */
import type { ManifestEntry } from '../../catalog/types';
import { isUnder } from './paths';
import type { FsTree } from './tree';

/** Per base tree: for each prefix, the base's keys at or below it, in the base's order. */
const INDEXES = new WeakMap<ReadonlyMap<string, ManifestEntry>, Map<string, string[]>>();

/**
 * For each prefix, the keys under it (`isUnder(key, p)`): a key is under itself and under its text
 * up to each `/` (`/a/b` under `/a/b`, `/a` and ``). `/` covers every key and is not looked up here.
 */
function indexOf(base: ReadonlyMap<string, ManifestEntry>): Map<string, string[]> {
  let index = INDEXES.get(base);
  if (index) return index;
  const built = new Map<string, string[]>();
  const add = (prefix: string, key: string) => {
    const list = built.get(prefix);
    if (list) list.push(key);
    else built.set(prefix, [key]);
  };
  base.forEach((_, key) => {
    add(key, key);
    for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1)) add(key.slice(0, i), key);
  });
  INDEXES.set(base, built);
  index = built;
  return index;
}

/** A base tree in order: its keys and entries as arrays, and each key's position. */
interface BaseOrder {
  keys: string[];
  values: ManifestEntry[];
  positions: Map<string, number>;
}

const ORDERS = new WeakMap<ReadonlyMap<string, ManifestEntry>, BaseOrder>();

function orderOf(base: ReadonlyMap<string, ManifestEntry>): BaseOrder {
  let order = ORDERS.get(base);
  if (!order) {
    const built: BaseOrder = { keys: [], values: [], positions: new Map() };
    base.forEach((entry, key) => {
      built.positions.set(key, built.keys.length);
      built.keys.push(key);
      built.values.push(entry);
    });
    ORDERS.set(base, built);
    order = built;
  }
  return order;
}

/** A base position replaced (an entry) or removed (null). */
interface Change {
  at: number;
  entry: ManifestEntry | null;
}

/** A tree that is a read-only base with this stage's changes over it. */
export class OverlayTree implements FsTree {
  /** Base keys replaced in place (an entry) or removed (null). */
  private over: Map<string, ManifestEntry | null>;
  /** Keys not in the base (or removed from it and written again): after the base's, in insertion order. */
  private added: Map<string, ManifestEntry>;
  private removed: number;
  /** Counts changes to `over`; `inOrder` holds its changes by base position as of `inOrderVersion`. */
  private version = 0;
  private inOrder: Change[] = [];
  private inOrderVersion = -1;

  constructor(
    readonly base: ReadonlyMap<string, ManifestEntry>,
    from?: OverlayTree,
  ) {
    this.over = from ? new Map(from.over) : new Map();
    this.added = from ? new Map(from.added) : new Map();
    this.removed = from ? from.removed : 0;
  }

  /** An independent copy (the base stays shared). */
  clone(): OverlayTree {
    return new OverlayTree(this.base, this);
  }

  get size(): number {
    return this.base.size - this.removed + this.added.size;
  }

  get(path: string): ManifestEntry | undefined {
    const a = this.added.get(path);
    if (a !== undefined) return a;
    const o = this.over.get(path);
    if (o !== undefined) return o ?? undefined;
    return this.base.get(path);
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  set(path: string, entry: ManifestEntry): this {
    if (this.added.has(path)) this.added.set(path, entry);
    else {
      const o = this.over.get(path);
      // A base key still there is replaced in place; a new or removed one goes after the rest.
      if (o !== null && (o !== undefined || this.base.has(path))) {
        this.over.set(path, entry);
        this.version++;
      } else this.added.set(path, entry);
    }
    return this;
  }

  delete(path: string): boolean {
    if (this.added.delete(path)) return true;
    const o = this.over.get(path);
    if (o === null || (o === undefined && !this.base.has(path))) return false;
    this.over.set(path, null);
    this.version++;
    this.removed++;
    return true;
  }

  /** The changes to base entries, by base position. */
  private changesInOrder(): Change[] {
    if (this.inOrderVersion !== this.version) {
      const { positions } = orderOf(this.base);
      const list: Change[] = [];
      this.over.forEach((entry, path) => list.push({ at: positions.get(path) ?? -1, entry }));
      this.inOrder = list.sort((a, b) => a.at - b.at);
      this.inOrderVersion = this.version;
    }
    return this.inOrder;
  }

  forEach(visit: (entry: ManifestEntry, path: string) => void): void {
    const { keys, values } = orderOf(this.base);
    const changes = this.over.size === 0 ? [] : this.changesInOrder();
    const version = this.version;
    let c = 0;
    for (let i = 0; i < keys.length; i++) {
      if (this.version !== version) {
        // Changed while being read: read the rest live, as a Map's forEach would.
        for (let j = i; j < keys.length; j++) {
          const o = this.over.get(keys[j]);
          if (o !== null) visit(o ?? values[j], keys[j]);
        }
        break;
      }
      if (c < changes.length && changes[c].at === i) {
        const entry = changes[c++].entry;
        if (entry !== null) visit(entry, keys[i]);
      } else visit(values[i], keys[i]);
    }
    this.added.forEach(visit);
  }

  /** Every entry in order (`[...values()]`): the base's list with this tree's changes, in one array of the right size. */
  entryList(): ManifestEntry[] {
    const { values } = orderOf(this.base);
    const out = new Array<ManifestEntry>(this.size);
    let k = 0;
    if (this.over.size === 0) for (let i = 0; i < values.length; i++) out[k++] = values[i];
    else {
      const changes = this.changesInOrder();
      let c = 0;
      for (let i = 0; i < values.length; i++) {
        if (c < changes.length && changes[c].at === i) {
          const entry = changes[c++].entry;
          if (entry !== null) out[k++] = entry;
        } else out[k++] = values[i];
      }
    }
    this.added.forEach((entry) => {
      out[k++] = entry;
    });
    out.length = k;
    return out;
  }

  /** `forEach` limited to the entries at or below `prefix` (in the same order). */
  forEachUnder(prefix: string, visit: (entry: ManifestEntry, path: string) => void): void {
    if (prefix === '/') return this.forEach(visit);
    const keys = indexOf(this.base).get(prefix);
    if (keys) {
      const over = this.over;
      for (const path of keys) {
        const o = over.get(path);
        if (o !== null) visit(o ?? (this.base.get(path) as ManifestEntry), path);
      }
    }
    this.added.forEach((entry, path) => {
      if (isUnder(path, prefix)) visit(entry, path);
    });
  }

  /**
   * Each difference from the base, with the path's position in this tree's order: a base entry
   * replaced (`before` and `after`) or removed (`after` null), and each entry added after the base's.
   */
  forEachChange(
    visit: (
      path: string,
      before: ManifestEntry | undefined,
      after: ManifestEntry | null,
      order: number,
    ) => void,
  ): void {
    if (this.over.size > 0) {
      const { positions } = orderOf(this.base);
      this.over.forEach((after, path) => visit(path, this.base.get(path), after, positions.get(path) ?? -1));
    }
    let order = this.base.size;
    this.added.forEach((after, path) => visit(path, undefined, after, order++));
  }

  /** True when `test` holds for some live key at or below `prefix` (stops at the first). */
  someUnder(prefix: string, test: (path: string) => boolean): boolean {
    if (prefix !== '/') {
      const keys = indexOf(this.base).get(prefix);
      if (keys) for (const path of keys) if (this.over.get(path) !== null && test(path)) return true;
    } else for (const path of this.base.keys()) if (this.over.get(path) !== null && test(path)) return true;
    for (const path of this.added.keys()) if (isUnder(path, prefix) && test(path)) return true;
    return false;
  }

  *keys(): IterableIterator<string> {
    for (const path of this.base.keys()) if (this.over.get(path) !== null) yield path;
    yield* this.added.keys();
  }

  *values(): IterableIterator<ManifestEntry> {
    for (const path of this.base.keys()) {
      const o = this.over.get(path);
      if (o !== null) yield o ?? (this.base.get(path) as ManifestEntry);
    }
    yield* this.added.values();
  }

  *entries(): IterableIterator<[string, ManifestEntry]> {
    for (const [path, entry] of this.base) {
      const o = this.over.get(path);
      if (o !== null) yield [path, o ?? entry];
    }
    yield* this.added.entries();
  }

  [Symbol.iterator](): IterableIterator<[string, ManifestEntry]> {
    return this.entries();
  }
}
