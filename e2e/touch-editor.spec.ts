import { expect, test } from './fixtures';

/**
 * On a touch-first phone the playground does not fetch or start Monaco (≈ 850 KB gzipped, seconds of
 * main-thread work, and not supported by Monaco on phones' browsers) until the reader reaches into the
 * editor; the simulation runs meanwhile, and one tap makes the editor editable.
 */
test.describe('on a touch-first phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the playground starts the editor on a tap, not before', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/playground/');
    const playground = page.getByTestId('playground');
    await expect(playground.getByTestId('final-size')).toHaveText(/MB/, { timeout: 90_000 });
    const editor = playground.getByTestId('dockerfile-editor');
    await expect(editor).toHaveAttribute('data-editor-state', 'waiting');
    const edit = editor.getByRole('button', { name: 'Edit' });
    await expect(edit).toBeVisible();
    expect(
      await page.evaluate(() => performance.getEntriesByName('stagecraft:editor-load-start').length),
    ).toBe(0);
    await edit.tap();
    await expect(editor).toHaveAttribute('data-editor-state', 'editable', { timeout: 60_000 });
  });
});
