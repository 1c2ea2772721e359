/**
 * The generated docker-library/repo-info data (lib/catalog/data/official.json, written by
 * scripts/catalog/repo-info.ts) and lookups into it, shared by the generated entries and by the
 * hand-checked ones that take their size from the same page.
 */
import json from '../data/official.json';

import type { RepoInfoPage } from '../schema';

export type { RepoInfoPage };

/** `image` → `tag` → page. */
export const REPO_INFO_PAGES = (json as unknown as { images: Record<string, Record<string, RepoInfoPage>> })
  .images;

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
