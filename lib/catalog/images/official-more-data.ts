/**
 * The official-image repositories not bundled in the browser (lib/catalog/data/official-more.json), bundled
 * where modules load synchronously (Node: tests, the CLI, the site's build). package.json's `imports` maps
 * `#official-more-data` here by default and to ./official-more-data.browser.ts in browser bundles, where the
 * worker loads the file on demand (`loadOfficialMore`).
 */
import more from '../data/official-more.json';

export const BUNDLED_OFFICIAL_MORE: unknown = more;
