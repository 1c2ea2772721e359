/**
 * Helpers for coarse filesystem manifests: the paths that matter plus bulk entries whose sizes make the
 * manifest add up to the image's (or package's) total.
 */
import type { ManifestEntry } from './types';

/** Sum of all entry sizes. */
export function manifestTotal(entries: readonly ManifestEntry[]): number {
  let total = 0;
  for (const entry of entries) total += entry.sizeBytes;
  return total;
}

/** How the remainder of a manifest is described. */
export interface BulkSpec {
  path: string;
  note: string;
  fileCount?: number | null;
}

/**
 * Completes a manifest: `named` entries keep their sizes and one bulk entry takes the remainder so the
 * sum equals `total`. `totalIsEstimate` flags the bulk entry as an estimate (the total was not known).
 * When the named entries already exceed the total the bulk entry is 0 bytes (never negative).
 */
export function withBulk(
  named: readonly ManifestEntry[],
  total: number,
  bulk: BulkSpec,
  totalIsEstimate = false,
): ManifestEntry[] {
  const rest = Math.max(0, total - manifestTotal(named));
  const entry: ManifestEntry = {
    path: bulk.path,
    kind: 'bulk',
    sizeBytes: rest,
    fileCount: bulk.fileCount ?? null,
    note: bulk.note,
  };
  if (totalIsEstimate) entry.estimate = true;
  return [...named, entry];
}

const MAX_LINKS = 16;

/**
 * Looks a path up in a manifest, following symlinks (absolute or relative targets) up to 16 hops.
 * Returns the final entry, or null when the path (or a link target) is absent or links loop.
 */
export function lookupManifestPath(entries: readonly ManifestEntry[], path: string): ManifestEntry | null {
  const byPath = new Map<string, ManifestEntry>();
  for (const entry of entries) byPath.set(entry.path, entry);
  let current = path;
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    const entry = byPath.get(current);
    if (!entry) return null;
    if (entry.kind !== 'symlink' || entry.target === undefined) return entry;
    current = entry.target.startsWith('/')
      ? entry.target
      : `${current.slice(0, current.lastIndexOf('/'))}/${entry.target}`;
    current = normalizePath(current);
  }
  return null;
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}
