/** Dotted version numbers (`1.9` < `1.18`, `24.21.0` > `24.19`), as image tags and runtimes write them. */

/** Compares dotted versions number by number; anything between the numbers is ignored, a missing part counts as 0. */
export function compareDottedVersions(a: string, b: string): number {
  const pa = numbers(a);
  const pb = numbers(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function numbers(version: string): number[] {
  return version
    .split(/[^\d]+/)
    .filter(Boolean)
    .map(Number);
}
