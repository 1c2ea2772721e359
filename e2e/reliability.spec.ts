import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A lesson's end check, once its island is live. */
async function liveQuiz(page: Page, title: string): Promise<Locator> {
  const quiz = page.locator('section', { has: page.getByRole('heading', { name: title }) });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('xpath=ancestor::*[@data-island]')).toHaveAttribute('data-island-state', 'live');
  return quiz;
}

/** Answers every radio and checkbox question with its first option and checks the answers. */
async function answerAndCheck(quiz: Locator): Promise<void> {
  for (const fieldset of await quiz.locator('fieldset[data-question]').all()) {
    const radio = fieldset.locator('input[type=radio]').first();
    const checkbox = fieldset.locator('input[type=checkbox]').first();
    if (await radio.count()) await radio.check();
    else if (await checkbox.count()) await checkbox.check();
  }
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByTestId('quiz-result')).toBeVisible();
}

test('an imported quiz answer of the wrong type is set aside, and the quiz still works', async ({ page }) => {
  test.setTimeout(180_000);
  const t = Date.UTC(2026, 11, 1);
  const attempt = {
    score: 1,
    max: 4,
    at: t,
    // Values of a stored answer's types, of the wrong kind for their questions: an order question answered
    // with a number, a single choice with a number and with an option that does not exist.
    answers: { 'usual-dockerfile': 3, 'runtime-needs': 7, 'biggest-layer': 'no-such-option' },
  };
  const file = {
    format: 'stagecraft-progress',
    version: 2,
    exportedAt: new Date(t).toISOString(),
    data: {
      version: 2,
      epoch: { id: 'imported', at: t },
      updatedAt: t,
      lessons: {},
      lastVisited: null,
      quizzes: { '01-why-images-get-big': { best: attempt, last: attempt, attempts: 1 } },
      exercises: {},
      drills: { best: null, recent: [] },
      flashcards: {},
      labDrafts: {},
    },
  };
  await page.goto('/progress/');
  await page.getByLabel('Progress file (.json)').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByTestId('progress-status')).toContainText('Progress imported');

  await page.goto('/learn/why-images-get-big/');
  const quiz = await liveQuiz(page, 'Check: why images get big');
  await expect(quiz.getByTestId('quiz-set-aside')).toContainText('3 saved answers did not match');
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await answerAndCheck(quiz);
  await expect(quiz.getByTestId('quiz-set-aside')).toHaveCount(0);
});

test('two tabs answering checks in turn lose no answer', async ({ context }) => {
  test.setTimeout(180_000);
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/learn/why-images-get-big/');
  await second.goto('/learn/multi-stage-builds/');
  const quizA = await liveQuiz(first, 'Check: why images get big');
  const quizB = await liveQuiz(second, 'Check: multi-stage builds');
  const rounds = 4;
  for (let round = 0; round < rounds; round++) {
    for (const quiz of [quizA, quizB]) {
      const again = quiz.getByRole('button', { name: 'Try again' });
      if (await again.count()) await again.click();
      await answerAndCheck(quiz);
    }
  }
  const stored = () =>
    first.evaluate(() => {
      const data = JSON.parse(localStorage.getItem('stagecraft:progress') ?? '{}');
      const attempts = (id: string) => data.quizzes?.[id]?.attempts ?? 0;
      return [attempts('01-why-images-get-big'), attempts('02-multi-stage-builds')];
    });
  await expect.poll(stored).toEqual([rounds, rounds]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the playground says it needs JavaScript and shows the Dockerfile it opens with', async ({ page }) => {
    await page.goto('/playground/');
    // Playwright turns scripts off without turning the parser's scripting flag off, so the browser
    // keeps <noscript> content as text: read it there.
    const noscript = page.getByTestId('playground-loading').locator('noscript');
    expect(await noscript.evaluate((n) => n.textContent)).toContain('The playground needs JavaScript');
    const lab = page.getByTestId('playground-loading').getByTestId('lab');
    await expect(lab).toContainText('FROM ubuntu:22.04');
    await expect(lab).toContainText('go-calculator');
  });
});
