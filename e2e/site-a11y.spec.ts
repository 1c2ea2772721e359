import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { listSitePages } from './site-pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

// One page load per page: axe runs in the light theme, then again after switching with the theme toggle.
test.use({ colorScheme: 'light' });
// Two full axe runs on a lesson with live labs take a while on a busy machine.
test.setTimeout(180_000);

for (const path of [...listSitePages(), '/no-such-page/']) {
  test(`${path} has no WCAG 2.1 A/AA violations in the light or the dark theme`, async ({ page, record }) => {
    record.allowConsoleError(/404 \(Not Found\)/);
    await page.goto(path, { waitUntil: 'load' });
    expect(await isDark(page)).toBe(false);
    expect(await violations(page), 'light theme').toEqual([]);

    // Presentation pages keep the site header in the page, hidden, beside their own controls.
    await page.getByTestId('theme-toggle').filter({ visible: true }).click();
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    expect(await violations(page), 'dark theme').toEqual([]);
  });
}
