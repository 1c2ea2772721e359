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
    // Recording a trace for every test made lesson pages' tests take about 70% longer (6 lessons, 2
    // workers: 224 s and 191 s with it, 123 s without, at load average 13-14); E2E_TRACE=1 records them
    // again, keeping those of failed tests.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
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
