// Writes out/offline-manifest.json after `next build`: every file of the static site, so the service
// worker can keep the whole course for use without a network ("Keep the whole course offline" on /teach/).
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('out');
if (!fs.existsSync(OUT)) {
  console.error('offline-manifest: no out/ folder (run next build first)');
  process.exit(1);
}
const files = [];
let bytes = 0;
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else {
      const rel = `/${path.relative(OUT, full).split(path.sep).join('/')}`;
      if (rel === '/sw.js' || rel === '/offline-manifest.json' || rel.endsWith('.map')) continue;
      bytes += fs.statSync(full).size;
      // Pages are asked for by their folder (trailing slash), as the site links them.
      files.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
    }
  }
}
walk(OUT);
files.sort();
fs.writeFileSync(path.join(OUT, 'offline-manifest.json'), JSON.stringify({ files, bytes }));
console.log(`offline-manifest: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
