/**
 * Generates lib/catalog/data/debian/<suite>.json: for the packages that matter in Dockerfiles and their
 * dependency closures, Debian's Installed-Size, the dependencies apt would pull (Depends/Pre-Depends, and
 * Recommends separately) and the programs each package installs (bin/sbin paths from the Contents index).
 * The base set is what `debootstrap --variant=minbase` installs, as Docker's debian images do: the
 * Essential and Priority: required packages with their dependencies.
 *
 *   tsx scripts/catalog/debian-packages.ts        (reads the apt lists and Contents files in the cache)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { programsFromContents, providersOf, type DebPackage } from './debian-index';
import { aptListsDir, loadDebianRelease } from './debian-release';
import { CACHE_DIR, DATA_DIR, stableJson } from './util';

/** Packages Dockerfiles install most, the roots of the closures. */
export const ROOTS = [
  'build-essential',
  'gcc',
  'g++',
  'make',
  'cmake',
  'pkg-config',
  'autoconf',
  'automake',
  'libtool',
  'curl',
  'wget',
  'git',
  'ca-certificates',
  'gnupg',
  'openssh-client',
  'rsync',
  'tini',
  'dumb-init',
  'gosu',
  'procps',
  'iproute2',
  'iputils-ping',
  'netcat-openbsd',
  'dnsutils',
  'less',
  'vim',
  'nano',
  'jq',
  'unzip',
  'zip',
  'xz-utils',
  'bzip2',
  'tar',
  'gzip',
  'file',
  'tzdata',
  'locales',
  'sudo',
  'openjdk-17-jre-headless',
  'openjdk-17-jdk-headless',
  'openjdk-17-jre',
  'openjdk-17-jdk',
  'openjdk-21-jre-headless',
  'openjdk-21-jdk-headless',
  'openjdk-21-jre',
  'openjdk-21-jdk',
  'openjdk-25-jre-headless',
  'openjdk-25-jdk-headless',
  'maven',
  'gradle',
  'golang-go',
  'golang',
  'python3',
  'python3-pip',
  'python3-venv',
  'python3-dev',
  'python3-setuptools',
  'python3-wheel',
  'python-is-python3',
  'nodejs',
  'npm',
  'ruby',
  'ruby-dev',
  'php',
  'php-cli',
  'perl',
  'rustc',
  'cargo',
  'libssl-dev',
  'libffi-dev',
  'zlib1g-dev',
  'libpq-dev',
  'libpq5',
  'default-libmysqlclient-dev',
  'libxml2-dev',
  'libjpeg-dev',
  'libpng-dev',
  'sqlite3',
  'libsqlite3-dev',
  'postgresql-client',
  'default-mysql-client',
  'redis-tools',
  'nginx',
  'apache2',
  'supervisor',
  'cron',
  'openssl',
  'fonts-dejavu-core',
  'fontconfig',
  'imagemagick',
  'ffmpeg',
  'graphviz',
  'musl-tools',
  'upx-ucl',
];

/** The minbase set: Essential/Priority required packages and everything they depend on. */
export function minbase(packages: Map<string, DebPackage>): Set<string> {
  const seeds = [...packages.values()]
    .filter((p) => p.essential || p.priority === 'required')
    .map((p) => p.name);
  return closure(packages, seeds, new Set(), false);
}

/**
 * The packages apt would add to install `roots` on top of `installed`: Depends and Pre-Depends (and
 * Recommends when asked), taking the first alternative that is installed or exists, and for a virtual
 * package its first provider (an installed one if any).
 */
export function closure(
  packages: Map<string, DebPackage>,
  roots: string[],
  installed: Set<string>,
  recommends: boolean,
  providers = providersOf(packages),
): Set<string> {
  const added = new Set<string>();
  const have = (name: string) => installed.has(name) || added.has(name);
  const pick = (alternatives: string[]): string | null => {
    for (const alt of alternatives) if (have(alt)) return null;
    for (const alt of alternatives) {
      const provided = providers.get(alt) ?? [];
      if (provided.some(have)) return null;
    }
    for (const alt of alternatives) {
      if (packages.has(alt)) return alt;
      const provided = providers.get(alt);
      if (provided?.length) return provided[0];
    }
    return null;
  };
  const queue = [...roots];
  while (queue.length) {
    const name = queue.shift()!;
    if (have(name)) continue;
    const pkg = packages.get(name) ?? packages.get(providers.get(name)?.[0] ?? '');
    if (!pkg || have(pkg.name)) continue;
    added.add(pkg.name);
    const groups = [...pkg.preDepends, ...pkg.depends, ...(recommends ? pkg.recommends : [])];
    for (const group of groups) {
      const chosen = pick(group);
      if (chosen) queue.push(chosen);
    }
  }
  return added;
}

/** The compact per-suite document. */
export interface DebianSuiteData {
  generatedBy: string;
  suite: string;
  /** The date of the suite's Release file the indexes came from. */
  asOf: string | null;
  source: string;
  /** Packages debootstrap's minbase installs (the base of `debian:<suite>` images). */
  base: string[];
  roots: string[];
  /**
   * name → [version, Installed-Size KiB, Depends+Pre-Depends chosen (names), Recommends chosen (names),
   * programs (bin/sbin paths)]. Chosen dependencies already in `base` are left out.
   */
  packages: Record<string, [string, number, string[], string[], string[]]>;
}

export function generateSuite(
  suite: string,
  packages: Map<string, DebPackage>,
  programs: Map<string, string[]>,
  asOf: string | null,
  roots = ROOTS,
): DebianSuiteData {
  const providers = providersOf(packages);
  const base = minbase(packages);
  const present = roots.filter((r) => packages.has(r) || providers.has(r));
  const everything = closure(packages, present, base, true, providers);
  const out: DebianSuiteData['packages'] = {};
  const choose = (groups: string[][]): string[] => {
    const names: string[] = [];
    for (const group of groups) {
      if (group.some((alt) => base.has(alt) || (providers.get(alt) ?? []).some((p) => base.has(p)))) continue;
      // The alternative the closure took: the first one (or a provider of it) that is in the closure.
      const alt =
        group.find((a) => everything.has(a)) ??
        group.flatMap((a) => providers.get(a) ?? []).find((p) => everything.has(p));
      if (alt && !names.includes(alt)) names.push(alt);
    }
    return names;
  };
  for (const name of [...everything].sort()) {
    const pkg = packages.get(name)!;
    out[name] = [
      pkg.version,
      pkg.installedKiB,
      choose([...pkg.preDepends, ...pkg.depends]),
      choose(pkg.recommends),
      programs.get(name) ?? [],
    ];
  }
  return {
    generatedBy: 'scripts/catalog/debian-packages.ts',
    suite,
    asOf,
    source: `Debian ${suite} main amd64 Packages and Contents indexes (with ${suite}-updates and ${suite}-security)`,
    base: [...base].sort(),
    roots: present,
    packages: out,
  };
}

/**
 * The bin/sbin lines of a suite's Contents index, from the apt lists (lz4) or a downloaded .gz in the
 * cache (the full index is too large for one string, so other paths are dropped while reading).
 */
export function contentsText(suite: string): string | null {
  const parts: string[] = [];
  for (const arch of ['amd64', 'all']) {
    const lz4 = join(aptListsDir(), `deb.debian.org_debian_dists_${suite}_main_Contents-${arch}.lz4`);
    const gz = join(CACHE_DIR, 'debian', `${suite}-Contents-${arch}.gz`);
    const reader = existsSync(lz4) ? `lz4cat '${lz4}'` : existsSync(gz) ? `zcat '${gz}'` : null;
    if (!reader) continue;
    const grep = `${reader} | grep -E '^(usr/)?(local/)?s?bin/[^/ ]+ ' || true`;
    parts.push(execFileSync('sh', ['-c', grep], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  }
  return parts.length > 0 ? parts.join('\n') : null;
}

/**
 * Without a Contents index in the cache, the programs of the previous data (the committed file) stay:
 * a package whose version is unchanged keeps its list; others get none, and the run says so.
 */
export function previousPrograms(
  previous: DebianSuiteData | null,
  packages: Map<string, DebPackage>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, entry] of Object.entries(previous?.packages ?? {}))
    if (packages.get(name)?.version === entry[0] && entry[4].length > 0) out.set(name, [...entry[4]]);
  return out;
}

if (process.argv[1]?.endsWith('debian-packages.ts')) {
  const dir = join(DATA_DIR, 'debian');
  mkdirSync(dir, { recursive: true });
  for (const suite of ['bookworm', 'trixie']) {
    const release = loadDebianRelease(suite);
    if (!release) {
      console.error(`${suite}: no apt lists in the cache; run scripts/catalog/apt-update.sh first`);
      process.exitCode = 1;
      continue;
    }
    const providers = providersOf(release.packages);
    const base = minbase(release.packages);
    const wanted = closure(release.packages, ROOTS, base, true, providers);
    const file = join(dir, `${suite}.json`);
    const text = contentsText(suite);
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DebianSuiteData) : null;
    if (text === null)
      console.warn(`${suite}: no Contents index in the cache; keeping the programs of unchanged packages`);
    const programs =
      text === null ? previousPrograms(previous, release.packages) : programsFromContents(text, wanted);
    const data = generateSuite(suite, release.packages, programs, release.date);
    writeFileSync(file, stableJson(data));
    console.log(
      `${file}: ${Object.keys(data.packages).length} packages over a ${data.base.length}-package base, ` +
        `${readFileSync(file).length} bytes`,
    );
  }
}
