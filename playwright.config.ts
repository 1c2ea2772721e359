import { defineConfig, devices } from '@playwright/test';
import { chooseBrowser } from './scripts/chromium.mjs';

/** Port of the static server the end-to-end tests use (its own, so it never collides with `npm start`). */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** An explicit executable, Playwright's own Chromium, else Debian's (see scripts/chromium.mjs). */
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
    // The site's service worker (offline use) would answer requests that tests route; the offline
    // tests allow it for themselves (e2e/present.spec.ts).
    serviceWorkers: 'block',
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
