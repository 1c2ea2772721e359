/** Small helpers shared by the catalog generators. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where generated data is written (committed). */
export const DATA_DIR = join(ROOT, 'lib', 'catalog', 'data');
/** Where fetched source files are kept (gitignored, never committed). */
export const CACHE_DIR = process.env.CATALOG_CACHE ?? join(ROOT, '.cache', 'catalog-sources');

/** The value after a command-line flag, or null. */
export function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

/** JSON with sorted object keys and a final newline, so regenerating gives byte-identical files. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 1)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
