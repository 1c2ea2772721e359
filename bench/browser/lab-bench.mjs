#!/usr/bin/env node
/**
 * In-browser speed of the Dockerfile lab, measured on the built site (`out/`, from `next build`) in
 * Chromium. Prints, for a lesson page with a lab:
 *   1. JavaScript the page loads before the editor (gzipped; main thread and simulator worker apart),
 *   2. the editor's chunk(s) (gzipped), fetched once the lab is in view,
 *   3. time from the pointer reaching the lab's editor (which starts Monaco) to an editable editor,
 *   4. keystroke → updated panel latency (the lab's `stagecraft:lab-update` performance measures),
 *   5. the longest main-thread task while typing (Long Tasks API).
 * Usage: node bench/browser/lab-bench.mjs [--path /learn/multi-stage-builds/] [--keys 60] [--json] [--check]
 *   [--max-p95-ms 50]
 * With --check it exits 1 when a budget is exceeded: JavaScript before the editor ≤ 150 kB gzip, editor
 * chunks ≤ 900 kB gzip, keystroke → updated panel p95 ≤ 50 ms (--max-p95-ms sets another ceiling, e.g. 1
 * to see the check fail). A p95 over the ceiling is measured a second time, after 20 s, before it fails.
 * With LAB_BENCH_LIST=1 it also lists every script it counts (on standard error).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { chooseBrowser } from '../../scripts/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const PAGE = option('path', '/learn/multi-stage-builds/');
const KEYS = Number(option('keys', '60'));
const PACE_MS = Number(option('pace', '150'));
const OUT = path.resolve(option('out', 'out'));
const MAX_P95_MS = Number(option('max-p95-ms', '50'));

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};

/** A minimal static server for out/ (trailing-slash routes → index.html). */
function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const pct = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * The chunks of the code editor: every chunk in a dynamic import's list (as the bundler's loader writes
 * it, `Promise.all(["static/chunks/….js", …])`) that includes Monaco's core, recognised by the global it
 * sets up. Read from the built files, so it names exactly what `import('…/monaco-view')` fetches.
 */
function editorChunks(root) {
  const dir = path.join(root, '_next/static/chunks');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  const core = new Set(
    files.filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('MonacoEnvironment')),
  );
  const editor = new Set();
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+",?)+)\]/g)) {
      const list = [...m[1].matchAll(/"static\/chunks\/([^"]+\.js)"/g)].map((x) => x[1]);
      if (list.some((c) => core.has(c))) for (const c of list) editor.add(`/_next/static/chunks/${c}`);
    }
  }
  for (const c of core) editor.add(`/_next/static/chunks/${c}`);
  return editor;
}

/** The scripts with each path once (the first fetch). */
const unique = (list) => [...new Map(list.map((s) => [s.path, s])).values()];

/** Records every script the page and its workers fetch, with gzipped sizes and when they came. */
function watchScripts(context, root) {
  const scripts = [];
  context.on('requestfinished', async (request) => {
    // The site's service worker (public/sw.js) keeps copies of what the page fetched: not the page's load.
    if (request.serviceWorker()) return;
    const url = new URL(request.url());
    if (!/\.(m?js|ts)$/.test(url.pathname) && request.resourceType() !== 'script') return;
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) return;
    const worker = request.frame() === null;
    scripts.push({ path: url.pathname, gzip: gz(fs.readFileSync(file)), at: Date.now(), worker });
  });
  return scripts;
}

async function measure() {
  if (!fs.existsSync(path.join(OUT, 'index.html')))
    throw new Error(`${OUT} has no built site: run \`npx next build\` first.`);
  const server = await serve(OUT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(chooseBrowser());
  try {
    // No service worker: every run measures a first visit, never a cache from an earlier one.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'block',
    });
    // Record long tasks from the start.
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const scripts = watchScripts(context, OUT);
    const page = await context.newPage();
    await page.goto(base + PAGE, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const lab = page.locator('[data-testid=lab]').first();
    const editorBox = lab.locator('[data-testid=dockerfile-editor]');
    if ((await editorBox.getAttribute('data-editor-state')) === 'editable')
      throw new Error('the editor loaded before the lab was in view');
    // The page's own resource timing lists what the main thread fetched; the rest came from workers.
    const pageResources = new Set(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      ),
    );
    for (const s of scripts) s.worker = !pageResources.has(s.path);
    // A file fetched by the page and again by a worker (a shared chunk, the bundler's runtime) is one
    // file of the page: count it once.
    const beforeMain = unique(scripts.filter((s) => !s.worker));
    const mainPaths = new Set(beforeMain.map((s) => s.path));
    const beforeWorker = unique(scripts.filter((s) => s.worker && !mainPaths.has(s.path)));
    const countBefore = scripts.length;
    if (process.env.LAB_BENCH_LIST)
      for (const s of beforeMain) console.error(`  before the editor: ${s.path} ${kb(s.gzip)}`);

    // Scroll the lab into view; once it is live, move the pointer over its editor (what starts Monaco)
    // and time until Monaco is editable.
    await page.evaluate(() =>
      document.querySelector('[data-testid=lab]').scrollIntoView({ block: 'center' }),
    );
    await page.waitForSelector('[data-island=dockerfile-lab][data-island-state=live]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid=lab] [data-editor-state=waiting]', { timeout: 30_000 });
    const box = await editorBox.boundingBox();
    const t0 = await page.evaluate(() => performance.now());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('[data-testid=lab] [data-editor-state=editable]', { timeout: 30_000 });
    const ready = await page.evaluate(
      () => performance.getEntriesByName('stagecraft:editor-ready')[0]?.startTime ?? null,
    );
    // Where the time went: the page's own marks between the scroll and the editor being ready.
    const steps = await page.evaluate(
      ({ from, to }) =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('stagecraft:') && m.startTime >= from && m.startTime <= to)
          .map((m) => ({ name: m.name.replace('stagecraft:', ''), at: m.startTime - from })),
      { from: t0, to: ready ?? Infinity },
    );
    await page.waitForLoadState('networkidle');
    const nowOnPage = new Set(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      ),
    );
    // What the page fetched once the lab came into view: the lab's own code (hydrating it, the simulation
    // panel) and the editor. Editor chunks are told apart by what they hold: Monaco's core or its setup.
    const afterScroll = unique(
      scripts.slice(countBefore).filter((s) => nowOnPage.has(s.path) && !mainPaths.has(s.path)),
    );
    const editorFiles = editorChunks(OUT);
    for (const s of afterScroll) s.editor = editorFiles.has(s.path);
    const editorScripts = afterScroll.filter((s) => s.editor);
    const labScripts = afterScroll.filter((s) => !s.editor);
    if (process.env.LAB_BENCH_LIST)
      for (const s of afterScroll)
        console.error(`  after scroll (${s.editor ? 'editor' : 'lab'}): ${s.path} ${kb(s.gzip)}`);

    // Type into the calculator lab at a steady pace and collect the lab's update measures.
    await lab.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      performance.clearMeasures('stagecraft:lab-update');
      window.__typingStart = performance.now();
    });
    const phrase = '# the calculator answers 2 * 100 with Result: 200 ';
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.type(phrase[i % phrase.length]);
      await page.waitForTimeout(PACE_MS);
    }
    await page.waitForTimeout(600);
    const typing = await page.evaluate(() => ({
      updates: performance.getEntriesByName('stagecraft:lab-update').map((m) => m.duration),
      longTasks: window.__longTasks.filter((t) => t.start >= window.__typingStart).map((t) => t.duration),
    }));

    // A burst at typing speed (30 ms apart): requests are coalesced, so fewer updates than keys.
    await page.evaluate(() => performance.clearMeasures('stagecraft:lab-update'));
    for (let i = 0; i < 30; i++) await page.keyboard.type('x', { delay: 30 });
    await page.waitForTimeout(600);
    const burst = await page.evaluate(() =>
      performance.getEntriesByName('stagecraft:lab-update').map((m) => m.duration),
    );

    return {
      page: PAGE,
      jsBeforeEditor: {
        mainThreadGzip: beforeMain.reduce((n, s) => n + s.gzip, 0),
        workerGzip: beforeWorker.reduce((n, s) => n + s.gzip, 0),
        files: beforeMain.length,
      },
      labCodeOnScrollGzip: {
        total: labScripts.reduce((n, s) => n + s.gzip, 0),
        files: labScripts.length,
      },
      editorChunkGzip: {
        total: editorScripts.reduce((n, s) => n + s.gzip, 0),
        largest: Math.max(0, ...editorScripts.map((s) => s.gzip)),
        files: editorScripts.length,
      },
      reachToEditableMs: ready === null ? null : ready - t0,
      reachToEditableSteps: steps,
      keystrokeToPanelMs: {
        samples: typing.updates.length,
        p50: pct(typing.updates, 50),
        p95: pct(typing.updates, 95),
        max: Math.max(...typing.updates),
      },
      burst: { keys: 30, updates: burst.length, p95: pct(burst, 95) },
      longTasksWhileTyping: {
        count: typing.longTasks.length,
        over50: typing.longTasks.filter((d) => d > 50).length,
        longestMs: Math.max(0, ...typing.longTasks),
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

let result = await measure();
// CI runs --check right after the end-to-end tests, on a machine that may still be busy: a keystroke p95
// over the ceiling is measured once more after a pause, and only the second figure counts (a real
// regression is over both times; the first is printed).
if (args.includes('--check') && !(result.keystrokeToPanelMs.p95 <= MAX_P95_MS)) {
  const first = result.keystrokeToPanelMs.p95;
  await new Promise((done) => setTimeout(done, 20_000));
  result = await measure();
  console.log(
    `keystroke → updated panel p95 was ${first.toFixed(1)} ms at first; measured again after 20 s.`,
  );
}
/** The budgets `--check` enforces (CI runs it after the end-to-end tests). */
const overBudget = [
  result.jsBeforeEditor.mainThreadGzip > 150_000 && 'JavaScript before the editor over 150 kB gzip',
  result.editorChunkGzip.total > 900_000 && 'editor chunks over 900 kB gzip',
  !(result.keystrokeToPanelMs.p95 <= MAX_P95_MS) && `keystroke → updated panel p95 over ${MAX_P95_MS} ms`,
].filter(Boolean);
if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const r = result;
  const mark = (ok) => (ok ? 'ok ' : 'OVER');
  console.log(`Lab speed on ${r.page} (Chromium, built site)`);
  console.log(
    `${mark(r.jsBeforeEditor.mainThreadGzip <= 150_000)} JS before the editor, main thread: ${kb(r.jsBeforeEditor.mainThreadGzip)} gzip in ${r.jsBeforeEditor.files} files (target ≤ 150 kB)`,
  );
  console.log(`     simulator worker (off the main thread): ${kb(r.jsBeforeEditor.workerGzip)} gzip`);
  console.log(
    `     lab code fetched as the lab comes into view (its hydration, the simulation panel): ${kb(r.labCodeOnScrollGzip.total)} gzip in ${r.labCodeOnScrollGzip.files} files`,
  );
  console.log(
    `${mark(r.editorChunkGzip.total <= 900_000)} editor chunks: ${kb(r.editorChunkGzip.total)} gzip in ${r.editorChunkGzip.files} files, largest ${kb(r.editorChunkGzip.largest)} (target ≤ 900 kB)`,
  );
  console.log(
    `${mark(r.reachToEditableMs !== null && r.reachToEditableMs <= 1000)} pointer over the editor → editable editor: ${r.reachToEditableMs?.toFixed(0)} ms (target ≤ 1000 ms)`,
  );
  console.log(
    `     on the way: ${r.reachToEditableSteps.map((s) => `${s.name} ${s.at.toFixed(0)} ms`).join(' · ')}`,
  );
  const k = r.keystrokeToPanelMs;
  console.log(
    `${mark(k.p95 <= MAX_P95_MS)} keystroke → updated panel: p50 ${k.p50.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms, max ${k.max.toFixed(1)} ms over ${k.samples} keystrokes ${PACE_MS} ms apart (target p95 ≤ ${MAX_P95_MS} ms)`,
  );
  console.log(
    `     burst of 30 keys 30 ms apart: ${r.burst.updates} panel updates (coalesced), p95 ${r.burst.p95.toFixed(1)} ms`,
  );
  const l = r.longTasksWhileTyping;
  console.log(
    `${mark(l.over50 === 0)} long tasks while typing: ${l.over50} over 50 ms (longest ${l.longestMs.toFixed(0)} ms)`,
  );
}
if (args.includes('--check')) {
  if (overBudget.length) {
    console.error(`Lab budgets exceeded: ${overBudget.join('; ')}.`);
    process.exit(1);
  }
  console.log('Lab budgets hold.');
}
