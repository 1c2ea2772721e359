import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { listSitePages } from './site-pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of [...listSitePages(), '/no-such-page/']) {
      test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page, record }) => {
        record.allowConsoleError(/404 \(Not Found\)/);
        await page.goto(path, { waitUntil: 'load' });
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*\bdark\b)/);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
