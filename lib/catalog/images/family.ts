/**
 * Shared parts of the official language images (golang, python, node, eclipse-temurin, openjdk): the
 * repo-info citation of a size, the traits that follow from an Alpine or a Debian base, and the files every
 * such base brings. Each family file keeps its own figures; these builders only shape them.
 */
import { known, unknown } from '../figure';
import type { BaseImage, Figure, ManifestEntry } from '../types';
import { link } from './define';
import { repoInfoPageAt } from './repo-info-data';
import { alpineUserland, caBundle, debianUserland, glibcElf } from './userland';

/** Where the official images' sizes were read. */
export const REPO_INFO = 'docker-library/repo-info';

/** A size (compressed or uncompressed) that exists in repo-info but was not read. */
export function notRead(): Figure {
  return unknown('not read');
}

/** The fields of a family entry that say which tag it is and where its size comes from. */
export interface TagFacts {
  tag: string;
  aliases: string[];
  release: string | null;
  uncompressed: Figure;
  /** Required when `uncompressed` is unknown. */
  estimate?: Figure;
  source: string;
  asOf: string | null;
  notes: string;
}

/**
 * An uncompressed size read from a docker-library/repo-info page, with the entry's source and date.
 * `path` is the page inside repo-info (e.g. `repos/node/local/22-slim.md`), `commit` the short commit read,
 * `detail` an optional remark added to the figure's citation (e.g. a rounded size).
 */
export function repoInfoSize(
  bytes: number,
  path: string,
  commit: string,
  asOf: string,
  detail?: string,
): Pick<TagFacts, 'uncompressed' | 'source' | 'asOf'> {
  const source = `${REPO_INFO} ${path} @${commit}`;
  const cited = detail ? `${source} (${detail})` : source;
  return { uncompressed: { ...known(bytes, cited, asOf), sourceId: 'repo-info' }, source, asOf };
}

/**
 * The size read from a repo-info page that the generated data holds (scripts/catalog/repo-info.ts), so the
 * figure, its commit and its date have one source of truth. A page the data does not hold gives an
 * unknown size naming the page (never a made-up number).
 */
export function generatedSize(
  path: string,
  detail?: string,
): Pick<TagFacts, 'uncompressed' | 'source' | 'asOf'> {
  const page = repoInfoPageAt(path);
  if (!page || page.sizeBytes === null) {
    return {
      uncompressed: unknown(`${REPO_INFO} ${path} is not in the generated data`),
      source: `${REPO_INFO} ${path}`,
      asOf: null,
    };
  }
  return repoInfoSize(page.sizeBytes, path, page.source.commit.slice(0, 8), page.source.asOf ?? '', detail);
}

/**
 * The bytes of a repo-info page in the generated data, for estimates built on it; 0 when the data lacks
 * the page (lib/catalog/official.test.ts checks that every page used here is present).
 */
export function generatedBytes(path: string): number {
  return repoInfoPageAt(path)?.sizeBytes ?? 0;
}

/** Shell, package manager and libc of an official image on Alpine or on Debian/Ubuntu. */
export function distroTraits(alpine: boolean): Pick<BaseImage, 'shell' | 'packageManager' | 'libc'> {
  return alpine
    ? { shell: 'busybox ash', packageManager: 'apk', libc: { kind: 'musl', version: null } }
    : { shell: 'dash (bash also installed)', packageManager: 'apt', libc: { kind: 'glibc', version: null } };
}

/** The base system's named files: Alpine's userland, or Debian's plus the CA bundle. */
export function baseUserland(alpine: boolean): ManifestEntry[] {
  return alpine ? alpineUserland() : [...debianUserland(), caBundle()];
}

/**
 * The buildpack-deps tools a full (non-slim) Debian language image carries: gcc (as `gcc-<version>`), make
 * when asked, git and curl, at nominal sizes.
 */
export function buildpackTools(gccVersion: string, withMake = false): ManifestEntry[] {
  const gcc = `/usr/bin/gcc-${gccVersion}`;
  return [
    link('/usr/bin/gcc', gcc),
    glibcElf(gcc, 1_000_000),
    ...(withMake ? [glibcElf('/usr/bin/make', 250_000)] : []),
    glibcElf('/usr/bin/git', 4_000_000),
    glibcElf('/usr/bin/curl', 300_000),
  ];
}

/** The tag facts of a family entry, as `defineImage` takes them (without the family's own fields). */
export function tagFacts(spec: TagFacts): TagFacts {
  const { tag, aliases, release, uncompressed, estimate, source, asOf, notes } = spec;
  return { tag, aliases, release, uncompressed, estimate, source, asOf, notes };
}
