import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Starts loading Monaco in `editor` as a reader does, by moving the pointer over it. The pointer is moved
 * off and back until the editor has started: over a placeholder that is not hydrated yet, a move does
 * nothing.
 */
export async function startEditor(editor: Locator): Promise<void> {
  const page = editor.page();
  // Retried as a whole: a page may replace the editor's box meanwhile (the playground swaps its static
  // form for the live one), and the locator then finds the new one.
  await expect(async () => {
    await editor.scrollIntoViewIfNeeded({ timeout: 2_000 });
    if ((await editor.getAttribute('data-editor-state')) === 'waiting') {
      await page.mouse.move(0, 0);
      await editor.hover({ position: { x: 80, y: 12 } });
    }
    await expect(editor).not.toHaveAttribute('data-editor-state', 'waiting', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Starts Monaco in `editor` (see {@link startEditor}) and waits until it can be typed in. */
export async function wakeEditor(editor: Locator): Promise<void> {
  await startEditor(editor);
  await expect(editor).toHaveAttribute('data-editor-state', 'editable', { timeout: 30_000 });
}

/** Starts the scope's first editor (see {@link wakeEditor}) and returns it once it can be typed in. */
export async function editorReady(scope: Locator): Promise<Locator> {
  const editor = scope.locator('[data-testid=dockerfile-editor]').first();
  await wakeEditor(editor);
  return editor;
}

/**
 * Focuses the editor and puts the cursor at the start of the last line holding `text`, and checks that it
 * is there. The line is found by the number in Monaco's gutter (the editor may be scrolled, so the n-th
 * drawn line need not be line n), and the walk is retried (Escape first) until Monaco's current-line mark
 * is on it: a suggestion or quick-fix list that opens meanwhile takes the arrow keys for itself.
 */
export async function gotoLine(page: Page, editor: Locator, text: string): Promise<void> {
  await expect(async () => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Escape');
    let number = await lineNumberOf(editor, text);
    for (const key of ['ControlOrMeta+End', 'ControlOrMeta+Home']) {
      if (number > 0) break;
      await page.keyboard.press(key);
      number = await lineNumberOf(editor, text);
    }
    expect(number, `line "${text}" in the editor`).toBeGreaterThan(0);
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < number; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    expect(await cursorLineText(editor)).toBe(text);
  }).toPass({ timeout: 20_000 });
}

/** The number (1-based, from the gutter) of the last drawn line holding `text`, or -1. */
async function lineNumberOf(editor: Locator, text: string): Promise<number> {
  return editor.evaluate((root, wanted) => {
    const numbers = new Map<string, number>();
    for (const n of Array.from(root.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers'))) {
      const top = n.parentElement?.style.top;
      const value = Number.parseInt(n.textContent ?? '', 10);
      if (top && Number.isFinite(value)) numbers.set(top, value);
    }
    let found = -1;
    for (const line of Array.from(root.querySelectorAll<HTMLElement>('.view-lines .view-line'))) {
      const lineText = (line.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      const value = numbers.get(line.style.top);
      if (lineText === wanted && value !== undefined && value > found) found = value;
    }
    return found;
  }, text);
}

/** The text of the line Monaco marks as the cursor's (its `current-line` overlay), or null when none is drawn. */
async function cursorLineText(editor: Locator): Promise<string | null> {
  return editor.evaluate((root) => {
    const mark = root.querySelector<HTMLElement>('.view-overlays .current-line');
    const top = mark?.parentElement?.style.top;
    if (!top) return null;
    const line = Array.from(root.querySelectorAll<HTMLElement>('.view-lines .view-line')).find(
      (l) => l.style.top === top,
    );
    return line ? (line.textContent ?? '').replace(/\u00a0/g, ' ').trim() : null;
  });
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

/** Holds back Monaco's code (its core chunks in out/) until the returned function is called. */
export async function holdMonaco(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const core = monacoCoreChunks();
  expect(core.length, "Monaco's chunk in out/").toBeGreaterThan(0);
  await page.route(
    (url) => core.some((chunk) => url.pathname.endsWith(chunk)),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return release;
}

/** The built chunks that hold Monaco's core (the ones that set up `MonacoEnvironment`). */
function monacoCoreChunks(): string[] {
  const dir = path.join('out', '_next', 'static', 'chunks');
  return fs
    .readdirSync(dir)
    .filter(
      (f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes('MonacoEnvironment'),
    );
}
