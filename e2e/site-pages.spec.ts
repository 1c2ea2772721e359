import type { Page } from '@playwright/test';
import { WCAG, expectAxeCleanInBothThemes } from './axe';
import { expect, test } from './fixtures';
import { listLessonPages, listSitePages } from './site-pages';
import { wakeEditor } from './lab-helpers';

/**
 * Every page of the built site, loaded once: it renders with its metadata, no console errors and no
 * request leaves the site (the fixture checks those two after every test); a lesson page has its
 * sidebar, table of contents and previous/next links, and its text does not overflow a phone's width;
 * and axe finds no WCAG 2.1 A/AA violation in the light or the dark theme (the dark theme changes colours
 * only, so there axe runs the colour rules, see e2e/axe.ts). A sample of pages of every kind is also
 * held to axe's best-practice rules.
 *
 * Pages are checked once everything deferred has arrived (every island live, every editor editable), so
 * axe sees each lesson's labs, panels and quizzes as a reader does, and the same state on every run.
 * Monaco's own markup is the same in every lab: axe checks it, with both kinds of lab live, on the
 * multi-stage lesson and on the playground, and leaves it out on the other lessons (there it took half
 * of axe's time); its token colours, the one thing in it that differs between lessons, are held to
 * 4.5:1 in both themes by components/editor/editor-theme.test.ts.
 *
 * Slide decks are checked by axe for a sample of lessons: a deck shows the same lesson content as the
 * lesson page (checked for every lesson) in the same deck frame, so three decks and two presenter views
 * cover the frame (the multi-stage lesson's two at its lab slide, with the lab live); every other deck
 * and presenter view is loaded and checked for errors and metadata, one after another in one tab.
 */
const pages = listSitePages();
const lessons = listLessonPages();

const deck = (lesson: string | undefined) => lesson?.replace('/learn/', '/present/');
/** Decks of the first, second and last lesson; presenter views of the first two. */
const sampledDecks = new Set([deck(lessons[0]), deck(lessons[1]), deck(lessons.at(-1))]);
const sampledPresenters = new Set([`${deck(lessons[0])}presenter/`, `${deck(lessons[1])}presenter/`]);
/** The multi-stage lesson's deck and presenter view open at slide 7, "The calculator in two stages". */
const LAB_SLIDE = new Map([
  [deck(lessons[1]), 7],
  [`${deck(lessons[1])}presenter/`, 7],
]);
/**
 * Pages held to axe's best-practice rules too: one or two of every kind (a deck and a presenter view at
 * their first slide, and the multi-stage lesson's two at its lab slide: the deck's h1 is in the slide
 * frame, shown on every slide).
 */
const bestPractice = new Set([
  '/',
  '/playground/',
  '/interview/',
  '/progress/',
  '/teach/',
  lessons[1],
  lessons.at(-1),
  deck(lessons[0]),
  `${deck(lessons[0])}presenter/`,
  deck(lessons[1]),
  `${deck(lessons[1])}presenter/`,
]);
/** Lessons where axe checks Monaco's markup too (see above); other pages have no editor or check it. */
const monacoChecked = new Set([lessons[1]]);

const isDeck = (path: string) => /^\/present\/[^/]+\/(presenter\/)?$/.test(path);
const isPresenter = (path: string) => /^\/present\/[^/]+\/presenter\/$/.test(path);

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

/** What every page has: a 200, one h1, the main landmark, a title, a description and an Open Graph title. */
async function checkMetadata(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page).toHaveTitle(/Stagecraft/);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
}

/**
 * Brings everything deferred in as a reader would: each island scrolled into view until it is live, and
 * the pointer over each editor until it is editable (on a deck, those of the slide shown; the others wait
 * until their slide is shown).
 */
async function settle(page: Page, path: string): Promise<void> {
  const scope = isDeck(path) ? page.locator('main.deck > [data-slide]:visible') : page.locator('body');
  if (isDeck(path)) {
    await expect(page.locator('main.deck[data-live]')).toBeAttached();
    await expect(scope).toHaveCount(1);
  }
  const islands = scope.locator('[data-island-state]');
  for (let i = 0; i < (await islands.count()); i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i)).toHaveAttribute('data-island-state', 'live', { timeout: 60_000 });
  }
  const editors = scope.locator('[data-testid="dockerfile-editor"]');
  for (let i = 0; i < (await editors.count()); i++) await wakeEditor(editors.nth(i));
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

// One page load per page: axe runs in the light theme, then again after switching with the theme toggle.
test.use({ colorScheme: 'light' });
// Two full axe runs on a lesson with live labs take a while on a busy machine.
test.setTimeout(180_000);

for (const path of pages.filter(axeChecks)) {
  test(`${path} renders with its metadata and has no WCAG 2.1 A/AA violations in the light or the dark theme`, async ({
    page,
    record,
  }) => {
    const slide = LAB_SLIDE.get(path);
    await checkMetadata(page, slide ? `${path}#/${slide}` : path);
    expect(record.requests.length).toBeGreaterThan(0);
    await settle(page, path);

    const lessonIndex = lessons.indexOf(path);
    if (lessonIndex >= 0) {
      await checkLessonNavigation(page, lessonIndex);
      await checkPhoneWidth(page);
    }

    // Presentation pages keep the site header in the page, hidden, beside their own controls: the
    // helper uses the visible theme toggle.
    await expectAxeCleanInBothThemes(page, {
      tags: bestPractice.has(path) ? [...WCAG, 'best-practice'] : WCAG,
      exclude: lessonIndex >= 0 && !monacoChecked.has(path) ? '.monaco-editor' : undefined,
    });
  });
}

// The decks and presenter views axe does not check, one after another in one tab (the fixture's checks
// for console errors and requests that leave the site cover every page the test loads).
for (const presenter of [false, true]) {
  const rest = pages.filter((path) => isDeck(path) && !axeChecks(path) && isPresenter(path) === presenter);
  test(`the other ${rest.length} ${presenter ? 'presenter views' : 'decks'} render with their metadata`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + rest.length * 15_000);
    for (const path of rest) {
      await test.step(path, async () => {
        await checkMetadata(page, path);
        await expect(page.locator('main.deck[data-live]')).toBeAttached();
      });
    }
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
