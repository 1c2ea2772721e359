import type { MetadataRoute } from 'next';
import { availableNavLinks } from '@/components/course/available-nav-links';
import { siteUrl } from '@/components/course/site';
import { lessonHref, listLessons } from '@/lib/course/lessons';

export const dynamic = 'force-static';

/** Every page of the site: home, the main sections that exist, and every lesson. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const paths = [
    '/',
    ...availableNavLinks().map((link) => link.href),
    ...listLessons().map((l) => lessonHref(l.slug)),
    '/sources/',
  ];
  return [...new Set(paths)].map((path) => ({ url: `${base}${path}` }));
}
