import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.1 A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules whose outcome depends on colours. The dark theme changes colours only (no element is shown
 * or hidden by the theme: the site has no `dark:` display utilities), so after a page passed every rule
 * in the light theme, these are the rules the dark theme can still fail.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeScope {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** Leave these out (a CSS selector), e.g. `.monaco-editor` where another test checks the editor. */
  exclude?: string;
  /** Tags to run (default: WCAG 2.1 A/AA). */
  tags?: string[];
  /** Rules to run instead of tags. */
  rules?: string[];
}

/** Axe's violations on the page as it is now, one line each: rule, impact, help and the elements. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  // Axe in the page itself: the default (axe.runPartial in each frame, then axe.finishRun in a new blank
  // page) is for cross-origin frames, which the site never has (no request leaves it), and it took about
  // 40% longer on a lesson page.
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  // Only violations are wanted: leaving out passes and incomplete results makes a run much faster.
  // `options` replaces the rule selection `withTags` would make, so the selection goes in it too.
  const results = await builder
    .options({
      runOnly: scope.rules
        ? { type: 'rule', values: scope.rules }
        : { type: 'tag', values: scope.tags ?? WCAG },
      resultTypes: ['violations'],
    })
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Axe in both themes on one page load: every rule in the light theme, then the colour rules after
 * switching with the page's theme toggle, and back to the light theme. The page must start in it.
 */
export async function expectAxeCleanInBothThemes(page: Page, scope: AxeScope = {}): Promise<void> {
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  expect(await axeViolations(page, scope), 'light theme').toEqual([]);
  await page.getByTestId('theme-toggle').filter({ visible: true }).click();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  expect(
    await axeViolations(page, { include: scope.include, exclude: scope.exclude, rules: COLOUR_RULES }),
    'dark theme',
  ).toEqual([]);
  await page.getByTestId('theme-toggle').filter({ visible: true }).click();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
}
