/**
 * Which Chromium the end-to-end tests, the lab benchmark and the screenshot script launch, and with which
 * flags. Plain ESM so that both `playwright.config.ts` and the Node scripts can import it.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags for a system Chromium running headless in a container, with no traffic of its own. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, used when neither an explicit executable nor Playwright's own browser is there. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser, in this order: an explicit executable (PLAYWRIGHT_CHROMIUM_EXECUTABLE or CHROME_PATH),
 * Playwright's own Chromium when it is installed (no extra flags), else Debian's /usr/bin/chromium.
 * @returns launch options for `chromium.launch` or Playwright's `launchOptions`
 */
export function chooseBrowser() {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || process.env.CHROME_PATH;
  if (explicit) return { executablePath: explicit, args: SYSTEM_CHROMIUM_ARGS };
  let own = null;
  try {
    own = chromium.executablePath();
  } catch {
    own = null;
  }
  if (own && fs.existsSync(own)) return { executablePath: undefined, args: [] };
  return { executablePath: DEBIAN_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS };
}
