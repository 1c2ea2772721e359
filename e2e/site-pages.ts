import fs from 'node:fs';
import path from 'node:path';

const OUT = path.join(process.cwd(), 'out');

/**
 * Every page of the built site, as paths with a trailing slash (`/`, `/learn/`, `/learn/<slug>/`, ...),
 * found from the `index.html` files in `out/` (the static export), so new pages are tested without a list.
 */
export function listSitePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string, urlPath: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (entry.name.startsWith('_') || entry.name === '404') continue;
      walk(path.join(dir, entry.name), `${urlPath}${entry.name}/`);
    }
    if (fs.existsSync(path.join(dir, 'index.html'))) pages.push(urlPath);
  };
  if (!fs.existsSync(OUT))
    throw new Error('out/ is missing: run `npm run build` before the end-to-end tests');
  walk(OUT, '/');
  return pages.sort();
}

/** The lesson pages in course order, read from the sitemap the build wrote (which lists them in order). */
export function listLessonPages(): string[] {
  const xml = fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]).pathname)
    .filter((pathname) => /^\/learn\/[^/]+\/$/.test(pathname));
}
