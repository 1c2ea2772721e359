/**
 * A small memo of catalog resolutions and parsed references: the same few image names are looked
 * up on every keystroke in the editor, so each is resolved once.
 */
import { parseImageReference, type ReferenceParse } from '../../catalog/reference';
import { resolveImage } from '../../catalog/resolve';
import type { ImageResolution } from '../../catalog/types';

const MAX = 512;
const resolutions = new Map<string, ImageResolution>();
const references = new Map<string, ReferenceParse>();

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (map.size >= MAX) map.clear();
  map.set(key, value);
  return value;
}

/** `resolveImage`, memoised. */
export function resolveImageCached(ref: string): ImageResolution {
  return remember(resolutions, ref, () => resolveImage(ref));
}

/** `parseImageReference`, memoised. */
export function parseReferenceCached(ref: string): ReferenceParse {
  return remember(references, ref, () => parseImageReference(ref));
}
