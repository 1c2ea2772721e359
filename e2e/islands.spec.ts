import { expect, test } from './fixtures';

// A lesson's labs, comparisons, exercises and quizzes are server-rendered in full and hydrated only when
// they come near the view or the reader reaches into one; idle moments wake none of them.
test.describe('lesson islands', () => {
  test('stay server HTML until they come near, then hydrate in place without moving', async ({ page }) => {
    await page.goto('/learn/multi-stage-builds/');
    const quiz = page.locator('[data-island=lesson-quiz]');
    // Complete before any island code arrives: the quiz's questions and the lab's Dockerfile are there.
    await expect(quiz.getByRole('heading', { name: /Check: multi-stage builds/ })).toBeVisible();
    await expect(page.locator('[data-island=dockerfile-lab]').first()).toContainText('FROM');
    await page.waitForLoadState('networkidle');
    await expect(quiz).toHaveAttribute('data-island-state', 'dormant');

    const before = await quiz.evaluate((el) => el.getBoundingClientRect().height);
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz).toHaveAttribute('data-island-state', 'live');
    const after = await quiz.evaluate((el) => el.getBoundingClientRect().height);
    expect(after).toBe(before);
    // Hydrated, so it answers: choosing an option enables checking.
    await expect(quiz.getByRole('button', { name: /Check answers/ })).toBeVisible();
  });

  test('wake when the reader reaches into one before it came near', async ({ page }) => {
    await page.goto('/learn/multi-stage-builds/');
    await page.waitForLoadState('networkidle');
    const quiz = page.locator('[data-island=lesson-quiz]');
    await expect(quiz).toHaveAttribute('data-island-state', 'dormant');
    // A focus event from inside wakes it even though it is far below the view.
    await quiz.evaluate((el) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    await expect(quiz).toHaveAttribute('data-island-state', 'live');
  });

  test('answer a click that came before they were live', async ({ page }) => {
    await page.goto('/learn/multi-stage-builds/');
    await page.waitForLoadState('networkidle');
    const quiz = page.locator('[data-island=lesson-quiz]');
    await expect(quiz).toHaveAttribute('data-island-state', 'dormant');
    // Clicked at once, while the quiz is still the server's HTML: the click is held, then replayed.
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz).toHaveAttribute('data-island-state', 'live');
    await expect(quiz.getByRole('status')).toContainText('Answer every question first');
  });

  test('keep what is typed into a field before they are live', async ({ page }) => {
    await page.goto('/learn/go-calculator-demo/');
    await page.waitForLoadState('networkidle');
    const quiz = page.locator('[data-island=lesson-quiz]');
    await expect(quiz).toHaveAttribute('data-island-state', 'dormant');
    const field = quiz.getByRole('spinbutton').first();
    await field.evaluate((el) => (el as HTMLInputElement).focus({ preventScroll: true }));
    // Keys keep coming while the island wakes, hydrates and replays what it held: none may be lost or
    // reordered, whichever moment each one lands in.
    let typed = '';
    for (let i = 0; i < 400; i++) {
      const key = String((i * 7 + 4) % 10);
      await page.keyboard.type(key);
      typed += key;
      if ((await quiz.getAttribute('data-island-state')) === 'live' && i > 2) break;
    }
    for (const key of '470') {
      await page.keyboard.type(key);
      typed += key;
    }
    await expect(quiz).toHaveAttribute('data-island-state', 'live');
    await expect(field).toHaveValue(typed);
    // React holds the same text: one more key is added to it (a field React did not know would lose it).
    await field.press('End');
    await page.keyboard.type('5');
    await expect(field).toHaveValue(`${typed}5`);
  });
});
