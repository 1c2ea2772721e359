import type { Locator } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { expect, test } from './fixtures';

const LESSON = '/learn/why-images-get-big/';

/** Gives some answer to every question inside `scope`: the first option, the first line, or a number. */
async function answerAll(scope: Locator) {
  // A lesson's quiz is an island: answer once it is live (a click before that is held and replayed
  // later, which Playwright's check() would take for a click that did nothing).
  const island = scope.locator('xpath=ancestor::*[@data-island]');
  if (await island.count()) {
    await scope.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-island-state', 'live');
  }
  const questions = scope.locator('fieldset[data-question]');
  const count = await questions.count();
  for (let i = 0; i < count; i += 1) await answerOne(questions.nth(i));
}

async function answerOne(question: Locator) {
  const radio = question.locator('input[type=radio]').first();
  const checkbox = question.locator('input[type=checkbox]').first();
  const number = question.locator('input[type=number]').first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await number.count()) await number.fill('100');
  // Order questions already count their initial order as an answer.
}

test('a lesson check is answered, scored, stored, and still shown after a reload; axe-clean with its feedback', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(LESSON);
  const quiz = page.locator('section', {
    has: page.getByRole('heading', { name: 'Check: why images get big' }),
  });
  await expect(quiz).toBeVisible();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.getByRole('status')).toContainText('Answer every question first');
  await answerAll(quiz);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const result = quiz.getByTestId('quiz-result');
  await expect(result).toHaveText(/^Your result: [\d.]+ of \d+ points$/);
  await expect(result).toBeFocused();
  const score = (await result.textContent())!.replace('Your result', '');
  // Explanations and the link to the lesson section appear after checking.
  await expect(quiz.getByRole('link', { name: /Read more in/ }).first()).toHaveAttribute(
    'href',
    /\/learn\/why-images-get-big\/#/,
  );
  // The check with its feedback shown, in both themes (the rest of the page: e2e/site-pages.spec.ts).
  await expectAxeCleanInBothThemes(page, { include: '[data-island=lesson-quiz]' });

  await page.reload();
  await page.locator('[data-island=lesson-quiz]').scrollIntoViewIfNeeded();
  const again = page.getByTestId('quiz-result');
  await expect(again).toHaveText(`Your last result${score}`);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
});

test('practice mode gives immediate feedback', async ({ page }) => {
  await page.goto('/interview/');
  await expect(page.getByRole('tab', { name: 'Practice' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await answerOne(panel.locator('fieldset[data-question]'));
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByText(/of 1 point\.$/)).toBeVisible();
  await expect(panel.getByText(/This session: [\d.]+ of 1 points/)).toBeVisible();
  await panel.getByRole('button', { name: 'Next question' }).click();
  await expect(panel.getByText(/^Question 2 of \d+$/)).toBeVisible();
});

test('a timed drill runs to the end, lists weak topics and keeps the best result', async ({ page }) => {
  await page.goto('/interview/');
  await page.getByRole('tab', { name: 'Timed drill' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('radio', { name: '5', exact: true }).check();
  await panel.getByRole('radio', { name: '2 min' }).check();
  await panel.getByRole('button', { name: 'Start drill' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^[12]:\d\d$/);
  for (let i = 1; i <= 5; i += 1) {
    await expect(panel.getByText(`Question ${i} of 5`)).toBeVisible();
    if (i % 2 === 1) await answerOne(panel.locator('fieldset[data-question]'));
    await panel.getByRole('button', { name: i === 5 ? 'Finish drill' : 'Next question' }).click();
  }
  const result = panel.getByTestId('drill-result');
  await expect(result).toHaveText(/^Score: [\d.]+ of 5 points in \d:\d\d$/);
  // Skipped questions lose points, so at least one topic is listed, linking back to its lesson.
  await expect(panel.getByText('Topics to review:')).toBeVisible();
  await expect(panel.locator('ul a[href^="/learn/"]').first()).toBeVisible();
  await expect(panel.getByTestId('drill-best')).toHaveText(/^Best result: [\d.]+ of 5 in \d:\d\d$/);

  await page.reload();
  await page.getByRole('tab', { name: 'Timed drill' }).click();
  await expect(page.getByTestId('drill-best')).toBeVisible();
});

test('a timed drill ends by itself when the time is up', async ({ page }) => {
  await page.clock.install();
  await page.goto('/interview/');
  await page.getByRole('tab', { name: 'Timed drill' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('radio', { name: '5', exact: true }).check();
  await panel.getByRole('radio', { name: '2 min' }).check();
  await panel.getByRole('button', { name: 'Start drill' }).click();
  await expect(panel.getByText('Question 1 of 5')).toBeVisible();
  await page.clock.runFor('02:01');
  await expect(panel.getByTestId('drill-result')).toHaveText(
    /^Time is up\. Score: [\d.]+ of 5 points in 2:00$/,
  );
});

test('flashcards reveal a model answer and store the self-rating', async ({ page }) => {
  await page.goto('/interview/');
  await page.getByRole('tab', { name: 'Flashcards' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('What practical problems');
  await panel.getByRole('button', { name: 'Show the model answer' }).click();
  await expect(panel.getByRole('heading', { name: 'A model answer' })).toBeVisible();
  await panel.getByRole('button', { name: /^Good/ }).click();
  await expect(panel.getByText('Card 2 of')).toBeVisible();
  await panel.getByRole('button', { name: 'Previous card' }).click();
  await expect(panel.getByText(/your last rating: Good/)).toBeVisible();
});

test('the tabs work with the keyboard', async ({ page }) => {
  await page.goto('/interview/');
  await page.getByRole('tab', { name: 'Practice' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Timed drill' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Timed drill' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Mock interview' })).toHaveAttribute('aria-selected', 'true');
});

test('a mock interview asks in turn, shows the model answer after the answer, sums up and stores the ratings', async ({
  page,
}) => {
  // Axe in both themes at two states: a minute or more on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/interview/#mock-interview');
  await expect(page.getByRole('tab', { name: 'Mock interview' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('radio', { name: '3', exact: true }).check();
  await panel.getByRole('button', { name: 'Start the interview' }).click();
  await expect(panel.getByText('Question 1 of 3')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('What practical problems');
  await panel
    .getByRole('textbox', { name: /Your answer/ })
    .fill('We shipped the Go toolchain; two stages fixed it.');
  const modelAnswer = panel.getByRole('heading', { name: 'A model answer' });
  await expect(modelAnswer).toBeHidden();
  // Keyboard only: reveal, then rate.
  await panel.getByRole('button', { name: /show the model answer/ }).focus();
  await page.keyboard.press('Enter');
  await expect(modelAnswer).toBeVisible();
  await expectAxeCleanInBothThemes(page, { include: 'main' });
  await panel.getByRole('button', { name: /^Good/ }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Question 2 of 3')).toBeVisible();
  await expect(panel.getByText('Interviewer: Next question.')).toBeVisible();
  for (const rating of [/^Hard/, /^Again/]) {
    await panel.getByRole('button', { name: /show the model answer/ }).click();
    await panel.getByRole('button', { name: rating }).click();
  }
  const summary = panel.getByTestId('mock-summary');
  await expect(summary.getByRole('heading', { level: 3 })).toHaveText(
    'Interview over: 3 of 9 points by your own ratings',
  );
  await expect(summary.getByText('Again: 1 · Hard: 1 · Good: 1 · Easy: 0')).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ hasText: 'you rated it “Again”' })).toHaveCount(1);
  await summary.getByText('Your answers and the model answers').click();
  await expect(summary.getByText('We shipped the Go toolchain; two stages fixed it.')).toBeVisible();
  await expectAxeCleanInBothThemes(page, { include: 'main' });
  // The opening question's rating is stored like a flashcard's.
  await page.getByRole('tab', { name: 'Flashcards' }).click();
  await expect(page.getByRole('tabpanel').getByText(/your last rating: Good/)).toBeVisible();
});

// Each page state is checked in both themes on one page load (see e2e/axe.ts); the page around the
// practice area is checked in e2e/site-pages.spec.ts.
test.describe('quiz pages pass axe in the light and the dark theme', () => {
  test('interview page: practice feedback, a running drill, drill results and a revealed flashcard', async ({
    page,
  }) => {
    // Axe in both themes at four states of the page: minutes on a busy machine.
    test.setTimeout(240_000);
    await page.goto('/interview/');
    const panel = page.getByRole('tabpanel');
    await answerOne(panel.locator('fieldset[data-question]'));
    await panel.getByRole('button', { name: 'Check' }).click();
    await expectAxeCleanInBothThemes(page, { include: 'main' });

    await page.getByRole('tab', { name: 'Timed drill' }).click();
    await panel.getByRole('radio', { name: '5', exact: true }).check();
    await panel.getByRole('button', { name: 'Start drill' }).click();
    await expectAxeCleanInBothThemes(page, { include: 'main' });
    await panel.getByRole('button', { name: 'Finish now' }).click();
    await panel.getByText('Review every question').click();
    await expectAxeCleanInBothThemes(page, { include: 'main' });

    await page.getByRole('tab', { name: 'Flashcards' }).click();
    await panel.getByRole('button', { name: 'Show the model answer' }).click();
    await expectAxeCleanInBothThemes(page, { include: 'main' });
  });
});
