/**
 * `tsx scripts/catalog/npm-sizes.ts LOCKFILE…`: records the unpacked size of every package version in
 * the given package-lock.json files into lib/catalog/data/npm.json (merged with what is there).
 *
 * For each lock file it runs `npm ci --ignore-scripts` in a temporary folder (so the packages come
 * from the registry's published tarballs), then sums the bytes of the regular files in each package's
 * folder, leaving out nested node_modules (they are packages of their own). npm (since v7) installs a
 * tarball's files unchanged, so this is the figure the registry publishes as `dist.unpackedSize`.
 * Needs the network; it is not part of `npm run catalog:update`.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DATA_DIR, stableJson } from './util';

const OUT = join(DATA_DIR, 'npm.json');

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) {
      if (name !== 'node_modules') total += folderBytes(p);
    } else if (st.isFile()) total += st.size;
  }
  return total;
}

interface LockEntry {
  version?: string;
  name?: string;
  link?: boolean;
}

const locks = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (locks.length === 0) {
  console.error('usage: tsx scripts/catalog/npm-sizes.ts path/to/package-lock.json …');
  process.exit(2);
}
const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
const previous = existsSync(OUT)
  ? (JSON.parse(readFileSync(OUT, 'utf8')) as { packages: Record<string, number> })
  : { packages: {} };
const packages: Record<string, number> = { ...previous.packages };
for (const lock of locks) {
  const dir = mkdtempSync(join(tmpdir(), 'npm-sizes-'));
  try {
    copyFileSync(resolve(lock), join(dir, 'package-lock.json'));
    copyFileSync(join(dirname(resolve(lock)), 'package.json'), join(dir, 'package.json'));
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: 'inherit',
    });
    const entries = (
      JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, LockEntry>;
      }
    ).packages;
    for (const [path, entry] of Object.entries(entries)) {
      if (!path || entry.link || !entry.version || !existsSync(join(dir, path))) continue;
      const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      packages[`${name}@${entry.version}`] = folderBytes(join(dir, path));
    }
    console.log(`${basename(dirname(resolve(lock)))}: ${Object.keys(entries).length - 1} lock entries`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
writeFileSync(
  OUT,
  stableJson({
    generatedBy: 'scripts/catalog/npm-sizes.ts',
    source:
      "registry.npmjs.org: the files of each package version's published tarball, summed (the registry's dist.unpackedSize)",
    measuredWith: `npm ${npmVersion}, npm ci --ignore-scripts, linux x64 glibc`,
    asOf: new Date().toISOString().slice(0, 10),
    packages,
  }),
);
console.log(`${Object.keys(packages).length} package versions in ${OUT}`);
