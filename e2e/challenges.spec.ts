import { expectAxeCleanInBothThemes } from './axe';
import { expect, test } from './fixtures';

// The challenge ladder: answered challenges (find, predict) checked against the simulation, completion
// marked from progress, and the scoreboard on the progress page. The lessons' labs start only when they

test('find the biggest layer: the apt-get line, then every size; the block is axe-clean', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/learn/why-images-get-big/');
  const ladder = page.getByTestId('challenges');
  await ladder.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island=challenges]')).toHaveAttribute('data-island-state', 'live', {
    timeout: 30_000,
  });
  await expect(ladder.getByText(/^Challenge 1 of \d$/)).toBeVisible();
  await expect(ladder.getByTestId('challenge-kind')).toHaveText('Find the biggest layer');
  await ladder.getByLabel(/line 6: RUN apt-get update/).check();
  await ladder.getByRole('button', { name: 'Check' }).click({ timeout: 20_000 });
  await expect(ladder.getByTestId('challenge-verdict')).toContainText('Right: line 6 adds the most bytes');
  await expect(ladder.getByTestId('biggest-layer')).toHaveText(/MB \(biggest\)/);
  await expect(ladder.getByRole('cell', { name: '0 B (metadata only)' }).first()).toBeVisible();
  await expect(ladder.getByText('✓ Completed')).toBeVisible();
  await expectAxeCleanInBothThemes(page, { include: '[data-testid=challenges]' });
});

test('predict the back-end target by keyboard, then the scoreboard shows the result', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/learn/three-tier-app/');
  const ladder = page.getByTestId('challenges');
  await ladder.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island=challenges]')).toHaveAttribute('data-island-state', 'live', {
    timeout: 30_000,
  });
  await expect(ladder.getByText(/^Challenge 1 of \d$/)).toBeVisible();
  await expect(ladder.getByRole('heading', { name: 'Predict the back-end target' })).toBeVisible();
  // A wrong guess first: the skipped stage is explained with the model's reason.
  await ladder.getByRole('checkbox', { name: 'frontend-build' }).check();
  await ladder.getByRole('checkbox', { name: 'backend', exact: true }).check();
  await ladder.getByRole('radio', { name: 'over 1 GB' }).check();
  await ladder.getByRole('button', { name: 'Check' }).click({ timeout: 20_000 });
  const result = ladder.getByTestId('challenge-result');
  await expect(result).toContainText("skipped: not needed by the target stage 'backend'");
  await expect(result).toContainText('"backend" copies files from it');
  await expect(ladder.getByTestId('challenge-verdict')).toContainText('2 stages wrong. The size is off.');
  // Then the right answer, with the keyboard.
  await ladder.getByRole('checkbox', { name: 'frontend-build' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await ladder.getByRole('radio', { name: '100 MB to 500 MB' }).focus();
  await page.keyboard.press('Space');
  await ladder.getByRole('button', { name: 'Check' }).press('Enter');
  await expect(ladder.getByTestId('challenge-verdict')).toContainText('Right: the stages and the size match');
  await expect(
    ladder.getByRole('button', { name: /1\. Predict the back-end target.*completed/ }),
  ).toBeVisible();
  // Next moves to challenge 2 and puts the focus on its title.
  await ladder.getByRole('button', { name: 'Next challenge →' }).press('Enter');
  await expect(ladder.getByText(/^Challenge 2 of \d$/)).toBeVisible();
  await expect(ladder.getByRole('heading', { name: 'The front end on its own' })).toBeFocused();

  await page.goto('/progress/');
  const row = page.getByTestId('scoreboard').getByRole('row', { name: /Predict the back-end target/ });
  await expect(row).toContainText('1 of 1');
});
