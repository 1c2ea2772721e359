/**
 * Official images from docker-library/repo-info: parses its `repos/<image>/local/<tag>.md` pages (size as
 * `docker images` shows it, Entrypoint/Command, Environment, architecture, dpkg/apk packages) from the
 * cache directory and writes lib/catalog/data/official.json (the repositories in
 * BUNDLED_OFFICIAL_REPOSITORIES, which the browser bundles) and official-more.json (the others).
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
import type { RepoInfoPage } from '../../lib/catalog/schema';
import { BUNDLED_OFFICIAL_REPOSITORIES } from '../../lib/catalog/images/official-split';
import { loadDockerfiles, type DockerfileFacts, type DockerfileSource } from './dockerfiles';
import { githubRepo, loadLibrary, type LibrarySource, type TagGroup } from './official-images';
import { CACHE_DIR, DATA_DIR, stableJson } from './util';
import { extractHistory, historyFacts, loadHistory, saveHistory, type HistoryRecord } from './history';
import { compareDottedVersions } from '../../lib/catalog/versions';

export const REPO_INFO = 'docker-library/repo-info';

/** What one repo-info page says about a tag: the one definition, lib/catalog/schema.ts's RepoInfoPage. */
export type RepoInfoTag = RepoInfoPage;

function jsonList(text: string | undefined): string[] | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : null;
  } catch {
    return null;
  }
}

/** The image labels the catalog keeps: the base image's component name. */
const KEPT_LABELS = ['com.redhat.component', 'org.opencontainers.image.base.name'];

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
  // Of the image's labels, the ones that say what it is built on (Red Hat's UBI minimal images carry
  // microdnf only); the others (licences, URLs, build dates) are left out.
  const labels: Record<string, string> = {};
  const labelBlock = /^- Labels:\n((?: {2}- `[^`]*`\n?)*)/m.exec(text)?.[1] ?? '';
  for (const line of labelBlock.split('\n')) {
    const m = /^ {2}- `([^=`]+)=([^`]*)`/.exec(line);
    if (m && KEPT_LABELS.includes(m[1])) labels[m[1]] = m[2];
  }
  const arch = /^- Arch: `([^`]+)`\/`([^`]+)`/m.exec(text);
  const manager = /^## `dpkg`/m.test(text)
    ? 'dpkg'
    : /^## `apk`/m.test(text)
      ? 'apk'
      : /^## `rpm`/m.test(text)
        ? 'rpm'
        : null;
  let names: string[] | null = null;
  let installedBytes: number | null = null;
  const versions: Record<string, string> = {};
  if (complete && manager === 'dpkg') {
    const found = [...text.matchAll(/^- `([^:=`]+)(?::[a-z0-9]+)?=([^`]+)`$/gm)];
    names = found.map((m) => m[1]);
    for (const m of found) versions[m[1]] = m[2];
  } else if (complete && manager === 'apk') {
    names = [...text.matchAll(/^### `apk` package: `([^`]+)`/gm)].map((m) => m[1]);
    for (const name of names) {
      const v = new RegExp(
        `^${name.replace(/[.+]/g, '\\$&')}-(\\d[^ ]*) (?:description|installed size):`,
        'm',
      ).exec(text);
      if (v) versions[name] = v[1];
    }
    installedBytes = 0;
    for (const m of text.matchAll(/installed size:\n([\d.]+) (B|KiB|MiB|GiB)/g)) {
      installedBytes += Math.round(Number(m[1]) * UNITS[m[2]]);
    }
  } else if (complete && manager === 'rpm') {
    names = [...text.matchAll(/^### `rpm` package: `([^`]+)`/gm)].map((m) => m[1]);
  }
  const created = field('Created') ?? null;
  return {
    resolvedTo: /^# `([^`]+)`/m.exec(text)?.[1] ?? '',
    created,
    ...(field('Image ID') ? { imageId: field('Image ID') } : {}),
    sizeBytes: size ? Math.round(Number(size[1]) * factor) : null,
    arch: arch ? `${arch[1]}/${arch[2]}` : null,
    entrypoint: jsonList(field('Entrypoint')),
    cmd: jsonList(field('Command')),
    env,
    ...(Object.keys(labels).length > 0 ? { labels: sortedRecord(labels) } : {}),
    packages: {
      manager,
      names: names ? [...new Set(names)].sort() : null,
      ...(Object.keys(versions).length > 0 ? { versions: sortedRecord(versions) } : {}),
      installedBytes,
    },
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

const sortedRecord = (r: Record<string, string>) =>
  Object.fromEntries(
    Object.keys(r)
      .sort()
      .map((k) => [k, r[k]]),
  );

export interface OfficialData {
  generatedBy: string;
  repository: string;
  /** `image` → `tag` → what the tag was, as of the page's creation date. */
  images: Record<string, Record<string, RepoInfoTag>>;
  /** In the bundled document: the repositories of official-more.json. */
  elsewhere?: string[];
}

/**
 * Pages of older tags tutorials still use (docker-library/repo-info's history, where the official images
 * no longer list the tag), by page path: the tags each page is taken for when that tag's own page was not
 * found (the closest stored page of the same line and variant), and why. Their entries are marked
 * `older`: the figures are of the build the page read, on its date.
 */
export const OLDER_PAGES: Record<string, { standsFor: string[]; note: string }> = {
  'repos/node/local/18-alpine3.16.md': {
    standsFor: ['18-alpine'],
    note:
      'No page of `node:18-alpine` itself was found in repo-info’s history; `18-alpine3.16` is the closest ' +
      'stored page of the same line (18) and variant (Alpine), so `18-alpine` may then have been on another ' +
      'Alpine release.',
  },
  'repos/node/local/18-buster-slim.md': {
    standsFor: ['18-slim'],
    note:
      'No page of `node:18-slim` itself was found in repo-info’s history; `18-buster-slim` is the closest ' +
      'stored page of the same line (18) and variant (slim Debian), so `18-slim` may then have been on ' +
      'another Debian release.',
  },
  'repos/node/local/18.13-buster.md': {
    standsFor: ['18'],
    note:
      'No page of `node:18` itself was found in repo-info’s history; this page (of `node:18-buster`, Node.js ' +
      '18.13.0) is the closest stored page of the same line (18) and variant (the full Debian image), so ' +
      '`node:18` may then have been on another Debian release.',
  },
  'repos/python/local/3.9-slim.md': {
    standsFor: ['3.9-slim-bullseye'],
    note:
      'The page of `python:3.9-slim` itself, which resolved to `python:3.9.16-slim-bullseye`; ' +
      '`3.9-slim-bullseye` is taken to be that build.',
  },
  'repos/python/local/3.9.16-bullseye.md': {
    standsFor: ['3.9', '3.9-bullseye'],
    note:
      'No page of `python:3.9` or `3.9-bullseye` itself was found in repo-info’s history; `3.9.16-bullseye` is the closest ' +
      'stored page of the same line (3.9, at the release the `3.9-slim` page of the same commit resolved ' +
      'to) and variant (the full Debian image), so `python:3.9` may then have been another build.',
  },
  'repos/golang/local/1.18-alpine.md': {
    standsFor: ['1.18-alpine3.17'],
    note:
      'The page of `golang:1.18-alpine` itself, which resolved to `golang:1.18.10-alpine3.17`; ' +
      '`1.18-alpine3.17` is taken to be that build.',
  },
  'repos/golang/local/1.18.10-bullseye.md': {
    standsFor: ['1.18', '1.18-bullseye'],
    note:
      'No page of `golang:1.18` or `1.18-bullseye` itself was found in repo-info’s history; of the stored ' +
      'pages of the same line (1.18) and variant (the full Debian image), on bullseye and on buster, this is ' +
      'the bullseye one, so `golang:1.18` may then have been another build.',
  },
  'repos/golang/local/1.19.5-bullseye.md': {
    standsFor: ['1.19', '1.19-bullseye'],
    note:
      'No page of `golang:1.19` or `1.19-bullseye` itself was found in repo-info’s history; of the stored ' +
      'pages of the same line (1.19) and variant (the full Debian image), on bullseye and on buster, this is ' +
      'the bullseye one, so `golang:1.19` may then have been another build.',
  },
  'repos/debian/local/buster-slim.md': {
    standsFor: [],
    note: 'The page of `debian:buster-slim` itself.',
  },
};

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
export function generateOfficial(
  dir = cacheDir(),
  previous?: OfficialData | null,
  library: { source: LibrarySource | null; images: Record<string, TagGroup[]> } = loadLibrary(),
  dockerfiles: Record<string, DockerfileSource & DockerfileFacts> = loadDockerfiles(),
  history: Record<string, HistoryRecord> = loadHistory(),
): OfficialData {
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
  for (const tags of Object.values(images))
    for (const [tag, page] of Object.entries(tags)) {
      const older = OLDER_PAGES[page.source.path];
      if (older) tags[tag] = { ...page, older: { standsFor: [...older.standsFor], note: older.note } };
    }
  for (const image of Object.keys(images)) {
    let tags = foldAliases(images[image]);
    if (library.source && library.images[image]) {
      tags = foldGroups(image, tags, library.images[image], library.source, dockerfiles);
      tags = markNewer(image, tags, library.images[image], library.source);
    }
    for (const [tag, page] of Object.entries(tags)) tags[tag] = withInferredManager(tag, page);
    images[image] = sortedTags(tags);
  }
  withBasePackages(images);
  // A remote page's platforms go to the entry of the same tag (or the entry the tag is an alias of).
  for (const { image, tag, path } of remote) {
    const tags = images[image] ?? {};
    const entry = tags[tag] ?? Object.values(tags).find((page) => page.aliases?.includes(tag));
    const list = parseRemotePlatforms(readFileSync(join(dir, path), 'utf8'));
    if (entry && list.length > 0) entry.platforms = { list, path, commit: index[path].commit };
  }
  // A tag's history record (its remote page's amd64 section) gives its user, workdir and accounts.
  for (const [image, tags] of Object.entries(images))
    for (const [tag, page] of Object.entries(tags)) {
      const record = history[`${image}:${tag}`];
      // Alpine's adduser is BusyBox's, Debian's and Ubuntu's the adduser package's; Red Hat's (and an
      // image whose packages were not read) links adduser to useradd.
      const adduser =
        page.packages.manager === 'apk' ? 'busybox' : page.packages.manager === 'dpkg' ? 'debian' : 'shadow';
      const facts = record ? historyFacts(record, adduser, page.imageId) : null;
      if (facts) page.history = facts;
    }
  return { generatedBy: 'scripts/catalog/repo-info.ts', repository: REPO_INFO, images };
}

/**
 * A tag's line: its leading version without the last component (`18.6` → `18`, `3.13.15-slim-trixie` →
 * `3.13-slim-trixie`, `v3.7.9` → `v3.7`); tags without a dotted version are their own line.
 */
export function lineOf(tag: string): string {
  const m = /^(v?)(\d+(?:\.\d+)+)(.*)$/.exec(tag);
  return m ? `${m[1]}${m[2].split('.').slice(0, -1).join('.')}${m[3]}` : tag;
}

/** How much older than the library file a page may be and still be taken as its block's build. */
const FOLD_WINDOW_DAYS = 31;

/**
 * Folds the pages of one official-images block (one build, every tag that points at it) into one entry.
 * A page belongs to a block when it was generated for one of the block's tags and what it resolved to is
 * the block's build or an older patch release of the same line (`postgres:18.4` for the block of
 * `18.6`), and it is at most a month older than the library file (tags move: a page from before may
 * show another build under the same tag). The newest such page gives the figures, the block's other tags
 * become its aliases with the library file as their source, and older pages of the block's tags give
 * way. Pages of tags in no block (older tags tutorials still use) and pages that resolved to another line
 * are kept as they are, with their own date.
 */
export function foldGroups(
  image: string,
  tags: Record<string, RepoInfoTag>,
  groups: TagGroup[],
  source: LibrarySource,
  dockerfiles: Record<string, DockerfileSource & DockerfileFacts> = {},
): Record<string, RepoInfoTag> {
  const out: Record<string, RepoInfoTag> = { ...tags };
  const fresh = new Date(
    Date.parse(`${source.date}T00:00:00Z`) - FOLD_WINDOW_DAYS * 86_400_000,
  ).toISOString();
  const libraryTags = groups.flatMap((g) => [...g.tags, ...g.sharedTags]);
  for (const group of groups) {
    const all = [...group.tags, ...group.sharedTags];
    const lines = new Set(all.map(lineOf));
    const members = Object.keys(out)
      .sort()
      .filter((tag) => {
        const page = out[tag];
        const resolved = page.resolvedTo.split(':')[1] ?? '';
        const named = all.includes(tag) || (page.aliases ?? []).some((a) => all.includes(a));
        const current = (page.created ?? '') >= fresh;
        return (
          (named && current && (all.includes(resolved) || lines.has(lineOf(resolved)))) ||
          newerRelease(tag, page, all, libraryTags, source.date)
        );
      });
    if (members.length === 0) continue;
    const superseded = Object.keys(out).filter((tag) => all.includes(tag) && !members.includes(tag));
    const key = members.reduce((a, b) => ((out[b].created ?? '') > (out[a].created ?? '') ? b : a));
    const aliases = new Set<string>([...all, ...members.flatMap((m) => [m, ...(out[m].aliases ?? [])])]);
    aliases.delete(key);
    // A newer release of the block's line gives the figures: the block's tags that name the release the
    // library listed (`24.19`, `24.19.0-bookworm`) are of another build than the page read.
    const keyVersion = versionOf(key);
    const older = newerRelease(key, out[key], all, libraryTags, source.date)
      ? [...aliases].filter((t) => {
          const v = versionOf(t);
          return v !== null && keyVersion !== null && !isPrefixVersion(v, keyVersion);
        })
      : [];
    const repository = githubRepo(group.gitRepo);
    const facts = dockerfileOf(group, dockerfiles);
    const entry: RepoInfoTag = {
      ...out[key],
      aliases: [...aliases].sort(),
      line: {
        tags: all,
        architectures: group.architectures,
        path: `library/${image}`,
        commit: source.commit,
        asOf: source.date,
        repository,
        directory: group.directory,
        ...(older.length > 0 ? { olderTags: older.sort() } : {}),
      },
      ...(facts ? { dockerfile: facts } : {}),
    };
    for (const m of [...members, ...superseded]) delete out[m];
    out[key] = entry;
  }
  // A page a little older than its block still names the image's Dockerfile (where its programs are
  // copied to); a page from before the last quarter may be of another base, and gets none.
  const recent = new Date(
    Date.parse(`${source.date}T00:00:00Z`) - 3 * FOLD_WINDOW_DAYS * 86_400_000,
  ).toISOString();
  for (const [tag, page] of Object.entries(out)) {
    if ((page.created ?? '') < recent) continue;
    const group = page.dockerfile ? null : groups.find((g) => [...g.tags, ...g.sharedTags].includes(tag));
    const facts = group ? dockerfileOf(group, dockerfiles) : undefined;
    if (facts) out[tag] = { ...page, dockerfile: facts };
  }
  return out;
}

/** The numeric components of a dotted version (`24.21` → [24, 21]). */
const parts = (version: string) => version.split('.').map(Number);

/** Whether `prefix` is `version` or its leading components (`24` and `24.21` of `24.21.0`). */
function isPrefixVersion(prefix: string, version: string): boolean {
  const a = parts(prefix);
  const b = parts(version);
  return a.length <= b.length && a.every((n, i) => n === b[i]);
}

/**
 * A page built after the library file was read, of a newer release of one of the block's lines: its tag
 * (`24.21-bookworm`) is a release of a line the block carries (`24-bookworm`, with the same variant), the
 * library's tags of that line (`24.19-bookworm`) are all in this block (the library keeps one release of
 * the line, so the new release replaces it rather than starting a line of its own, as `golang:1.27`
 * would next to 1.26 and 1.25), and its version is higher than theirs. What the page resolved to must be
 * of the same line (repo-info heads `24.21-bookworm` as `node:24`).
 */
export function newerRelease(
  tag: string,
  page: RepoInfoTag,
  block: string[],
  libraryTags: string[],
  libraryDate: string,
): boolean {
  if ((page.created ?? '') < libraryDate) return false;
  const line = lineOf(tag);
  const version = versionOf(tag);
  if (line === tag || version === null || !block.includes(line)) return false;
  const resolved = page.resolvedTo.split(':')[1] ?? '';
  if (resolved !== tag && !block.includes(resolved) && lineOf(resolved) !== line) return false;
  const listed = libraryTags.filter((t) => t !== line && lineOf(t) === line);
  if (listed.length === 0 || listed.some((t) => !block.includes(t))) return false;
  return listed.every((t) => compareDottedVersions(version, versionOf(t) ?? '') > 0);
}

/**
 * Pages the library file outdates: an entry whose own tag (`latest`, `alpine`) the library gives to a
 * block it is not the build of (`redis:latest` is 8.10.1 in the file, the page read is of 8.8.0) is
 * marked `newer`, naming the block's build: the tag resolves to it, and the page's figures are of an
 * older build. Windows blocks are left out (the catalog is of Linux images).
 */
export function markNewer(
  image: string,
  tags: Record<string, RepoInfoTag>,
  groups: TagGroup[],
  source: LibrarySource,
): Record<string, RepoInfoTag> {
  const out: Record<string, RepoInfoTag> = {};
  for (const [tag, marked] of Object.entries(tags)) {
    const { newer: _earlier, ...page } = marked;
    out[tag] = page;
    if (page.line) continue;
    const group = groups.find(
      (g) =>
        !g.architectures.every((a) => a.startsWith('windows')) && [...g.tags, ...g.sharedTags].includes(tag),
    );
    const resolved = page.resolvedTo.split(':')[1] ?? '';
    // A page that resolved to one of the block's tags is of the block's build when that tag names the
    // block's full version (`nginx:1.30.4-alpine`) or the page is recent; a floating tag (`rust:1-trixie`)
    // on an older page may have been an earlier release.
    const block = [...(group?.tags ?? []), ...(group?.sharedTags ?? [])];
    const full = block
      .map(versionOf)
      .reduce<string | null>((a, v) => (v && (!a || parts(v).length > parts(a).length) ? v : a), null);
    const fresh = new Date(
      Date.parse(`${source.date}T00:00:00Z`) - FOLD_WINDOW_DAYS * 86_400_000,
    ).toISOString();
    const sameBuild =
      block.includes(resolved) && (versionOf(resolved) === full || (page.created ?? '') >= fresh);
    if (!group || sameBuild) continue;
    // A page built after the library file was read may be of a build the file does not list yet.
    if ((page.created ?? '') >= source.date) continue;
    const taken = new Set(
      Object.entries(tags).flatMap(([t, p]) => (t === tag ? [] : [t, ...(p.aliases ?? [])])),
    );
    const blockTags = [...group.tags, ...group.sharedTags].filter((t) => t !== tag && !taken.has(t));
    out[tag] = {
      ...page,
      // The block's other tags name the same (newer) build; the page's own resolved tag does not.
      aliases: [...new Set([...(page.aliases ?? []).filter((a) => a !== resolved), ...blockTags])].sort(),
      newer: {
        // The block's tag of its full version (`rust:1.98.0-trixie`), which names the build.
        resolvedTo: `${image}:${group.tags.find((t) => versionOf(t) === full) ?? group.tags[0]}`,
        path: `library/${image}`,
        commit: source.commit,
        asOf: source.date,
      },
    };
  }
  return out;
}

/** The facts of a block's Dockerfile, when it was read. */
function dockerfileOf(
  group: TagGroup,
  dockerfiles: Record<string, DockerfileSource & DockerfileFacts>,
): RepoInfoTag['dockerfile'] {
  const repository = githubRepo(group.gitRepo);
  const path = `${group.directory ?? '.'}/${group.file ?? 'Dockerfile'}`.replace(/^\.\//, '');
  const facts = repository ? dockerfiles[`${repository}:${path}`] : undefined;
  if (!facts) return undefined;
  const { date, ...rest } = facts;
  return { ...rest, asOf: date };
}

/**
 * A page whose package list was not read, of an image whose Dockerfile starts FROM an image whose whole
 * list was (postgres FROM debian:trixie-slim), names that page: the image has at least those packages.
 */
export function withBasePackages(images: OfficialData['images']): void {
  const find = (ref: string) => {
    const [image, tag = 'latest'] = ref.split(':');
    const tags = images[image] ?? {};
    return tags[tag] ?? Object.values(tags).find((p) => p.aliases?.includes(tag)) ?? null;
  };
  for (const tags of Object.values(images))
    for (const page of Object.values(tags)) {
      const from = page.dockerfile?.from;
      if (page.packages.names !== null || !from) continue;
      const base = find(from);
      if (base?.packages.names && base.packages.manager === page.packages.manager)
        page.packages = { ...page.packages, base: { image: from, path: base.source.path } };
    }
}

/**
 * A page read without its package section names no package database; the distribution its tags name
 * (`-alpine`, `-trixie`, `-noble`, …) does. Such a page says it was inferred (`managerFrom: 'tags'`).
 */
function withInferredManager(tag: string, page: RepoInfoTag): RepoInfoTag {
  if (page.packages.manager !== null) return page;
  const text = [tag, page.resolvedTo, ...(page.line?.tags ?? []), page.dockerfile?.from ?? ''].join(' ');
  const manager = /alpine/.test(text)
    ? 'apk'
    : /trixie|bookworm|bullseye|buster|noble|jammy|focal|debian|ubuntu/.test(text)
      ? 'dpkg'
      : /oraclelinux|amazonlinux|\bel\d|al2023/.test(text)
        ? 'rpm'
        : null;
  return manager ? { ...page, packages: { ...page.packages, manager, managerFrom: 'tags' } } : page;
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
    const commit = `master@${new Date().toISOString().slice(0, 10)}`;
    index[path] = { commit, complete: true };
    // The tag's remote page: its history gives the user, workdir and accounts.
    const remote = path.replace('/local/', '/remote/');
    const history = await fetch(`https://raw.githubusercontent.com/${REPO_INFO}/master/${remote}`);
    if (history.ok)
      saveHistory([extractHistory(await history.text(), `${image}:${tag ?? 'latest'}`, remote, commit)]);
  }
  writeFileSync(indexFile, stableJson(index));
}

if (process.argv[1]?.endsWith('repo-info.ts')) {
  const at = process.argv.indexOf('--fetch');
  const run = async () => {
    if (at >= 0) await fetchPages(process.argv.slice(at + 1));
    const out = join(DATA_DIR, 'official.json');
    const more = join(DATA_DIR, 'official-more.json');
    const read = (file: string) =>
      existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as OfficialData) : null;
    const [bundled, rest] = [read(out), read(more)];
    const previous = bundled ? { ...bundled, images: { ...bundled.images, ...rest?.images } } : null;
    const data = generateOfficial(cacheDir(), previous);
    const [first, second] = splitOfficial(data);
    writeFileSync(out, stableJson(first));
    writeFileSync(more, stableJson(second));
    const tags = Object.values(data.images).reduce((n, t) => n + Object.keys(t).length, 0);
    console.log(`${out} and ${more}: ${Object.keys(data.images).length} images, ${tags} tags`);
  };
  void run();
}

/**
 * The data as two documents: the repositories the browser bundles (`BUNDLED_OFFICIAL_REPOSITORIES`), and
 * the others, which the worker loads on demand; the first names the second's repositories.
 */
export function splitOfficial(data: OfficialData): [OfficialData, OfficialData] {
  const pick = (bundled: boolean) =>
    Object.fromEntries(
      Object.entries(data.images).filter(
        ([image]) => BUNDLED_OFFICIAL_REPOSITORIES.includes(image) === bundled,
      ),
    );
  const more = pick(false);
  return [
    { ...data, images: pick(true), elsewhere: Object.keys(more).sort() },
    { ...data, images: more },
  ];
}

export function listCachedPages(dir = cacheDir()): string[] {
  return existsSync(join(dir, 'repos')) ? readdirSync(join(dir, 'repos')) : [];
}
