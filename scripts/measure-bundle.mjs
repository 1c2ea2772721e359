#!/usr/bin/env node
// First-load JavaScript of a built page: reads the page's HTML in out/, gathers every <script src> it loads
// and its inline code, gzips each and prints the sizes and the total; the inline page data (the React Server
// Components payload, the rendered page as data in inline scripts) is reported on a line of its own.
// Usage: node scripts/measure-bundle.mjs [path ...] [--lessons] [--max-kb 150]
//   path       a page of the built site (default: the first lesson, /learn/why-images-get-big/)
//   --lessons  every lesson page under /learn/
//   --max-kb   exit 1 when a page's first-load JavaScript (script files and inline code, gzip) is larger
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const OUT = path.resolve('out');
const args = process.argv.slice(2);
const maxIndex = args.indexOf('--max-kb');
const maxKb = maxIndex >= 0 ? Number(args[maxIndex + 1]) : null;
const named = args.filter((a, i) => !a.startsWith('--') && (maxIndex < 0 || i !== maxIndex + 1));
const lessons = args.includes('--lessons')
  ? fs
      .readdirSync(path.join(OUT, 'learn'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(OUT, 'learn', d.name, 'index.html')))
      .map((d) => `/learn/${d.name}/`)
  : [];
const pages = [...named, ...lessons];
if (pages.length === 0) pages.push('/learn/why-images-get-big/');

const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const over = [];

for (const pagePath of pages) {
  const htmlFile = path.join(
    OUT,
    pagePath.replace(/^\/+/, ''),
    pagePath.endsWith('.html') ? '' : 'index.html',
  );

  if (!fs.existsSync(htmlFile)) {
    console.error(`No built page at ${htmlFile}: run \`npm run build\` first.`);
    process.exit(1);
  }

  const html = fs.readFileSync(htmlFile, 'utf8');

  // nomodule scripts are legacy polyfills that modern browsers neither download nor run.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const skipped = tags.filter((tag) => /\bnomodule\b/i.test(tag) && /\bsrc=/.test(tag)).length;
  const sources = [
    ...new Set(
      tags
        .filter((tag) => !/\bnomodule\b/i.test(tag))
        .map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1])
        .filter(Boolean),
    ),
  ];
  const rows = [];
  for (const src of sources) {
    const url = new URL(src, 'http://site.invalid/');
    if (url.origin !== 'http://site.invalid') {
      console.error(`Script from another origin: ${src}`);
      process.exit(1);
    }
    const file = path.join(OUT, decodeURIComponent(url.pathname));
    const bytes = fs.readFileSync(file);
    rows.push({ name: url.pathname, raw: bytes.length, gz: gzip(bytes) });
  }
  // Inline scripts: the theme script and the bundler's bootstrap are code; the rest is the page's React
  // Server Components payload (the rendered page as data, `self.__next_f.push(...)`), reported apart.
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const isPayload = (code) => code.startsWith('self.__next_f') || code.startsWith('(self.__next_f');
  const inlineCode = inlineScripts.filter((c) => !isPayload(c)).join('');
  const payload = inlineScripts.filter(isPayload).join('');
  rows.push({ name: '(inline code)', raw: Buffer.byteLength(inlineCode), gz: gzip(Buffer.from(inlineCode)) });

  const width = Math.max(...rows.map((r) => r.name.length), '(inline page data, RSC payload)'.length);
  const line = (name, raw, gz) =>
    `  ${name.padEnd(width)}  ${kb(raw).padStart(9)}  gzip ${kb(gz).padStart(8)}`;
  console.log(
    `First-load JavaScript of ${pagePath} (${sources.length} script files; ${skipped} nomodule polyfill file(s) not counted)`,
  );
  for (const row of rows) console.log(line(row.name, row.raw, row.gz));
  const total = rows.reduce((sum, r) => sum + r.gz, 0);
  const rawTotal = rows.reduce((sum, r) => sum + r.raw, 0);
  console.log(line('JavaScript', rawTotal, total));
  const payloadGz = gzip(Buffer.from(payload));
  console.log(line('(inline page data, RSC payload)', Buffer.byteLength(payload), payloadGz));
  console.log(line('JavaScript and page data', rawTotal + Buffer.byteLength(payload), total + payloadGz));
  if (maxKb !== null && total / 1024 > maxKb) over.push(`${pagePath} ${kb(total)}`);
}
if (maxKb !== null) {
  if (over.length) {
    console.error(`First-load JavaScript over the ${maxKb} KB gzip budget: ${over.join(', ')}`);
    process.exit(1);
  }
  console.log(
    `Every page measured is within ${maxKb} KB gzip of first-load JavaScript (${pages.length} pages).`,
  );
}
