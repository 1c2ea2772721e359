import { expect, test } from './fixtures';
import { expectAxeCleanInBothThemes } from './axe';
import { listLessonPages } from './site-pages';

const lessons = listLessonPages();

test('the site has the two first lessons, in order', () => {
  expect(lessons.slice(0, 2)).toEqual(['/learn/why-images-get-big/', '/learn/multi-stage-builds/']);
});

test('an unknown address shows the 404 page', async ({ page, record }) => {
  record.allowConsoleError(/404 \(Not Found\)/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'All lessons' })).toBeVisible();
});

test('the home page says who the course is for and starts the first lesson', async ({ page }) => {
  await page.goto('/');
  for (const audience of ['Self-paced learners', 'Instructors', 'Interview preparation']) {
    await expect(page.getByRole('heading', { name: audience, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(lessons[0]);
});

/**
 * Following the table of contents, the previous/next links and the sidebar, on the first and the last
 * lesson (what every lesson page renders is checked in site-pages.spec.ts).
 */
test.describe('lesson navigation', () => {
  for (const index of [0, lessons.length - 1]) {
    test(`${lessons[index]}: the table of contents, previous or next, and the sidebar lead where they say`, async ({
      page,
    }) => {
      const lesson = lessons[index];
      await page.goto(lesson);
      const toc = page.getByRole('navigation', { name: 'On this page', exact: true }).first();
      // The first heading: nothing above it changes size when the page's live parts arrive.
      const heading = await toc.getByRole('link').first().getAttribute('href');
      expect(heading).toMatch(/^#[a-z0-9-]+$/);
      await toc.locator(`a[href="${heading}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${heading}$`));
      await expect(page.locator(heading as string)).toBeInViewport();

      if (index === lessons.length - 1) {
        await page.getByTestId('prev-lesson').click();
        await expect(page).toHaveURL(lessons[index - 1]);
      } else {
        await page.getByTestId('next-lesson').click();
        await expect(page).toHaveURL(lessons[index + 1]);
      }

      // Back through the sidebar to this lesson.
      const sidebar = page.getByRole('navigation', { name: 'Lessons', exact: true });
      await sidebar.locator(`a[href="${lesson}"]`).click();
      await expect(page).toHaveURL(lesson);
      await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute('href', lesson);
    });
  }
});

test('a late table-of-contents entry stays in view while the islands near it go live', async ({ page }) => {
  await page.goto(lessons[0]);
  const toc = page.getByRole('navigation', { name: 'On this page', exact: true }).first();
  await toc.locator('a[href="#recap"]').click();
  await expect(page).toHaveURL(/#recap$/);
  const recap = page.locator('#recap');
  await expect(recap).toBeInViewport();
  // Above the heading: the challenge ladder, which wakes because it is near the view and grows as it
  // does. Wait until it is complete and no island near the view is still loading.
  await expect(page.locator('[data-island=challenges]')).toHaveAttribute('data-island-state', 'live');
  await expect(page.getByTestId('challenges-completed')).toHaveText(/of \d+ completed/);
  await expect(page.locator('[data-island-state=loading]')).toHaveCount(0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(recap).toBeInViewport();
});

test('code blocks are highlighted at build time and have a copy button', async ({ page }) => {
  await page.goto(lessons[0]);
  const block = page.locator('[data-code-block]').first();
  await expect(block.locator('pre.shiki span[style*="--shiki-light"]').first()).toBeAttached();
  await expect(block.getByRole('button', { name: /copy/i })).toBeVisible();
});

test('a "Where this comes from" note opens from the keyboard, links its Sources entry and prints open', async ({
  page,
}) => {
  await page.goto('/learn/faster-builds/');
  const note = page.locator('details[data-source-note]', { hasText: 'Checking your build configuration' });
  const link = note.getByRole('link', { name: 'Docker Build: checking your build configuration' });
  await expect(note).not.toHaveAttribute('open', '');
  await expect(link).toBeHidden();
  await note.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  await expectAxeCleanInBothThemes(page, { include: 'details[data-source-note][open]' });
  await note.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeHidden();
  // A printed lesson keeps its sources: the closed note's text is laid out in print.
  await page.emulateMedia({ media: 'print' });
  await expect(link).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(link).toBeHidden();
  await note.locator('summary').click();
  await link.click();
  await expect(page).toHaveURL(/\/sources\/#docker-build-checks$/);
  await expect(page.locator('#docker-build-checks')).toBeVisible();
});

test('the theme follows the system, and the toggle persists across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(lessons[0]);
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);

  const toggle = page.getByTestId('theme-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);

  await page.getByTestId('theme-toggle').click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
});

test('the stored theme is applied by the head script alone, before any bundle runs (no flash)', async ({
  page,
  record,
}) => {
  record.allowConsoleError(/Failed to load resource|ERR_FAILED|ChunkLoadError/);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('stagecraft-theme', 'dark'));
  // Without the site's JavaScript bundles, only the inline script in <head> can set the theme.
  await page.route('**/_next/static/chunks/**/*.js', (route) => route.abort());
  await page.goto(lessons[0]);
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(15, 17, 21)');
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto(lessons[0]);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});

// That no lesson's text overflows a phone's width is checked on each lesson's load in site-pages.spec.ts.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const target of [lessons[1], lessons.at(-1) as string]) {
    test(`the collapsible menu reaches ${target}`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('navigation', { name: 'Lessons', exact: true })).toBeHidden();
      const menu = page.getByTestId('menu-button');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const panel = page.getByRole('navigation', { name: 'Site menu', exact: true });
      await panel.locator(`a[href="${target}"]`).click();
      await expect(page).toHaveURL(target);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(panel).toBeHidden();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });
  }

  test('Escape closes the menu', async ({ page }) => {
    await page.goto(lessons[0]);
    const menu = page.getByTestId('menu-button');
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Site menu', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Site menu', exact: true })).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});
