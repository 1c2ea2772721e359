import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from 'playwright-core';

/** Port of the static server the end-to-end tests use (its own, so it never collides with `npm start`). */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Flags for a system Chromium running headless in a container, with no traffic of its own. */
const SYSTEM_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser, in this order: an explicit executable (PLAYWRIGHT_CHROMIUM_EXECUTABLE or CHROME_PATH),
 * Playwright's own Chromium when it is installed, else Debian's /usr/bin/chromium.
 */
function chooseBrowser(): { executablePath?: string; args: string[] } {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || process.env.CHROME_PATH;
  if (explicit) return { executablePath: explicit, args: SYSTEM_CHROMIUM_ARGS };
  let own: string | null = null;
  try {
    own = chromium.executablePath();
  } catch {
    own = null;
  }
  if (own && fs.existsSync(own)) return { args: [] };
  return { executablePath: '/usr/bin/chromium', args: SYSTEM_CHROMIUM_ARGS };
}

const browser = chooseBrowser();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
  },
  webServer: {
    command: `npx serve out -l ${PORT} --no-port-switching`,
    url: `http://localhost:${PORT}/`,
    env: { NO_UPDATE_CHECK: '1' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
