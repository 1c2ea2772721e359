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
  const lines = await editorText(editor);
  const index = lines
    .split('\n')
    .map((l) => l.trim())
    .lastIndexOf(text);
  expect(index, `line "${text}" in the editor`).toBeGreaterThanOrEqual(0);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
}

/** Types `lines` one after another, each followed by Enter (closing any suggestion list first). */
export async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 15 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
  }
}

/** Replaces the line the cursor is on with `text` by typing it. */
export async function retypeLine(page: Page, text: string): Promise<void> {
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(text, { delay: 15 });
  await page.keyboard.press('Escape');
}

/** The editor's text as the learner sees it (Monaco renders only visible lines; labs show them all). */
export async function editorText(editor: Locator): Promise<string> {
  const text = await editor.locator('.view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}
