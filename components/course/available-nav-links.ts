import fs from 'node:fs';
import path from 'node:path';
import { NAV_LINKS, type NavLink } from './nav-links';

/** The navigation links whose pages exist in this build (checked on disk at build time). */
export function availableNavLinks(): NavLink[] {
  return NAV_LINKS.filter((link) => fs.existsSync(path.join(process.cwd(), link.page)));
}
