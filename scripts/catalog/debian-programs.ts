/**
 * Generates lib/catalog/data/debian-programs/<suite>.json, one file per Debian release (bookworm, trixie),
 * so that the simulator worker loads only the releases a Dockerfile's images use: the programs
 * (bin/sbin paths, merged into /usr as in Debian's images) of
 * - the packages the Packages index marks `Essential: yes`, which every Debian and Ubuntu system has
 *   (Debian Policy §3.8), with each program's kind (ELF binary, script and its interpreter, or link and
 *   its target) read from the package's .deb in Debian's archive;
 * - the packages of the base sets the catalog's images start from: `debian:<suite>` (debootstrap's
 *   minbase: Essential and Priority: required packages with their dependencies), and
 *   docker-library/buildpack-deps' `<suite>-curl`, `<suite>-scm` and `<suite>` images (the packages their
 *   Dockerfiles install with --no-install-recommends, and the dependencies apt adds), from the Contents
 *   index, which gives paths but not kinds.
 *
 * Sources: the suite's Packages and Contents indexes in the catalog cache (scripts/catalog/apt-update.sh),
 * and the Essential packages' .deb files (`--fetch` downloads them into the cache). A release whose indexes
 * are not cached, or an Essential package whose .deb is not, keeps what the committed data has.
 *
 *   tsx scripts/catalog/debian-programs.ts [--fetch]
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { ALTERNATIVES } from '../../lib/catalog/debian-alternatives';
import { parseStanzas, programsFromContents, providersOf, type DebPackage } from './debian-index';
import { closure, contentsText, minbase } from './debian-packages';
import { aptListsDir, loadDebianRelease } from './debian-release';
import { CACHE_DIR, DATA_DIR, stableJson } from './util';

/** One program: path, kind, and a link's target (absolute, merged /usr) or a script's `#!` interpreter. */
export type EssentialProgram = [string, 'elf' | 'script' | 'symlink', string?];

/** A base set: the packages an image adds over the set it starts FROM, and where the list was read. */
export interface ProgramSet {
  from: string | null;
  source: string;
  packages: string[];
}

export interface SuitePrograms {
  /** The date of the suite's Release file the indexes came from. */
  asOf: string | null;
  /** Essential package → [version, programs with their kinds]. */
  essential: Record<string, [string, EssentialProgram[]]>;
  /** Other packages of the sets → [version, program paths]. */
  packages: Record<string, [string, string[]]>;
  sets: Record<string, ProgramSet>;
}

/** One release's file: the suite's programs and where they were read. */
export interface DebianProgramsData extends SuitePrograms {
  generatedBy: string;
  source: string;
  suite: string;
}

const SOURCE =
  "Debian's Packages and Contents indexes (main, amd64 and all) and the Essential packages' .deb files";

export const SUITES = ['bookworm', 'trixie'] as const;

/**
 * The packages docker-library/buildpack-deps' Dockerfiles install (debian/<suite>/{curl,scm,.}/Dockerfile),
 * each list with the commit it was read at. bookworm's full image picks default-libmysqlclient-dev when
 * the index has it (it does).
 */
export const BUILDPACK_DEPS: Record<
  string,
  Record<'curl' | 'scm' | 'full', { commit: string; packages: string[] }>
> = {
  trixie: {
    curl: {
      commit: '1f4fe499c668d9a2e1578aa8db4f0b2d14482cf5',
      packages: ['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget'],
    },
    scm: {
      commit: '103e790407420c9c517a6ac774f31e92c8d84f58',
      packages: ['git', 'mercurial', 'openssh-client', 'subversion', 'procps'],
    },
    full: { commit: '103e790407420c9c517a6ac774f31e92c8d84f58', packages: [] },
  },
  bookworm: {
    curl: {
      commit: '4f0449f75e6f0d517d84ab0e274a3780e1d7bf2a',
      packages: ['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget'],
    },
    scm: {
      commit: '3b4b1fb825fd721a8979e7d44208f98fbb823229',
      packages: ['git', 'git-lfs', 'mercurial', 'openssh-client', 'subversion', 'procps'],
    },
    full: { commit: '84e7e46026131a108a6480e5ed2969e8acf2d4e2', packages: [] },
  },
};
const FULL = [
  'autoconf',
  'automake',
  'bzip2',
  'default-libmysqlclient-dev',
  'dpkg-dev',
  'file',
  'g++',
  'gcc',
  'imagemagick',
  'libbz2-dev',
  'libc6-dev',
  'libcurl4-openssl-dev',
  'libdb-dev',
  'libevent-dev',
  'libffi-dev',
  'libgdbm-dev',
  'libglib2.0-dev',
  'libgmp-dev',
  'libjpeg-dev',
  'libkrb5-dev',
  'liblzma-dev',
  'libmagickcore-dev',
  'libmagickwand-dev',
  'libmaxminddb-dev',
  'libncurses5-dev',
  'libncursesw5-dev',
  'libpng-dev',
  'libpq-dev',
  'libreadline-dev',
  'libsqlite3-dev',
  'libssl-dev',
  'libtool',
  'libwebp-dev',
  'libxml2-dev',
  'libxslt-dev',
  'libyaml-dev',
  'make',
  'patch',
  'unzip',
  'xz-utils',
  'zlib1g-dev',
];
BUILDPACK_DEPS.trixie.full.packages = FULL;
BUILDPACK_DEPS.bookworm.full.packages = FULL;

/** `/bin/x` → `/usr/bin/x`: Debian's images have merged /usr (/bin is a link to usr/bin). */
export function mergedUsr(path: string): string {
  return path.replace(/^\/(s?bin)\//, '/usr/$1/');
}

/**
 * The base sets of one release: minbase, then buildpack-deps' curl, scm and full images, each the
 * packages apt adds (Depends and Pre-Depends; the Dockerfiles pass --no-install-recommends) over the
 * set before it.
 */
export function baseSets(suite: string, packages: Map<string, DebPackage>): Record<string, ProgramSet> {
  const providers = providersOf(packages);
  const have = minbase(packages);
  const sets: Record<string, ProgramSet> = {
    [`debian:${suite}`]: {
      from: null,
      source: `debootstrap minbase: Debian ${suite}'s Essential and Priority: required packages with their dependencies`,
      packages: [...have].sort(),
    },
  };
  const steps = [
    ['curl', `buildpack-deps:${suite}-curl`, `debian:${suite}`],
    ['scm', `buildpack-deps:${suite}-scm`, `buildpack-deps:${suite}-curl`],
    ['full', `buildpack-deps:${suite}`, `buildpack-deps:${suite}-scm`],
  ] as const;
  for (const [kind, name, from] of steps) {
    const spec = BUILDPACK_DEPS[suite]?.[kind];
    if (!spec) continue;
    const path = `debian/${suite}/${kind === 'full' ? '' : `${kind}/`}Dockerfile`;
    const added = closure(packages, spec.packages, have, false, providers);
    for (const p of added) have.add(p);
    sets[name] = {
      from,
      source: `docker-library/buildpack-deps ${path} @${spec.commit.slice(0, 8)} and the dependencies apt adds`,
      packages: [...added].sort(),
    };
  }
  return sets;
}

/** Essential package names with their .deb's URL in the archive (`Filename:`), newest version. */
function essentialDebs(
  texts: Array<{ archive: string; text: string }>,
  packages: Map<string, DebPackage>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { archive, text } of texts)
    for (const s of parseStanzas(text))
      if (s.Essential === 'yes' && s.Filename && packages.get(s.Package)?.version === s.Version)
        out.set(s.Package, `${archive}/${s.Filename}`);
  return out;
}

/** The release's Packages files, each with the archive its `Filename:` paths are relative to. */
function packagesTexts(suite: string): Array<{ archive: string; text: string }> {
  const dir = aptListsDir();
  return readdirSync(dir)
    .filter((f) => new RegExp(`_dists_${suite}(-updates|-security)?_main_binary-amd64_Packages$`).test(f))
    .sort()
    .map((f) => ({
      archive: `http://${f.slice(0, f.indexOf('_dists_')).replace(/_/g, '/')}`,
      text: readFileSync(join(dir, f), 'utf8'),
    }));
}

function debCache(): string {
  return join(CACHE_DIR, 'debian', 'debs');
}

/**
 * The programs of one .deb: its data archive's bin/sbin entries, each a link (with its target), an ELF
 * binary or a script (with its interpreter); other files are left out.
 */
export function debPrograms(deb: string): EssentialProgram[] {
  const listing = execFileSync('dpkg-deb', ['-c', deb], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const out: EssentialProgram[] = [];
  const files: string[] = [];
  for (const line of listing.split('\n')) {
    const m = /^(\S)\S+\s+\S+\s+\d+\s+\S+\s+\S+\s+\.(\/\S+?)(?: -> (\S+))?$/.exec(line);
    if (!m || !/^\/(usr\/)?s?bin\/[^/]+$/.test(m[2])) continue;
    if (m[1] === 'l' && m[3]) {
      const target = posix.resolve(posix.dirname(m[2]), m[3]);
      out.push([mergedUsr(m[2]), 'symlink', mergedUsr(target)]);
    } else if (m[1] === '-') files.push(m[2]);
  }
  if (files.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'deb-'));
    try {
      execFileSync('sh', [
        '-c',
        `dpkg-deb --fsys-tarfile '${deb}' | tar -x -C '${dir}' ${files.map((f) => `'.${f}'`).join(' ')}`,
      ]);
      for (const f of files) {
        const head = readFileSync(join(dir, f)).subarray(0, 256).toString('latin1');
        if (head.startsWith('\x7fELF')) out.push([mergedUsr(f), 'elf']);
        else {
          const shebang = /^#!\s*(\S+)/.exec(head);
          if (shebang) out.push([mergedUsr(f), 'script', shebang[1]]);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** One release's programs; `previous` is what the committed data had for it (kept where a .deb is missing). */
export function generateSuitePrograms(
  suite: string,
  packages: Map<string, DebPackage>,
  contents: Map<string, string[]>,
  essentialPrograms: Map<string, EssentialProgram[] | null>,
  asOf: string | null,
  previous: SuitePrograms | null,
): SuitePrograms {
  const sets = baseSets(suite, packages);
  const essential: SuitePrograms['essential'] = {};
  for (const [name, programs] of [...essentialPrograms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const version = packages.get(name)!.version;
    const kept = previous?.essential[name];
    if (programs) essential[name] = [version, programs];
    else if (kept) essential[name] = kept;
  }
  // debianutils installs `which` as which.debianutils; its postinst links /usr/bin/which to it through
  // update-alternatives (so no .deb or Contents entry has /usr/bin/which).
  const du = essential.debianutils?.[1];
  if (du?.some(([p]) => p === '/usr/bin/which.debianutils') && !du.some(([p]) => p === '/usr/bin/which')) {
    du.push(['/usr/bin/which', 'symlink', '/usr/bin/which.debianutils']);
    du.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
  const others: SuitePrograms['packages'] = {};
  const names = new Set(Object.values(sets).flatMap((s) => s.packages));
  for (const name of [...names].sort()) {
    if (essentialPrograms.has(name)) continue;
    const list = (contents.get(name) ?? []).map(mergedUsr);
    for (const [link, target] of ALTERNATIVES[name] ?? [])
      if (list.includes(target) && !list.includes(link)) list.push(`${link} -> ${target}`);
    if (list.length > 0) others[name] = [packages.get(name)!.version, list.sort()];
  }
  return { asOf, essential, packages: others, sets };
}

if (process.argv[1]?.endsWith('debian-programs.ts')) {
  const dir = join(DATA_DIR, 'debian-programs');
  mkdirSync(dir, { recursive: true });
  for (const suite of SUITES) {
    const out = join(dir, `${suite}.json`);
    const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as DebianProgramsData) : null;
    const release = loadDebianRelease(suite);
    const text = release ? contentsText(suite) : null;
    if (!release || text === null) {
      console.warn(`${suite}: Packages or Contents index not in the cache; keeping the committed data`);
      continue;
    }
    const debs = essentialDebs(packagesTexts(suite), release.packages);
    mkdirSync(debCache(), { recursive: true });
    const essential = new Map<string, EssentialProgram[] | null>();
    for (const [name, url] of debs) {
      const filename = posix.basename(url);
      const file = join(debCache(), filename);
      if (!existsSync(file) && process.argv.includes('--fetch'))
        execFileSync('curl', ['-fsS', '-o', file, url]);
      essential.set(name, existsSync(file) ? debPrograms(file) : null);
      if (!existsSync(file))
        console.warn(`${suite}: ${posix.basename(filename)} not cached; kept as committed`);
    }
    const wanted = new Set(Object.values(baseSets(suite, release.packages)).flatMap((s) => s.packages));
    const contents = programsFromContents(text, wanted);
    const s = generateSuitePrograms(suite, release.packages, contents, essential, release.date, previous);
    const data: DebianProgramsData = {
      generatedBy: 'scripts/catalog/debian-programs.ts',
      source: SOURCE,
      suite,
      ...s,
    };
    writeFileSync(out, stableJson(data));
    const programs =
      Object.values(s.essential).reduce((n, [, p]) => n + p.length, 0) +
      Object.values(s.packages).reduce((n, [, p]) => n + p.length, 0);
    console.log(
      `${suite}: ${Object.keys(s.essential).length} Essential and ${Object.keys(s.packages).length} other packages, ${programs} programs`,
    );
    console.log(`${out}: ${readFileSync(out).length} bytes`);
  }
}
