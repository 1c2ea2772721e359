/** The site's name, used in titles and Open Graph data. */
export const SITE_NAME = 'Stagecraft';

/** One sentence on what the site is, used as the default description. */
export const SITE_DESCRIPTION =
  'An interactive course on multi-stage Docker builds and distroless images, with a Dockerfile simulator that runs in your browser.';

/** The public origin the site is served from (env `SITE_URL`, default http://localhost:3000), without a trailing slash. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** The social preview image (drawn by scripts/site-assets.mjs). */
export const SOCIAL_IMAGE = {
  url: '/social.png',
  width: 1200,
  height: 630,
  alt: 'Stagecraft: multi-stage Docker builds and distroless images, with a Docker simulator in your browser',
};
