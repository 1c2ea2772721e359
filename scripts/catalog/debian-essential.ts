/**
 * Generates lib/catalog/data/debian-essential.json: the programs (bin/sbin paths, merged into /usr as in
 * Debian's images) of the packages Debian bookworm's Packages index marks `Essential: yes`, which every
 * Debian and Ubuntu system has (Debian Policy §3.8). The simulator puts them into every apt-based image,
 * so the engine's `docker run` verdict and the terminal find the same programs.
 *
 * Sources: the Packages index of the machine's apt lists (or the catalog cache's) for the Essential set
 * and versions; the packages' file lists from dpkg's database (`/var/lib/dpkg/info/<pkg>.list`), which is
 * why this runs on a bookworm system with every Essential package installed (the recorded version is the
 * installed one, whose file list it is; it may trail the index by a point release). The
 * Contents index has the same paths but cannot tell a link from a file or a script from a binary.
 *
 *   tsx scripts/catalog/debian-essential.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { compareVersions, parsePackages } from './debian-index';
import { aptListsDir } from './debian-release';
import { DATA_DIR, stableJson } from './util';

const SUITE = 'bookworm';

/** One program: path, kind, and a link's target (absolute, merged /usr) or a script's `#!` interpreter. */
export type EssentialProgram = [string, 'elf' | 'script' | 'symlink', string?];

export interface EssentialData {
  generatedBy: string;
  suite: string;
  asOf: string | null;
  source: string;
  /** package → [version whose file list this is, programs]. */
  packages: Record<string, [string, EssentialProgram[]]>;
}

/** `/bin/x` → `/usr/bin/x`: Debian's images have merged /usr (/bin is a link to usr/bin). */
export function mergedUsr(path: string): string {
  return path.replace(/^\/(s?bin)\//, '/usr/$1/');
}

function indexTexts(): { texts: string[]; date: string | null } {
  const dirs = [aptListsDir(), '/var/lib/apt/lists'].filter(existsSync);
  for (const dir of dirs) {
    const files = readdirSync(dir).filter((f) =>
      new RegExp(`_dists_${SUITE}(-updates|-security)?_main_binary-amd64_Packages(\\.lz4)?$`).test(f),
    );
    if (files.length === 0) continue;
    const texts = files
      .sort()
      .map((f) =>
        f.endsWith('.lz4')
          ? execFileSync('lz4cat', [join(dir, f)], { encoding: 'utf8', maxBuffer: 1 << 28 })
          : readFileSync(join(dir, f), 'utf8'),
      );
    const inRelease = readdirSync(dir).find((f) => f.endsWith(`_dists_${SUITE}_InRelease`));
    const m = inRelease ? /^Date: (.+)$/m.exec(readFileSync(join(dir, inRelease), 'utf8')) : null;
    return { texts, date: m ? new Date(m[1]).toISOString().slice(0, 10) : null };
  }
  throw new Error(`no ${SUITE} Packages index in ${dirs.join(' or ') || 'the apt lists'}`);
}

function installed(name: string): { version: string; list: string[] } | null {
  const info = ['', ':amd64'].map((a) => `/var/lib/dpkg/info/${name}${a}.list`).find(existsSync);
  if (!info) return null;
  const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' });
  return { version, list: readFileSync(info, 'utf8').split('\n') };
}

function programOf(path: string): EssentialProgram | null {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return null;
  }
  if (st.isSymbolicLink()) {
    const target = posix.resolve(posix.dirname(mergedUsr(path)), readlinkSync(path));
    return [mergedUsr(path), 'symlink', mergedUsr(target)];
  }
  if (!st.isFile()) return null;
  const head = readFileSync(path).subarray(0, 256).toString('latin1');
  if (head.startsWith('\x7fELF')) return [mergedUsr(path), 'elf'];
  const shebang = /^#!\s*(\S+)/.exec(head);
  return shebang ? [mergedUsr(path), 'script', shebang[1]] : null;
}

if (process.argv[1]?.endsWith('debian-essential.ts')) {
  const { texts, date } = indexTexts();
  const index = parsePackages(texts);
  const essential = [...index.values()].filter((p) => p.essential).map((p) => p.name);
  const packages: EssentialData['packages'] = {};
  for (const name of essential.sort()) {
    const pkg = installed(name);
    const wanted = index.get(name)!.version;
    if (!pkg) {
      console.error(`${name}: not installed here, so its file list is unknown; stopping`);
      process.exit(1);
    }
    // A point release rarely moves a program; the file list is recorded with the version it came from.
    if (compareVersions(pkg.version, wanted) !== 0)
      console.warn(`${name}: file list of ${pkg.version} (the index has ${wanted})`);
    const programs = pkg.list
      .filter((p) => /^\/(usr\/)?s?bin\/[^/]+$/.test(p))
      .map(programOf)
      .filter((p): p is EssentialProgram => p !== null)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    packages[name] = [pkg.version, programs];
  }
  // debianutils installs `which` as which.debianutils and its postinst links /usr/bin/which to it
  // through update-alternatives (not in the file list).
  packages.debianutils?.[1].push(['/usr/bin/which', 'symlink', '/usr/bin/which.debianutils']);
  packages.debianutils?.[1].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const data: EssentialData = {
    generatedBy: 'scripts/catalog/debian-essential.ts',
    suite: SUITE,
    asOf: date,
    source: `Debian ${SUITE} main amd64 Packages index (Essential: yes) and the packages' file lists`,
    packages,
  };
  const file = join(DATA_DIR, 'debian-essential.json');
  writeFileSync(file, stableJson(data));
  const count = Object.values(packages).reduce((n, [, p]) => n + p.length, 0);
  console.log(`${file}: ${essential.length} Essential packages, ${count} programs`);
}
