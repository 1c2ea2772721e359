import type { Page } from '@playwright/test';
import { WCAG, expectAxeCleanInBothThemes } from './axe';
import { expect, test } from './fixtures';
import { listLessonPages, listSitePages } from './site-pages';

/**
 * Every page of the built site, loaded once: it renders with its metadata, no console errors and no
 * request leaves the site (the fixture checks those two after every test); a lesson page has its
 * sidebar, table of contents and previous/next links, and its text does not overflow a phone's width;
 * and axe finds no WCAG 2.1 A/AA violation in the light or the dark theme (the dark theme changes colours
 * only, so there axe runs the colour rules, see e2e/axe.ts). A sample of pages of every kind is also
 * held to axe's best-practice rules.
 *
 * Slide decks are checked by axe for a sample of lessons: a deck shows the same lesson content as the
 * lesson page (checked for every lesson) in the same deck frame, so three decks and two presenter views
 * cover the frame; every deck is still loaded and checked for errors and metadata.
 */
const pages = listSitePages();
const lessons = listLessonPages();

const deck = (lesson: string | undefined) => lesson?.replace('/learn/', '/present/');
/** Decks of the first, second and last lesson; presenter views of the first two. */
const sampledDecks = new Set([deck(lessons[0]), deck(lessons[1]), deck(lessons.at(-1))]);
const sampledPresenters = new Set([`${deck(lessons[0])}presenter/`, `${deck(lessons[1])}presenter/`]);
/** Pages held to axe's best-practice rules too: one or two of every kind. */
const bestPractice = new Set([
  '/',
  '/playground/',
  '/interview/',
  '/progress/',
  '/teach/',
  lessons[1],
  lessons.at(-1),
  deck(lessons[1]),
  `${deck(lessons[1])}presenter/`,
]);

function axeChecks(path: string): boolean {
  if (/^\/present\/[^/]+\/presenter\/$/.test(path)) return sampledPresenters.has(path);
  if (/^\/present\/[^/]+\/$/.test(path)) return sampledDecks.has(path);
  return true;
}

/** Sidebar, table of contents and previous/next of the lesson at `index`, as rendered (no navigation). */
async function checkLessonNavigation(page: Page, index: number): Promise<void> {
  const lesson = lessons[index];
  await expect(page.getByRole('heading', { name: 'By the end of this lesson you can' })).toBeVisible();
  await expect(page.getByText(/about \d+ minutes/).first()).toBeVisible();

  const sidebar = page.getByRole('navigation', { name: 'Lessons', exact: true });
  await expect(sidebar.getByRole('link')).toHaveCount(lessons.length);
  await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute('href', lesson);

  const toc = page.getByRole('navigation', { name: 'On this page', exact: true }).first();
  const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) {
    expect(href).toMatch(/^#[a-z0-9-]+$/);
    await expect(page.locator(`main ${href}`)).toHaveCount(1);
  }

  await expect(page.getByTestId('present-lesson')).toHaveAttribute(
    'href',
    lesson.replace('/learn/', '/present/'),
  );

  const previous = page.getByTestId('prev-lesson');
  const next = page.getByTestId('next-lesson');
  if (index === 0) await expect(previous).toHaveCount(0);
  else await expect(previous).toHaveAttribute('href', lessons[index - 1]);
  if (index === lessons.length - 1) await expect(next).toHaveCount(0);
  else await expect(next).toHaveAttribute('href', lessons[index + 1]);
}

/** On a phone's width, the lesson's text does not overflow the screen sideways (then back to desktop). */
async function checkPhoneWidth(page: Page): Promise<void> {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  // Editors lay themselves out again on their next resize observation: wait for the page to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: 'sideways overflow at 390 px',
    })
    .toBeLessThanOrEqual(0);
  if (desktop) await page.setViewportSize(desktop);
}

// One page load per page: axe runs in the light theme, then again after switching with the theme toggle.
test.use({ colorScheme: 'light' });
// Two full axe runs on a lesson with live labs take a while on a busy machine.
test.setTimeout(180_000);

for (const path of pages) {
  const axe = axeChecks(path);
  const title = axe
    ? `${path} renders with its metadata and has no WCAG 2.1 A/AA violations in the light or the dark theme`
    : `${path} renders with its metadata`;
  test(title, async ({ page, record }) => {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toBeVisible();
    await expect(page).toHaveTitle(/Stagecraft/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
    expect(record.requests.length).toBeGreaterThan(0);

    const lessonIndex = lessons.indexOf(path);
    if (lessonIndex >= 0) {
      await checkLessonNavigation(page, lessonIndex);
      await checkPhoneWidth(page);
    }
    if (!axe) return;

    // Presentation pages keep the site header in the page, hidden, beside their own controls: the
    // helper uses the visible theme toggle.
    await expectAxeCleanInBothThemes(page, {
      tags: bestPractice.has(path) ? [...WCAG, 'best-practice'] : WCAG,
    });
  });
}

test('/no-such-page/ has no WCAG 2.1 A/AA violations in the light or the dark theme', async ({
  page,
  record,
}) => {
  record.allowConsoleError(/404 \(Not Found\)/);
  await page.goto('/no-such-page/', { waitUntil: 'load' });
  await expectAxeCleanInBothThemes(page);
});
