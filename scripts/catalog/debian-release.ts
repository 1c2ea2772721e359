/**
 * Loads one Debian release's package indexes from the apt lists kept in the cache
 * (.cache/catalog-sources/apt/lists, filled by `scripts/catalog/apt-update.sh`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePackages, type DebPackage } from './debian-index';
import { CACHE_DIR } from './util';

export interface DebianRelease {
  suite: string;
  /** The `Date:` of the suite's InRelease file (ISO day), or null. */
  date: string | null;
  packages: Map<string, DebPackage>;
}

export function aptListsDir(): string {
  return join(CACHE_DIR, 'apt', 'lists');
}

/** The release's main, -updates and -security Packages indexes merged (newest version wins), or null. */
export function loadDebianRelease(suite: string): DebianRelease | null {
  const dir = aptListsDir();
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) =>
    new RegExp(`_dists_${suite}(-updates|-security)?_main_binary-amd64_Packages$`).test(f),
  );
  if (files.length === 0) return null;
  const texts = files.sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const inRelease = readdirSync(dir).find((f) => f.endsWith(`_dists_${suite}_InRelease`));
  let date: string | null = null;
  if (inRelease) {
    const m = /^Date: (.+)$/m.exec(readFileSync(join(dir, inRelease), 'utf8'));
    if (m) date = new Date(m[1]).toISOString().slice(0, 10);
  }
  return { suite, date, packages: parsePackages(texts) };
}
