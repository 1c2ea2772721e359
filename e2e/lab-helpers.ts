import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Waits until the lab's Monaco editor has replaced the placeholder and can be typed in. */
export async function editorReady(scope: Locator): Promise<Locator> {
  const editor = scope.locator('[data-testid=dockerfile-editor]').first();
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-state', 'editable', { timeout: 30_000 });
  return editor;
}

/** Focuses the editor and puts the cursor at the start of the last line holding `text`. */
export async function gotoLine(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  const lines = await editorLines(editor);
  const index = lines.map((l) => l.trim()).lastIndexOf(text);
  expect(index, `line "${text}" in the editor`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
}

/**
 * The editor's lines, blank ones included, in order (Monaco draws each line as a `.view-line`
 * positioned by `top`; the labs' editors are tall enough to draw them all).
 */
export async function editorLines(editor: Locator): Promise<string[]> {
  return editor.locator('.view-lines').evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.view-line'))
      .map((line) => ({
        top: parseFloat(line.style.top) || 0,
        text: (line.textContent ?? '').replace(/\u00a0/g, ' '),
      }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
}

/**
 * Enters `lines` one after another, each followed by Enter (closing any suggestion list first). Each
 * line goes in as one edit, as a paste would: the tests are about what the lab makes of the text, and
 * key-by-key typing would only add one simulation per key.
 */
export async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.insertText(line);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
  }
}

/** Replaces the line the cursor is on with `text` (one edit). */
export async function retypeLine(page: Page, text: string): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
}

/** The editor's text as the learner sees it (blank lines included). */
export async function editorText(editor: Locator): Promise<string> {
  return (await editorLines(editor)).join('\n');
}

/**
 * Waits until the editor shows `shown` (Monaco draws its lines a moment after it reports ready, so a
 * single read can catch it half drawn), then checks that `hidden`, if given, is not on screen.
 */
export async function expectEditorText(editor: Locator, shown: string, hidden?: string): Promise<void> {
  await expect.poll(() => editorText(editor), { timeout: 15_000 }).toContain(shown);
  if (hidden !== undefined) expect(await editorText(editor)).not.toContain(hidden);
}
