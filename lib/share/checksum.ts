/**
 * FNV-1a, 32 bits, over UTF-16 code units. Not cryptographic: it only tells a link that was damaged
 * or edited by hand from one the site wrote.
 */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
