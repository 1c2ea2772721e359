/**
 * Draws the site's icons and its social preview image from our own logo (app/icon.svg) and text, in
 * Chromium, into public/: icon-192.png, icon-512.png, icon-maskable-512.png (with the safe-zone margin),
 * apple-touch-icon.png (180) and social.png (1200×630). No external font or image: the system sans-serif.
 * Run after changing the logo or the site's tagline: `node scripts/site-assets.mjs`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chooseBrowser } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const logo = fs.readFileSync(path.join(root, 'app/icon.svg'), 'utf8');
const out = path.join(root, 'public');
const BRAND = '#0b6359';

const page = (width, height, body) =>
  `<!doctype html><html><head><style>html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden}` +
  `body{font-family:system-ui,'DejaVu Sans',sans-serif}svg{display:block}</style></head><body>${body}</body></html>`;

const sized = (size) => logo.replace('<svg ', `<svg width="${size}" height="${size}" `);

const images = [
  ...[192, 512].map((size) => ({ file: `icon-${size}.png`, width: size, height: size, html: sized(size) })),
  { file: 'apple-touch-icon.png', width: 180, height: 180, html: sized(180) },
  {
    // Maskable: the logo inside the central 80 % safe zone, on the brand colour.
    file: 'icon-maskable-512.png',
    width: 512,
    height: 512,
    html: `<div style="width:512px;height:512px;background:${BRAND};display:flex;align-items:center;justify-content:center">${sized(360)}</div>`,
  },
  {
    file: 'social.png',
    width: 1200,
    height: 630,
    html: `<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#f8fafc;display:flex;flex-direction:column;justify-content:space-between;border-top:24px solid ${BRAND}">
      <div style="display:flex;align-items:center;gap:32px">${sized(128)}<span style="font-size:88px;font-weight:700;color:#0f172a">Stagecraft</span></div>
      <div style="font-size:52px;line-height:1.25;color:#0f172a;font-weight:600">Multi-stage Docker builds and distroless images, with a Docker simulator in your browser</div>
      <div style="font-size:32px;color:#334155">Edit a Dockerfile · see its stages, layers and size · run it</div>
    </div>`,
  },
];

const browser = await chromium.launch(chooseBrowser());
try {
  fs.mkdirSync(out, { recursive: true });
  for (const image of images) {
    const tab = await browser.newPage({ viewport: { width: image.width, height: image.height } });
    await tab.setContent(page(image.width, image.height, image.html));
    await tab.screenshot({
      path: path.join(out, image.file),
      omitBackground: image.file.startsWith('icon-') && !image.file.includes('maskable'),
    });
    await tab.close();
    console.log(`public/${image.file} ${image.width}×${image.height}`);
  }
} finally {
  await browser.close();
}
