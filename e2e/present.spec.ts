import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { listLessonPages } from './site-pages';
import fs from 'node:fs';
import { decodeSharedState } from '../lib/share';
import { axeViolations } from './axe';

const LESSON = 'multi-stage-builds';
const AUDIENCE = `/present/${LESSON}/`;
const PRESENTER = `/present/${LESSON}/presenter/`;
/** Slide 7 (1-based) of the lesson: "The calculator in two stages", with its lab. */
const LAB_SLIDE = 7;

test.setTimeout(120_000);
test.use({ serviceWorkers: 'allow' });
// Axe checks this deck and its presenter view at the lab slide, in both themes: e2e/site-pages.spec.ts.

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main.deck[data-live]')).toBeAttached();
}

const shown = (page: Page) => page.locator('main.deck > [data-slide]:visible');

test('the audience window follows the presenter, and notes never show on it', async ({ context }) => {
  const presenter = await context.newPage();
  await open(presenter, PRESENTER);
  const audience = await context.newPage();
  await open(audience, AUDIENCE);
  const total = await presenter.locator('main.deck > [data-slide]').count();
  expect(total).toBeGreaterThan(8);

  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('PageDown');
  await expect(presenter.getByTestId('slide-number')).toHaveText(`3 / ${total}`);
  await expect(audience.getByTestId('slide-number')).toHaveText(`3 / ${total}`);
  await expect(shown(audience)).toHaveAttribute('data-slide', '2');
  await expect(shown(audience).locator('h2')).toHaveText('One Dockerfile, several stages');
  expect(new URL(audience.url()).hash).toBe('#/3');

  // The presenter sees this slide's notes and what comes next.
  await expect(presenter.getByTestId('notes-pane')).toContainText('Every FROM starts a new stage');
  await expect(presenter.getByTestId('presenter-next')).toContainText('Naming a stage with AS');

  await presenter.keyboard.press('ArrowLeft');
  await expect(audience.getByTestId('slide-number')).toHaveText(`2 / ${total}`);
  await presenter.getByRole('button', { name: 'Next' }).first().click();
  await expect(audience.getByTestId('slide-number')).toHaveText(`3 / ${total}`);

  // Notes are not in the audience's page at all, on any slide.
  expect(await audience.locator('[data-slide-notes], .slide-notes-body').count()).toBe(0);
  expect(await audience.content()).not.toContain('Every FROM starts a new stage');
  await audience.keyboard.press('End');
  expect(await audience.content()).not.toMatch(/\*\*Say:\*\*|Say:<\/strong>/);
  await expect(presenter.getByTestId('slide-number')).toHaveText(`${total} / ${total}`);
});

test('every slide shows the deck title as the one h1 and its own title as an h2', async ({ page }) => {
  await open(page, AUDIENCE);
  const total = await page.locator('main.deck > [data-slide]').count();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(page.locator('h1')).toHaveCount(1);
  for (let k = 1; k <= total; k++) {
    await expect(page.getByTestId('slide-number')).toHaveText(`${k} / ${total}`);
    await expect(h1, `slide ${k}`).toBeVisible();
    await expect(h1).toHaveText('Multi-stage builds');
    // The slide's first heading is an h2 (on the title slide, "What you will learn").
    await expect(shown(page).locator('h2').first(), `slide ${k}`).toBeAttached();
    expect(
      await shown(page).evaluate((slide) => slide.querySelector('h1, h2, h3, h4, h5, h6')?.tagName),
      `slide ${k}`,
    ).toBe('H2');
    // Slide 1, the first lesson slide (the opening, without a ## heading), a lab slide and a check.
    if ([1, 2, LAB_SLIDE, total].includes(k)) {
      expect(
        await axeViolations(page, { rules: ['page-has-heading-one', 'heading-order', 'empty-heading'] }),
        `slide ${k}`,
      ).toEqual([]);
    }
    if (k < total) {
      // Go to the next slide whatever steps this one has.
      await page.keyboard.press('g');
      await page.keyboard.type(String(k + 1));
      await page.keyboard.press('Enter');
    }
  }
});

test('keyboard: go to, overview, blank, steps, and a reload stays on the slide', async ({ page }) => {
  await open(page, `${AUDIENCE}#/4`);
  const total = await page.locator('main.deck > [data-slide]').count();
  await expect(page.getByTestId('slide-number')).toHaveText(`4 / ${total}`);
  await page.reload();
  await expect(page.locator('main.deck[data-live]')).toBeAttached();
  await expect(page.getByTestId('slide-number')).toHaveText(`4 / ${total}`);
  await expect(shown(page)).toHaveAttribute('data-slide', '3');

  await page.keyboard.press('g');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slide-number')).toHaveText(`2 / ${total}`);

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  await expect(overview.locator('[aria-current=step]')).toBeFocused();
  // A key pressed as the overview closes (focus still on one of its buttons) is the deck's.
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(overview).toBeHidden();
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await expect(page.locator('main.deck')).toBeFocused();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toBeHidden();

  // The first check question: its answer waits for one more press.
  await page.keyboard.press('End');
  const last = shown(page);
  await expect(last.locator('.present-answer')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide-number')).toHaveText(`${total} / ${total}`);
  await expect(last.locator('.present-answer')).toBeHidden();
  await page.keyboard.press(' ');
  await expect(last.locator('.present-answer')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('slide-number')).toHaveText(`1 / ${total}`);
});

test('the class link QR code decodes to a link that opens the same lab state', async ({ page, browser }) => {
  test.setTimeout(360_000);
  await open(page, `${AUDIENCE}#/${LAB_SLIDE}`);
  const slide = shown(page);
  await slide.getByRole('button', { name: 'Class link' }).click();
  const qr = page.getByTestId('class-qr');
  // The QR code's code (qrcode) is fetched on the first press.
  await expect(qr).toBeVisible({ timeout: 60_000 });
  const { width, height, data } = await qr.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const pixels = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) {
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    }
    return { width: canvas.width, height: canvas.height, data: btoa(binary) };
  });
  const decoded = jsQR(new Uint8ClampedArray(Buffer.from(data, 'base64')), width, height);
  expect(decoded, 'the QR code decodes').not.toBeNull();
  const url = decoded!.data;
  expect(url).toMatch(/\/playground\/#v1\./);
  await expect(page.getByTestId('class-link')).toHaveText(url);

  const student = await browser.newContext();
  const studentPage = await student.newPage();
  await studentPage.goto(url);
  const playground = studentPage.getByTestId('playground');
  await expect(playground.getByTestId('playground-picker')).toHaveValue(
    'go-calculator|Dockerfile.multi-stage',
  );
  // The link carries the lab's state: the same example, file and Dockerfile text.
  const shared = decodeSharedState(new URL(url).hash);
  expect(shared.kind).toBe('ok');
  if (shared.kind === 'ok') {
    expect(shared.state.example).toBe('go-calculator');
    expect(shared.state.file).toBe('Dockerfile.multi-stage');
    expect(shared.state.text).toBe(
      fs.readFileSync('content/examples/go-calculator/Dockerfile.multi-stage', 'utf8'),
    );
  }
  await student.close();
});

test('the build replay reaches the final stage and shows the final size', async ({ page }) => {
  await open(page, `${AUDIENCE}#/${LAB_SLIDE}`);
  await shown(page).getByRole('button', { name: 'Replay the build' }).click();
  const replay = page.getByRole('dialog', { name: 'Build replay' });
  // The simulator's worker starts with the page's first simulation.
  await expect(replay.getByTestId('replay-progress')).toHaveText(/Step 0 of \d+/, { timeout: 60_000 });
  await expect(replay.locator('[data-stage="build"]')).toHaveAttribute('data-status', 'waiting');
  await replay.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(replay.locator('[data-stage="build"]')).toHaveAttribute('data-status', /running|done/);
  await replay.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(replay.getByTestId('replay-final')).toHaveText(/Done: the image is ≈ 1\.[78]\d? MB/, {
    timeout: 30_000,
  });
  await expect(replay.locator('[data-status="done"]')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(replay).toBeHidden();
});

test('a lesson visited once reloads without a network, and its lab computes', async ({
  page,
  context,
  record,
}) => {
  // Code the first visit never fetched (an island that never woke) cannot load offline: the page still
  // reads, with those parts static ("Keep the whole course offline" on /teach/ stores everything beforehand).
  record.allowConsoleError(
    /Failed to load resource|net::ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load chunk|importScripts/,
  );
  // The hard case: the lab's simulator worker starts before the service worker is installed, so the
  // worker's own files are fetched past it. Hold the service worker's script until the lab has computed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/sw.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/learn/${LESSON}/`);
  const size = () => page.getByTestId('lab').first().getByTestId('final-size');
  await page.getByTestId('lab').first().scrollIntoViewIfNeeded();
  await expect(size()).toHaveText(/B$/, { timeout: 60_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  // Everything the simulator worker loaded (its script, the engine's chunks).
  const simulator = page.workers().find((w) => /turbopack-worker/.test(w.url()));
  expect(simulator, 'the simulator worker').toBeDefined();
  const workerFiles = await simulator!.evaluate(() => [
    self.location.href.split('#')[0],
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ]);
  expect(workerFiles.length).toBeGreaterThan(2);

  release();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const kept = (urls: string[]) =>
    page.evaluate(
      async (list) => (await Promise.all(list.map((u) => caches.match(u)))).filter(Boolean).length,
      urls,
    );
  // Everything the page itself loaded (its chunks, the lab's and its panel's) is kept too.
  const pageFiles = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter(
        (url) => new URL(url).origin === location.origin && new URL(url).pathname.startsWith('/_next/'),
      ),
  );
  const visited = [...new Set([page.url().split('#')[0], ...workerFiles, ...pageFiles])];
  // And the chunks those load on demand: which of them a visit fetches depends on the order its islands
  // woke in, so the reload may ask for one this visit never needed.
  const onDemand = await page.evaluate(async (list) => {
    const found = new Set<string>();
    for (const url of list) {
      if (!/^\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(url).pathname)) continue;
      const text = await (await fetch(url)).text();
      for (const ref of text.match(/static\/chunks\/[\w.-]+\.(?:js|css)\b/g) ?? [])
        found.add(new URL(`/_next/${ref}`, location.href).href);
    }
    return [...found];
  }, visited);
  const wanted = [...new Set([...visited, ...onDemand])];
  expect(onDemand.length).toBeGreaterThan(0);
  await expect.poll(() => kept(wanted), { timeout: 60_000 }).toBe(wanted.length);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-stage builds');
  await expect(page.locator('pre').first()).toBeVisible();
  // No part that could not load takes the page down with it, and the lab computes without a network.
  await expect(page.getByRole('heading', { name: /couldn.t load/ })).toHaveCount(0);
  await page.getByTestId('lab').first().scrollIntoViewIfNeeded();
  await expect(size()).toHaveText(/B$/, { timeout: 60_000 });
  await context.setOffline(false);
});

test("printing gives a handout: every slide, the labs' Dockerfiles and sizes, no controls", async ({
  page,
}) => {
  await open(page, AUDIENCE);
  const total = await page.locator('main.deck > [data-slide]').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main.deck > [data-slide]:visible')).toHaveCount(total);
  await expect(page.locator('.present-controls')).toBeHidden();
  const handoutLab = page.locator('.present-lab > [data-print=only]').first();
  await expect(handoutLab).toBeVisible();
  await expect(handoutLab.locator('pre')).toContainText('COPY --from=build /app /app');
  await expect(handoutLab).toContainText(/Image size \(simulated\): ≈ 1\.[78]\d? MB/);
  await expect(page.locator('.present-answer').first()).toBeVisible();

  await page.goto(`/learn/${LESSON}/`);
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A lesson's lab prints its whole Dockerfile instead of the editor.
  const lab = page.getByTestId('lab').first();
  await expect(lab.getByTestId('lab-print-text')).toBeVisible();
  await expect(lab.getByTestId('lab-print-text')).toContainText('FROM ');
  await expect(lab.getByTestId('dockerfile-editor')).toBeHidden();
});

test('the instructor page lists every lesson with its slide count and links into presenter mode', async ({
  page,
}) => {
  await page.goto('/teach/');
  await expect(page.locator('tbody tr')).toHaveCount(listLessonPages().length);
  const count = Number(
    await page.getByTestId(`slides-${LESSON}`).evaluate((cell) => parseInt(cell.textContent ?? '', 10)),
  );
  await page.getByRole('link', { name: /^Presenter view\W+Multi-stage builds$/ }).click();
  // The deck writes the slide into the hash as soon as it opens (#/1).
  await expect(page).toHaveURL(new RegExp(`${PRESENTER}(#/\\d+)?$`));
  await expect(page.locator('main.deck > [data-slide]')).toHaveCount(count);
});
