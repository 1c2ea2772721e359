/**
 * Official images from docker-library/repo-info: parses its `repos/<image>/local/<tag>.md` pages (size as
 * `docker images` shows it, Entrypoint/Command, Environment, architecture, dpkg/apk packages) from the
 * cache directory and writes lib/catalog/data/official.json.
 *
 *   tsx scripts/catalog/repo-info.ts [--fetch image:tag …]
 *
 * The cache (.cache/catalog-sources/repo-info/) holds the pages and an index.json recording, per page, the
 * repo-info commit it was read at and whether the whole page (with its package list) is there. `--fetch`
 * downloads pages from raw.githubusercontent.com (recorded as the `master` branch on the fetch date);
 * offline, the cache is used as it is. Fetched pages are never committed; only the derived figures are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR, DATA_DIR, stableJson } from './util';

export const REPO_INFO = 'docker-library/repo-info';

/** What one repo-info page says about a tag. */
export interface RepoInfoTag {
  /** The tag the page was generated for (its title), e.g. `python:3.13.15-slim-trixie`. */
  resolvedTo: string;
  imageId: string | null;
  /** The image's creation time (ISO), i.e. when the tag pointed here. */
  created: string | null;
  /** "Virtual Size" in bytes (repo-info's "Mb" is Docker's decimal megabyte). */
  sizeBytes: number | null;
  arch: string | null;
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: Record<string, string>;
  packages: {
    manager: 'dpkg' | 'apk' | null;
    /** Binary packages (dpkg) or packages (apk) listed, when the page was read whole. */
    names: string[] | null;
    /** apk only: the sum of the listed installed sizes, in bytes. */
    installedBytes: number | null;
  };
  source: { kind: 'repo-info'; path: string; commit: string; asOf: string | null };
  /**
   * Other tags shown by repo-info to be this line: a page for `golang:1.26` that resolved to
   * `golang:1.26.7-trixie` makes `1.26` an alias of the `1.26-trixie` page (see `foldAliases`).
   */
  aliases?: string[];
  /**
   * The platforms the tag is published for (`linux/amd64`, `linux/arm64/v8`, `windows/amd64`), from the
   * tag's `repos/<image>/remote/<tag>.md` page, with that page and commit; absent when it was not read.
   */
  platforms?: { list: string[]; path: string; commit: string };
}

function jsonList(text: string | undefined): string[] | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : null;
  } catch {
    return null;
  }
}

const UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 * 1024, GiB: 1024 ** 3 };

/** Parses one repo-info page. `complete` says whether the package list is whole. */
export function parseRepoInfo(text: string, path: string, commit: string, complete: boolean): RepoInfoTag {
  const field = (name: string) => new RegExp(`^- ${name}: \`(.*)\``, 'm').exec(text)?.[1];
  const size = /^- Virtual Size: ~ ([\d.]+) (Mb|Gb|Kb)/m.exec(text);
  const factor = size ? { Kb: 1e3, Mb: 1e6, Gb: 1e9 }[size[2]]! : 0;
  const env: Record<string, string> = {};
  const envBlock = /^- Environment:\n((?: {2}- `[^`]*`\n?)*)/m.exec(text)?.[1] ?? '';
  for (const line of envBlock.split('\n')) {
    const m = /^ {2}- `([^=`]+)=([^`]*)`/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  const arch = /^- Arch: `([^`]+)`\/`([^`]+)`/m.exec(text);
  const manager = /^## `dpkg`/m.test(text) ? 'dpkg' : /^## `apk`/m.test(text) ? 'apk' : null;
  let names: string[] | null = null;
  let installedBytes: number | null = null;
  if (complete && manager === 'dpkg') {
    names = [...text.matchAll(/^- `([^:=`]+)(?::[a-z0-9]+)?=[^`]+`$/gm)].map((m) => m[1]);
  } else if (complete && manager === 'apk') {
    names = [...text.matchAll(/^### `apk` package: `([^`]+)`/gm)].map((m) => m[1]);
    installedBytes = 0;
    for (const m of text.matchAll(/installed size:\n([\d.]+) (B|KiB|MiB|GiB)/g)) {
      installedBytes += Math.round(Number(m[1]) * UNITS[m[2]]);
    }
  }
  const created = field('Created') ?? null;
  return {
    resolvedTo: /^# `([^`]+)`/m.exec(text)?.[1] ?? '',
    imageId: field('Image ID') ?? null,
    created,
    sizeBytes: size ? Math.round(Number(size[1]) * factor) : null,
    arch: arch ? `${arch[1]}/${arch[2]}` : null,
    entrypoint: jsonList(field('Entrypoint')),
    cmd: jsonList(field('Command')),
    env,
    packages: { manager, names: names ? [...new Set(names)].sort() : null, installedBytes },
    source: { kind: 'repo-info', path, commit, asOf: created ? created.slice(0, 10) : null },
  };
}

/**
 * The platforms listed at the top of a `remote/<tag>.md` page (`- linux; arm64 variant v8` →
 * `linux/arm64/v8`), without the attestation entries (`unknown; unknown`); sorted, deduplicated.
 */
export function parseRemotePlatforms(text: string): string[] {
  const block = /^-\s*Platforms:.*\n((?:\s+-\s*.*\n?)*)/m.exec(text)?.[1] ?? '';
  const out = new Set<string>();
  for (const line of block.split('\n')) {
    const m = /^\s+-\s*(\w+)(?: version [\d.]+)?; (\w+)(?: variant (\w+))?/.exec(line);
    if (!m || m[1] === 'unknown') continue;
    out.add([m[1], m[2], ...(m[3] ? [m[3]] : [])].join('/'));
  }
  return [...out].sort();
}

export interface OfficialData {
  generatedBy: string;
  repository: string;
  /** `image` → `tag` → what the tag was, as of the page's creation date. */
  images: Record<string, Record<string, RepoInfoTag>>;
}

interface CacheIndex {
  [path: string]: { commit: string; complete: boolean };
}

function cacheDir(): string {
  return join(CACHE_DIR, 'repo-info');
}

/**
 * Reads every cached page listed in the cache's index.json. Tags in `previous` (the last generated data)
 * whose page is not in this cache are kept as they were, so a machine with a partial cache refreshes the
 * pages it has without losing the others; each kept entry still names its page and commit.
 */
export function generateOfficial(dir = cacheDir(), previous?: OfficialData | null): OfficialData {
  const indexFile = join(dir, 'index.json');
  const index: CacheIndex = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : {};
  const images: OfficialData['images'] = {};
  const remote: Array<{ image: string; tag: string; path: string }> = [];
  for (const path of Object.keys(index).sort()) {
    const r = /^repos\/([^/]+)\/remote\/(.+)\.md$/.exec(path);
    if (r && existsSync(join(dir, path))) remote.push({ image: r[1], tag: r[2], path });
    const m = /^repos\/([^/]+)\/local\/(.+)\.md$/.exec(path);
    const file = join(dir, path);
    if (!m || !existsSync(file)) continue;
    const parsed = parseRepoInfo(readFileSync(file, 'utf8'), path, index[path].commit, index[path].complete);
    (images[m[1]] ??= {})[m[2]] = parsed;
  }
  for (const [image, tags] of Object.entries(previous?.images ?? {})) {
    for (const [tag, page] of Object.entries(tags)) {
      if (!images[image]?.[tag]) (images[image] ??= {})[tag] = page;
    }
  }
  for (const image of Object.keys(images)) images[image] = sortedTags(foldAliases(images[image]));
  // A remote page's platforms go to the entry of the same tag (or the entry the tag is an alias of).
  for (const { image, tag, path } of remote) {
    const tags = images[image] ?? {};
    const entry = tags[tag] ?? Object.values(tags).find((page) => page.aliases?.includes(tag));
    const list = parseRemotePlatforms(readFileSync(join(dir, path), 'utf8'));
    if (entry && list.length > 0) entry.platforms = { list, path, commit: index[path].commit };
  }
  return { generatedBy: 'scripts/catalog/repo-info.ts', repository: REPO_INFO, images };
}

/** The leading version of a tag (`1.26` of `1.26-trixie`, `3.13.15` of `3.13.15-slim`), or null. */
function versionOf(tag: string): string | null {
  return /^\d+(?:\.\d+)*/.exec(tag)?.[0] ?? null;
}

/**
 * Folds tags that repo-info shows to be one line into one entry. A page for tag A that resolved to a tag R
 * names the line of A: R with its full version cut to A's (`1.26` → `1.26.7-trixie` → `1.26-trixie`). When
 * the catalog also has a page for that line, A becomes its alias; the newer of the two pages (by its
 * creation time) gives the figures. Deterministic: the tags are visited in sorted order.
 */
export function foldAliases(tags: Record<string, RepoInfoTag>): Record<string, RepoInfoTag> {
  const out: Record<string, RepoInfoTag> = { ...tags };
  for (const tag of Object.keys(tags).sort()) {
    const page = out[tag];
    if (!page) continue;
    const resolved = page.resolvedTo.split(':')[1] ?? '';
    const mine = versionOf(tag);
    const theirs = versionOf(resolved);
    if (!mine || !theirs || theirs === mine || !theirs.startsWith(`${mine}.`)) continue;
    const line = `${mine}${resolved.slice(theirs.length)}`;
    const other = out[line];
    if (line === tag || !other) continue;
    const newer = (other.created ?? '') >= (page.created ?? '') ? other : page;
    const aliases = [...new Set([...(other.aliases ?? []), ...(page.aliases ?? []), tag])].sort();
    out[line] = { ...newer, aliases };
    delete out[tag];
  }
  return out;
}

function sortedTags(tags: Record<string, RepoInfoTag>): Record<string, RepoInfoTag> {
  return Object.fromEntries(
    Object.keys(tags)
      .sort()
      .map((tag) => [tag, tags[tag]]),
  );
}

/** Downloads pages (`image:tag`) into the cache from the repository's master branch. */
async function fetchPages(refs: string[], dir = cacheDir()): Promise<void> {
  const indexFile = join(dir, 'index.json');
  const index: CacheIndex = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : {};
  for (const ref of refs) {
    const [image, tag] = ref.split(':');
    const path = `repos/${image}/local/${tag ?? 'latest'}.md`;
    const response = await fetch(`https://raw.githubusercontent.com/${REPO_INFO}/master/${path}`);
    if (!response.ok) {
      console.error(`${ref}: ${response.status}`);
      continue;
    }
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), await response.text());
    index[path] = { commit: `master@${new Date().toISOString().slice(0, 10)}`, complete: true };
  }
  writeFileSync(indexFile, stableJson(index));
}

if (process.argv[1]?.endsWith('repo-info.ts')) {
  const at = process.argv.indexOf('--fetch');
  const run = async () => {
    if (at >= 0) await fetchPages(process.argv.slice(at + 1));
    const out = join(DATA_DIR, 'official.json');
    const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as OfficialData) : null;
    const data = generateOfficial(cacheDir(), previous);
    writeFileSync(out, stableJson(data));
    const tags = Object.values(data.images).reduce((n, t) => n + Object.keys(t).length, 0);
    console.log(`${out}: ${Object.keys(data.images).length} images, ${tags} tags`);
  };
  void run();
}

export function listCachedPages(dir = cacheDir()): string[] {
  return existsSync(join(dir, 'repos')) ? readdirSync(join(dir, 'repos')) : [];
}
