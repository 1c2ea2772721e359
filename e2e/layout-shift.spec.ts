import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Cumulative layout shift of the playground while it loads: the editor, the simulation panel and the
 * terminal arrive after the page, and each must land in space reserved for it. Measured with the
 * browser's own layout-shift entries (shifts right after input do not count, as in CLS).
 */
async function layoutShift(page: Page): Promise<{ total: number; sources: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    return {
      total: w.__shifts.reduce((sum, s) => sum + s.value, 0),
      sources: w.__shifts.map((s) => `${s.value.toFixed(4)} ${s.sources.join(', ')}`),
    };
  });
}

async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            return el
              ? `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`
              : '?';
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

// The budget is CLS ≤ 0.01, on a phone and on the desktop layout.
for (const viewport of [
  { name: 'phone', width: 390, height: 844, ceiling: 0.01 },
  { name: 'desktop', width: 1350, height: 940, ceiling: 0.01 },
]) {
  test(`the playground loads without layout shift (${viewport.name})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await watchShifts(page);
    await page.goto('/playground/');
    const playground = page.getByTestId('playground');
    // Everything that arrives late has arrived: the panel's result, the editor and the terminal.
    await expect(playground.getByTestId('final-size')).toHaveText(/MB/, { timeout: 90_000 });
    await expect(playground.getByTestId('dockerfile-editor')).toHaveAttribute('data-editor-state', /./);
    await expect(playground.getByTestId('terminal-input')).toBeVisible({ timeout: 60_000 });
    // Two frames later, so a shift caused by the last arrival is recorded.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { total, sources } = await layoutShift(page);
    expect(total, `layout shifts: ${sources.join(' | ')}`).toBeLessThanOrEqual(viewport.ceiling);
  });
}
