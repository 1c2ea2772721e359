/**
 * The generated docker-library/repo-info data (lib/catalog/data/official.json and official-more.json,
 * written by scripts/catalog/repo-info.ts) and lookups into it, shared by the generated entries and by the
 * hand-checked ones that take their size from the same page.
 *
 * official.json is always bundled; official-more.json (the repositories listed in official.json's
 * `elsewhere`) is bundled in Node and loaded on demand by the browser's worker (`loadOfficialMore`).
 */
import json from '../data/official.json';
import { BUNDLED_OFFICIAL_MORE } from '#official-more-data';
import { catalogDataChanged } from '../generation';

import type { RepoInfoPage } from '../schema';

export type { RepoInfoPage };

type Images = Record<string, Record<string, RepoInfoPage>>;
const bundled = json as unknown as { images: Images; elsewhere?: string[] };

/** `image` → `tag` → page, for the repositories loaded so far. */
export const REPO_INFO_PAGES: Images = { ...bundled.images };

/** The repositories of official-more.json, known before it is loaded. */
export const OFFICIAL_MORE_REPOSITORIES: readonly string[] = bundled.elsewhere ?? [];

let moreLoaded = false;

/** Registers official-more.json's repositories; anything else is ignored. */
export function registerOfficialMore(doc: unknown): void {
  const images = (doc as { images?: unknown } | null)?.images;
  if (moreLoaded || !images || typeof images !== 'object') return;
  Object.assign(REPO_INFO_PAGES, images as Images);
  moreLoaded = true;
  catalogDataChanged();
}

registerOfficialMore(BUNDLED_OFFICIAL_MORE);

/** True when official-more.json is registered (always in Node). */
export function officialMoreLoaded(): boolean {
  return moreLoaded;
}

/** Loads official-more.json (a separate chunk in the browser) unless it is registered. */
export async function loadOfficialMore(): Promise<void> {
  if (moreLoaded) return;
  const mod: { default?: unknown } = await import('../data/official-more.json');
  registerOfficialMore(mod.default ?? mod);
}

/**
 * True when `repository` is one of official-more.json's and that file is not loaded yet: the catalog has
 * the repository but cannot say what it holds until then.
 */
export function officialRepositoryPending(repository: string): boolean {
  return !moreLoaded && OFFICIAL_MORE_REPOSITORIES.includes(repository);
}

/** The page the generated data holds for `image:tag` (its entry tag, not an alias), or null. */
export function repoInfoPage(image: string, tag: string): RepoInfoPage | null {
  return REPO_INFO_PAGES[image]?.[tag] ?? null;
}

/** The page read from `path` (e.g. `repos/node/local/22-slim.md`), or null when it was not read. */
export function repoInfoPageAt(path: string): RepoInfoPage | null {
  const m = /^repos\/([^/]+)\/local\/(.+)\.md$/.exec(path);
  if (!m) return null;
  for (const page of Object.values(REPO_INFO_PAGES[m[1]] ?? {})) if (page.source.path === path) return page;
  return null;
}
