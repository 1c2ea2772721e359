#!/usr/bin/env node
// Takes the README's screenshot (and, with --all, review shots in both themes and on a phone) of the built
// site, served from out/ on a local port. Usage: node scripts/screenshot.mjs [--all]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chooseBrowser } from './chromium.mjs';

const PORT = 3300;
const base = `http://localhost:${PORT}`;
const all = process.argv.includes('--all');

const server = spawn('node_modules/.bin/serve', ['out', '-l', String(PORT), '--no-port-switching', '-L'], {
  env: { ...process.env, NO_UPDATE_CHECK: '1' },
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch(chooseBrowser());
  const shots = [{ path: '/learn/multi-stage-builds/', file: 'docs/screenshot-lesson.png', scheme: 'light' }];
  if (all) {
    shots.push(
      { path: '/', file: '/tmp/shot-home-dark.png', scheme: 'dark' },
      { path: '/learn/why-images-get-big/', file: '/tmp/shot-lesson-dark.png', scheme: 'dark', full: true },
      { path: '/learn/why-images-get-big/', file: '/tmp/shot-phone.png', scheme: 'light', phone: true },
    );
  }
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: shot.scheme,
    });
    const page = await context.newPage();
    await page.goto(base + shot.path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: shot.file, fullPage: !!shot.full });
    await context.close();
    console.log(`wrote ${shot.file}`);
  }
  await browser.close();
} finally {
  server.kill();
}
