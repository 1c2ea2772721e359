import { expect, test } from './fixtures';
import { editorLines, editorReady, expectEditorText, gotoLine, holdMonaco, typeLines } from './lab-helpers';

test.describe('the playground', () => {
  test('the editor starts where the reader clicks and keeps what they type before it is ready', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Monaco's code is held back until the keys have been typed.
    const release = await holdMonaco(page);
    await page.goto('/playground/');
    const playground = page.getByTestId('playground');
    // The simulation runs on the static text; no editor code has been asked for yet.
    await expect(playground.getByTestId('final-size')).toHaveText(/B$/, { timeout: 90_000 });
    const editor = playground.getByTestId('dockerfile-editor');
    await expect(editor).toHaveAttribute('data-editor-state', 'waiting');
    expect(
      await page.evaluate(() => performance.getEntriesByName('stagecraft:editor-load-start').length),
    ).toBe(0);

    // A click at the start of the second line, then typing, while Monaco's code is still on its way.
    const second = editor.getByTestId('editor-placeholder').locator('code > div').nth(1);
    const original = (await second.textContent()) ?? '';
    await second.click({ position: { x: 1, y: 5 } });
    await expect(editor).toHaveAttribute('data-editor-state', 'loading');
    await page.keyboard.type('# kept ');
    release();
    await expect(editor).toHaveAttribute('data-editor-state', 'editable', { timeout: 60_000 });
    await expect.poll(async () => (await editorLines(editor))[1]).toBe(`# kept ${original}`);
    expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  test('an example’s files are fetched when it is picked; a failed fetch says so and can be tried again', async ({
    page,
    record,
  }) => {
    test.setTimeout(120_000);
    // The aborted request is the browser's own console error.
    record.allowConsoleError(/Failed to load resource: net::ERR_FAILED/);
    const address = '**/examples/three-tier-app/context.json';
    await page.route(address, (route) => route.abort());
    await page.goto('/playground/');
    const playground = page.getByTestId('playground');
    const picker = playground.getByTestId('playground-picker');
    const value = await picker.evaluate(
      (el) =>
        [...(el as HTMLSelectElement).options]
          .map((o) => o.value)
          .find((v) => v.startsWith('three-tier-app|')) ?? '',
    );
    await picker.selectOption(value);
    const error = playground.getByTestId('playground-context-error');
    await expect(error).toContainText('The files of the three-tier-app example could not be loaded');
    await page.unroute(address);
    const fetched = page.waitForResponse((r) => r.url().endsWith('/examples/three-tier-app/context.json'));
    await error.getByRole('button', { name: 'Try again' }).click();
    expect((await fetched).ok()).toBe(true);
    await expect(error).toHaveCount(0);
    await expect(playground.getByTestId('final-size')).toHaveText(/B$/, { timeout: 60_000 });
  });

  // One shared link, opened in a fresh browser as it is, then damaged, then padded past the size limit.
  test('a shared link opens the same state in a fresh browser; a tampered one says so and an oversized one is refused, both opening the default', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/playground/');
    const playground = page.getByTestId('playground');
    await playground.getByTestId('playground-picker').selectOption('go-calculator|Dockerfile.multi-stage');
    const editor = await editorReady(playground);
    await gotoLine(page, editor, 'FROM scratch');
    await typeLines(page, ['# shared with a link']);
    await playground.locator('label', { hasText: 'Legacy' }).click();
    await expect(playground.getByRole('radio', { name: 'Legacy' })).toBeChecked();
    await playground.getByRole('button', { name: 'Share a link' }).click();
    const url = await playground.getByTestId('playground-share-url').inputValue();
    expect(url).toMatch(/\/playground\/#v1\./);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    const restored = other.getByTestId('playground');
    await expect(restored.getByTestId('playground-picker')).toHaveValue(
      'go-calculator|Dockerfile.multi-stage',
    );
    const otherEditor = await editorReady(restored);
    await expectEditorText(otherEditor, '# shared with a link');
    await expect(restored.getByRole('radio', { name: 'Legacy' })).toBeChecked();
    await expect(restored.getByTestId('final-size')).toHaveText(/1\.[78]\d? MB/);

    // One character changed in the middle of the link's data.
    const hash = url.slice(url.indexOf('#') + 1);
    const middle = Math.floor(hash.length / 2);
    const tampered = `${url.slice(0, url.indexOf('#') + 1)}${hash.slice(0, middle)}${hash[middle] === 'x' ? 'y' : 'x'}${hash.slice(middle + 1)}`;
    await fresh.close();

    // In another fresh browser, nothing saved by the visit above.
    const another = await browser.newContext();
    const third = await another.newPage();
    await third.goto(tampered);
    const opened = third.getByTestId('playground');
    await expect(opened.getByTestId('playground-message')).toContainText(/damaged|changed|not valid/);
    await expect(opened.getByTestId('playground-message')).toContainText('default lab was opened');
    await expect(opened.getByTestId('playground-picker')).toHaveValue(
      'go-calculator|Dockerfile.single-stage',
    );

    // A new document (a change of hash alone would not load the page again).
    await third.goto('about:blank');
    await third.goto(new URL(`/playground/#v1.${'A'.repeat(120_000)}`, url).href);
    await expect(opened.getByTestId('playground-message')).toContainText('too large');
    await expect(opened.getByTestId('playground-picker')).toHaveValue(
      'go-calculator|Dockerfile.single-stage',
    );
    await another.close();
  });
});
