/**
 * The Debian programs bundled with the catalog where modules load synchronously (Node: tests, the CLI,
 * the site's build). package.json's `imports` maps `#debian-programs-data` here by default and to
 * ./debian-programs-data.browser.ts in browser bundles, where the worker loads each release on demand
 * (`loadDebianPrograms`).
 */
import bookworm from '../data/debian-programs/bookworm.json';
import trixie from '../data/debian-programs/trixie.json';

export const BUNDLED_DEBIAN_PROGRAMS: readonly unknown[] = [bookworm, trixie];
