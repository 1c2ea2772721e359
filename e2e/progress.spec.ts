import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { expect, test } from './fixtures';

const LESSON = '/learn/why-images-get-big/';

// A lesson's labs start only when they come near the view: these tests are about progress (the one with
// blocked storage lets them start, as they keep drafts in the same storage).

async function rowState(page: Page, title: RegExp) {
  return page.getByRole('row', { name: title }).getByRole('cell').first();
}

test('progress is exported, reset and imported back', async ({ page }) => {
  // Make some progress: visit a lesson, take its check, finish a drill.
  await page.goto(LESSON);
  const quiz = page.locator('section', {
    has: page.getByRole('heading', { name: 'Check: why images get big' }),
  });
  // The quiz is a lesson island: answer it once it is live.
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island=lesson-quiz]')).toHaveAttribute('data-island-state', 'live');
  for (const fieldset of await quiz.locator('fieldset[data-question]').all()) {
    const radio = fieldset.locator('input[type=radio]').first();
    const checkbox = fieldset.locator('input[type=checkbox]').first();
    if (await radio.count()) await radio.check();
    else if (await checkbox.count()) await checkbox.check();
  }
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const score = (await quiz.getByTestId('quiz-result').textContent())!.match(/([\d.]+) of (\d+)/)!;

  await page.goto('/progress/');
  const firstLesson = await rowState(page, /why images get big/i);
  await expect(firstLesson).toHaveText(/Visited|Completed/);
  const stateBefore = await firstLesson.textContent();
  const check = page
    .getByRole('row', { name: /why images get big/i })
    .getByRole('cell')
    .nth(1);
  await expect(check).toHaveText(`${score[1]} of ${score[2]}`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^stagecraft-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'stagecraft-progress', version: 3 });

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(page.getByRole('button', { name: 'Yes, reset everything' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByTestId('progress-status')).toHaveText('All progress was reset.');
  await expect(await rowState(page, /why images get big/i)).toHaveText('Not started');
  await expect(check).toHaveText('—');

  await page.getByLabel('Progress file (.json)').setInputFiles(file);
  await expect(page.getByText(/Replace your progress with/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByTestId('progress-status')).toContainText('Progress imported');
  await expect(await rowState(page, /why images get big/i)).toHaveText(stateBefore!);
  await expect(check).toHaveText(`${score[1]} of ${score[2]}`);

  // Still there after a reload, and the lesson check shows the imported result once it is live.
  await page.goto(LESSON);
  await page.locator('[data-island=lesson-quiz]').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('quiz-result')).toHaveText(
    new RegExp(`^Your last result: ${score[1]} of ${score[2]} points$`),
  );
});

test('a wrong or damaged file is refused with a clear message', async ({ page }) => {
  await page.goto('/progress/');
  const input = page.getByLabel('Progress file (.json)');
  await input.setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name":"x"}'),
  });
  await expect(page.getByTestId('import-error')).toContainText('not a Stagecraft progress export');
  await input.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"stagecraft-progress","vers'),
  });
  await expect(page.getByTestId('import-error')).toContainText('not valid JSON');
  await expect(page.getByRole('button', { name: 'Replace my progress' })).toHaveCount(0);
});

test('unreadable saved progress is set aside with a notice, not deleted', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('stagecraft:progress', '{"version": 2, "lessons": {');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/progress/');
  await expect(page.locator('[data-notice="corrupt"]')).toContainText('set aside');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith('stagecraft:progress:corrupt:'));
  expect(aside).toBeDefined();
  expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toBe('{"version": 2, "lessons": {');
  await page.getByRole('button', { name: /Dismiss/ }).click();
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('blocked storage falls back to this tab with a notice and no crash', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON);
  await expect(page.locator('[data-notice="unavailable"]').first()).toBeVisible();
  await page.goto('/progress/');
  await expect(page.getByText('Progress is currently kept for this tab only.')).toBeVisible();
});

test("two tabs see each other's progress", async ({ context }) => {
  const progressTab = await context.newPage();
  await progressTab.goto('/progress/');
  await expect(await rowState(progressTab, /multi-stage builds/i)).toHaveText('Not started');
  const lessonTab = await context.newPage();
  await lessonTab.goto('/learn/multi-stage-builds/');
  await expect(await rowState(progressTab, /multi-stage builds/i)).toHaveText('Visited');
});

// The page as it opens is checked in e2e/site-pages.spec.ts; here, with the reset confirmation open.
test('the progress page passes axe in the light and the dark theme with the reset confirmation open', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(page.getByRole('button', { name: 'Yes, reset everything' })).toBeFocused();
  await expectAxeCleanInBothThemes(page, { include: 'main' });
});
