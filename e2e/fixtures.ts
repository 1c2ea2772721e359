import { test as base, expect } from '@playwright/test';

/** What one test's browser context did: every request, and every console error or uncaught exception. */
export interface PageRecord {
  /** Every request URL, in order (pages, scripts, styles, fetches, workers). */
  requests: string[];
  /** Requests that went anywhere but the site's own origin (data:, blob: and about: are not requests out). */
  foreignRequests: string[];
  /** Console messages of type "error" and uncaught page errors. */
  consoleErrors: string[];
  /** Accept console errors matching `pattern` for the rest of this test (for tests that provoke one). */
  allowConsoleError(pattern: RegExp): void;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * The shared end-to-end `test`: it records every request and console error of the test's browser context
 * and, after the test, fails it if any request left the site's origin or any console error was logged.
 * Import `test` and `expect` from here instead of `@playwright/test`; the check is automatic.
 */
export const test = base.extend<{ record: PageRecord }>({
  record: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:3100').origin;
      const allowed: RegExp[] = [];
      const record: PageRecord = {
        requests: [],
        foreignRequests: [],
        consoleErrors: [],
        allowConsoleError: (pattern) => allowed.push(pattern),
      };
      const note = (url: string) => {
        record.requests.push(url);
        let parsed: URL | null = null;
        try {
          parsed = new URL(url);
        } catch {
          parsed = null;
        }
        if (!parsed || (!LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin)) {
          record.foreignRequests.push(url);
        }
      };
      context.on('request', (request) => note(request.url()));
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error') record.consoleErrors.push(`${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => record.consoleErrors.push(`${page.url()}: ${error.message}`));
        page.on('websocket', (socket) => note(socket.url()));
      };
      context.pages().forEach(watch);
      context.on('page', watch);

      await use(record);

      expect(record.foreignRequests, 'requests that left the site').toEqual([]);
      const unexpected = record.consoleErrors.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
