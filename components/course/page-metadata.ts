import type { Metadata } from 'next';
import { SITE_NAME, SOCIAL_IMAGE } from './site';

/**
 * Title, description, canonical address and Open Graph data for one page. Next replaces (not merges) the
 * layout's `openGraph` when a page sets its own, so every page states the whole set through this helper.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
}: {
  /** The page's own title; null for the home page, which uses the site's default title. */
  title: string | null;
  description: string;
  /** The page's path with a trailing slash, e.g. `/learn/`. */
  path: string;
  type?: 'website' | 'article';
}): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      siteName: SITE_NAME,
      title: title ?? SITE_NAME,
      description,
      url: path,
      locale: 'en',
      images: [SOCIAL_IMAGE],
    },
    twitter: { card: 'summary', title: title ?? SITE_NAME, description },
  };
}
