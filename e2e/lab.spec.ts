import { expect, test } from './fixtures';
import {
  editorReady,
  editorText,
  startEditor,
  expectEditorText,
  gotoLine,
  retypeLine,
  typeLines,
  holdMonaco,
} from './lab-helpers';

const LESSON = '/learn/multi-stage-builds/';

test.describe('the Dockerfile lab in the multi-stage lesson', () => {
  test('turning the single-stage calculator into a multi-stage build on scratch shrinks it and it still starts', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(LESSON);
    const exercise = page.getByTestId('exercise').first();
    const editor = await editorReady(exercise);
    const panel = exercise
      .getByRole('region', { name: 'Simulated build' })
      .or(exercise.locator('section[aria-label^="Simulated build"]'));
    const size = exercise.getByTestId('final-size');
    // About 861 MB in the talk; the simulator's estimate may differ a little.
    await expect(size).toHaveText(/8\d\d MB/);
    await expect(panel).toContainText('docker run: starts');

    await gotoLine(page, editor, 'ENTRYPOINT ["/app"]');
    await typeLines(page, ['FROM scratch', 'COPY --from=build /app /app']);
    await expectEditorText(editor, 'COPY --from=build /app /app');

    await expect(size).toHaveText(/1\.[78]\d? MB/);
    await expect(panel).toContainText('docker run: starts');
    await expect(exercise.getByTestId('size-delta')).toContainText(/MB/);
    await expect(exercise.getByTestId('exercise-status')).toHaveText(/All \d goals met/);

    // Shell form on scratch: Docker cannot find /bin/sh to run it.
    await gotoLine(page, editor, 'ENTRYPOINT ["/app"]');
    await retypeLine(page, 'ENTRYPOINT /app');
    await expect(panel).toContainText('docker run: fails to start');
    await exercise.getByRole('tab', { name: 'Run' }).click();
    await expect(
      exercise.getByRole('region', { name: 'docker run' }).or(exercise.locator('[aria-label="docker run"]')),
    ).toContainText('/bin/sh');

    // A stage that does not exist in --from: the editor marks it.
    await gotoLine(page, editor, 'COPY --from=build /app /app');
    await retypeLine(page, 'COPY --from=biuld /app /app');
    await expect(editor.locator('.squiggly-error, .squiggly-warning').first()).toBeVisible();
    await expect(exercise.locator('[aria-label="Problems in the Dockerfile"]')).toContainText('biuld');
  });

  test('edits are kept across a reload, and "Reset to the original" brings the original back', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const lab = page.getByTestId('lab').first();
    const editor = await editorReady(lab);
    await gotoLine(page, editor, 'FROM scratch');
    await typeLines(page, ['# kept across reloads']);
    await expect(lab.getByText('Edited · saved in this browser')).toBeVisible();
    // The draft is written a moment after the last keystroke: wait until it is.
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).join('\n')))
      .toContain('# kept across reloads');

    await page.reload();
    const again = page.getByTestId('lab').first();
    await expect(again.getByText('Your edits from last time were restored.')).toBeVisible();
    const reloaded = await editorReady(again);
    await expectEditorText(reloaded, '# kept across reloads');

    await again.getByRole('button', { name: 'Reset to the original' }).click();
    await expectEditorText(reloaded, 'ENTRYPOINT ["/app"]', '# kept across reloads');
    await page.reload();
    const afterReset = await editorReady(page.getByTestId('lab').first());
    await expectEditorText(afterReset, 'ENTRYPOINT ["/app"]', '# kept across reloads');
  });

  test('Undo after "Reset to the original" brings back exactly the text before the reset', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const lab = page.getByTestId('lab').first();
    const editor = await editorReady(lab);
    await gotoLine(page, editor, 'FROM scratch');
    await page.keyboard.insertText('# typed just before the reset ');
    const edited = await editorText(editor);
    // Until its saved draft is cleared, a reset lab shows that draft: let the draft catch up with the text.
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).join('\n')))
      .toContain('# typed just before the reset ');
    await lab.getByRole('button', { name: 'Reset to the original' }).click();
    await expect.poll(() => editorText(editor)).not.toContain('# typed just before the reset');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => editorText(editor)).toBe(edited);
  });

  test('a reset right after typing goes straight to the original: Undo brings back the latest text', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const lab = page.getByTestId('lab').first();
    const editor = await editorReady(lab);
    await gotoLine(page, editor, 'FROM scratch');
    await page.keyboard.insertText('# saved ');
    await expect
      .poll(() => page.evaluate(() => Object.values(localStorage).join('\n')))
      .toContain('# saved ');
    // Typed and reset at once, before this text is saved: the older saved draft must not show in between.
    await page.keyboard.insertText('# newer');
    await lab.getByRole('button', { name: 'Reset to the original' }).click();
    await expect.poll(() => editorText(editor)).not.toContain('# saved');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => editorText(editor)).toContain('# saved # newer');
  });

  // One page load for what needs the editors starting and live: the placeholder before Monaco, where
  // Monaco comes from, and leaving the editor by keyboard. Axe checks this page with both editors live,
  // in both themes, in e2e/site-pages.spec.ts.
  test('the Dockerfile shows before Monaco in a box of the same size; Monaco comes from the site itself; Escape then Tab leaves the editor', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Every <script> the page ever gets, including any removed again (the editor's loader would add
    // one for Monaco's AMD loader if it were not handed the bundled Monaco).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { scriptsAdded: string[] }).scriptsAdded = seen;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node instanceof HTMLScriptElement) seen.push(node.src);
      }).observe(document, { childList: true, subtree: true });
    });
    // Monaco's code is held back until the placeholder has been looked at.
    const release = await holdMonaco(page);
    await page.goto(LESSON);
    const origin = new URL(page.url()).origin;

    // Before Monaco: the Dockerfile as static code, in the box the editor will fill.
    const lab = page.getByTestId('lab').first();
    const box = lab.getByTestId('dockerfile-editor');
    await expect(lab.getByTestId('editor-placeholder')).toContainText('FROM scratch');
    expect(await box.getAttribute('data-editor-state')).not.toBe('editable');
    const before = await box.boundingBox();
    release();

    /** Scripts from another origin, and Monaco's AMD loader from anywhere. */
    const strayScripts = async () =>
      (
        await page.evaluate(() => [
          ...(window as unknown as { scriptsAdded: string[] }).scriptsAdded,
          ...Array.from(document.scripts, (script) => script.src),
        ])
      ).filter((src) => src && (new URL(src).origin !== origin || /\/vs\/loader\.js$/.test(src)));
    for (const scope of [lab, page.getByTestId('exercise').first()]) {
      const editorBox = scope.getByTestId('dockerfile-editor').first();
      await startEditor(editorBox);
      // Stops at the first stray script too: an editor waiting for Monaco from elsewhere never gets ready.
      await expect
        .poll(
          async () =>
            (await strayScripts()).length > 0 ||
            (await editorBox.getAttribute('data-editor-state')) === 'editable',
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(await strayScripts()).toEqual([]);
    }

    const editor = await editorReady(lab);
    const after = await box.boundingBox();
    expect(after?.height).toBe(before?.height);
    expect(after?.width).toBe(before?.width);

    // Escape then Tab leaves the editor, so the lab works without a mouse.
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focusedInEditor = await editor.evaluate((el) => el.contains(document.activeElement));
    expect(focusedInEditor).toBe(false);
    // Tab inside the editor (without Escape first) still indents.
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Tab');
    expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('ControlOrMeta+z');
  });
});

test('a quick fix says what it saves, rewrites the line, and the simulation shows that size', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(LESSON);
  const exercise = page.getByTestId('exercise');
  const editor = await editorReady(exercise);
  const size = exercise.getByTestId('final-size');
  await expect(size).toHaveText(/8\d\d MB/);
  const before = Number((await size.innerText()).replace(/[^\d.]/g, ''));

  await gotoLine(page, editor, 'RUN apt-get update && apt-get install -y golang-go');
  await page.keyboard.press('End');
  await expect(editor.locator('.squiggly-warning, .squiggly-info').first()).toBeVisible();
  // The fix's title says what it changes in size, as the simulator works it out. One press may come
  // before the editor has the line's fixes (no list opens), so the list is asked for until it holds it.
  const action = page.locator('.action-widget').getByText(/^Add --no-install-recommends \(.* MB → .* MB\)$/);
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+.');
    await expect(action).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  const title = await action.innerText();
  const [from, to] = [...title.matchAll(/([\d.]+) MB/g)].map((m) => Number(m[1]));
  expect(from).toBe(before);
  expect(to).toBeLessThan(before);
  await action.click();

  await expectEditorText(editor, 'apt-get install --no-install-recommends -y golang-go');
  // Without the recommended packages (gcc among them) the image is as small as the title said.
  await expect
    .poll(async () => Number((await size.innerText()).replace(/[^\d.]/g, '')), { timeout: 30_000 })
    .toBe(to);
});
