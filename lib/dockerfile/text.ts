/**
 * Character helpers that follow Go's semantics, because Docker's parser is written in Go:
 * `unicode.IsSpace`, `strings.TrimSpace`, and the `[\t\v\f\r ]+` whitespace class it splits on.
 */

/** Go's `unicode.IsSpace` for one UTF-16 code unit. */
export function isGoSpace(code: number): boolean {
  switch (code) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/** The characters of BuildKit's `reWhitespace` / `tokenWhitespace`: `[\t\v\f\r ]`. */
export function isTokenSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

/** Index of the first character that is not a Go space, from `from`. */
export function skipGoSpace(s: string, from = 0): number {
  let i = from;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** A word and where it starts in the string it was split from. */
export interface OffsetWord {
  text: string;
  start: number;
}

/**
 * Splits on runs of `[\t\v\f\r ]` as Go's `regexp.Split(s, -1)` does (an empty string gives one
 * empty word; leading or trailing separators give empty words), keeping each word's offset.
 */
export function splitTokenSpace(s: string, base = 0): OffsetWord[] {
  const out: OffsetWord[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (isTokenSpace(s.charCodeAt(i))) {
      out.push({ text: s.slice(start, i), start: base + start });
      while (i < s.length && isTokenSpace(s.charCodeAt(i))) i++;
      start = i;
    } else {
      i++;
    }
  }
  out.push({ text: s.slice(start), start: base + start });
  return out;
}
