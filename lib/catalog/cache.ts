/**
 * Memoised catalog look-ups. The engine runs on every keystroke, and the plan, the lint and the
 * simulation each ask about the same few image names, so each name is resolved once and all of them
 * get the same object back. The memos are bounded because a hostile Dockerfile can name thousands of
 * different images and the editor's worker lives for the whole session.
 */
import { parseImageReference, type ReferenceParse } from './reference';
import { catalogGeneration } from './generation';
import { resolveImage } from './resolve';
import type { ImageResolution } from './types';

/**
 * A memo of at most `limit` computed values that forgets those unused longest. Values may be null (a
 * look-up that found nothing is remembered too).
 *
 * It keeps two generations of half the limit each rather than an exact recency order: a hit in the
 * newer one is a single map read, as cheap as an unbounded map, and a hit in the older one moves the
 * value up, so names used on every run stay while the ones no longer asked for age out.
 */
export class BoundedMemo<V> {
  /** The most values kept (at least 2: one per generation). */
  readonly limit: number;
  private readonly half: number;
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(limit: number) {
    this.limit = Number.isFinite(limit) ? Math.max(2, Math.floor(limit)) : 2;
    this.half = Math.floor(this.limit / 2);
  }

  /** The value for `key`, computed by `make` the first time (and again once it was forgotten). */
  get(key: string, make: (key: string) => V): V {
    const hit = this.current.get(key);
    if (hit !== undefined || this.current.has(key)) return hit as V;
    const old = this.previous.get(key);
    const value = old !== undefined || this.previous.has(key) ? (old as V) : make(key);
    if (this.current.size >= this.half) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }

  /** How many values are kept now (a value moved up from the older generation counts twice). */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** Forgets every value. */
  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }
}

/** How many image names are remembered: far more than a real Dockerfile names, a few hundred kB at most. */
export const IMAGE_MEMO_LIMIT = 1024;

const resolutions = new BoundedMemo<ImageResolution>(IMAGE_MEMO_LIMIT);
let resolvedAt = catalogGeneration();
const references = new BoundedMemo<ReferenceParse>(IMAGE_MEMO_LIMIT);

/**
 * `resolveImage`, memoised: the same reference gives the same object (callers may key caches on it)
 * while it is among the last {@link IMAGE_MEMO_LIMIT} references asked about. Never throws.
 */
export function resolveImageCached(ref: string): ImageResolution {
  // Data registered since (a Debian release's programs) changes what an image contains.
  if (catalogGeneration() !== resolvedAt) {
    resolutions.clear();
    resolvedAt = catalogGeneration();
  }
  return resolutions.get(ref, resolveImage);
}

/** `parseImageReference`, memoised like {@link resolveImageCached}. Never throws. */
export function parseReferenceCached(ref: string): ReferenceParse {
  return references.get(ref, parseImageReference);
}
