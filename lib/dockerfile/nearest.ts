/**
 * "Did you mean …?": the edit distance between two words and the one rule for offering the nearest of
 * a list of names (instruction keywords, stage names, variables, images).
 */

/**
 * The Levenshtein distance between two strings (insertions, deletions and substitutions of one
 * UTF-16 unit each), for "did you mean" suggestions. With `max`, only distances up to `max` are
 * exact and anything larger is reported as `max + 1`; the work is then about
 * `(2 × max + 1) × a.length` steps instead of `a.length × b.length`, which keeps long hostile names
 * cheap. Without it (Infinity) the distance is always exact.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const limit = Number.isNaN(max) ? Infinity : Math.max(0, Math.floor(max));
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  // One row of the table; cells outside the band |i - j| <= limit stand for "more than limit".
  const row = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    let diag = row[lo - 1];
    row[lo - 1] = lo === 1 ? i : over;
    let least = row[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (row[j] < least) least = row[j];
    }
    // Every edit path crosses this row and distances never shrink along a path.
    if (least > limit) return over;
  }
  return Math.min(row[b.length], over);
}

/** Fewer edits than this, or no suggestion (BuildKit's `mindist := 3`). */
const MAX_EDITS = 2;

/** How `nearestName` compares. */
export interface NearestOptions {
  /** Compare letters as they are (BuildKit does for variable and stage names on Linux); default: ignore case. */
  caseSensitive?: boolean;
  /**
   * Offer a name only when it takes fewer edits than half its letters, so that a short name (`a`,
   * `go`) is not offered for any short word.
   */
  distinctive?: boolean;
}

/**
 * The name in `names` nearest to a misspelt `word`, as BuildKit's `suggest.Search` picks it
 * (moby/buildkit util/suggest/error.go): fewer than three edits away, the first of equally near
 * names, and none at all when `word` is one of the names. Null when nothing is near enough.
 */
export function nearestName(
  word: string,
  names: Iterable<string>,
  options: NearestOptions = {},
): string | null {
  const fold = (s: string) => (options.caseSensitive ? s : s.toLowerCase());
  const w = fold(word);
  let best: string | null = null;
  let bestD = MAX_EDITS + 1;
  for (const name of names) {
    const n = fold(name);
    if (n === w) return null;
    // Only a distance below the best so far matters, which bounds the work on long words.
    const d = editDistance(w, n, bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = name;
    }
  }
  if (best === null) return null;
  return options.distinctive && bestD * 2 >= best.length ? null : best;
}
