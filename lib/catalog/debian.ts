/**
 * Debian packages (bookworm, trixie) from the generated indexes in lib/catalog/data/debian/: what
 * `apt-get install` adds on top of a Debian image, with and without Recommends, as the sum of Debian's
 * Installed-Size, and the programs the packages install at their real paths.
 *
 * The data (~190 kB per release) is not bundled with the catalog: `loadDebianPackages()` imports it on
 * demand (a separate chunk in the browser), and `registerDebianSuite` accepts it from elsewhere. Until a
 * release is loaded, lookups for it return null and callers fall back to their labelled estimates.
 */
import { alternativesLinks } from './debian-alternatives';
import { known, KIB } from './figure';
import { catalogDataChanged } from './generation';
import type { ManifestEntry, PackageFigure } from './types';

/** The generated document of one release (see scripts/catalog/debian-packages.ts). */
export interface DebianSuiteData {
  generatedBy: string;
  suite: string;
  asOf: string | null;
  source: string;
  base: string[];
  roots: string[];
  packages: Record<string, [string, number, string[], string[], string[]]>;
}

/** The Sources page entry for Debian's package indexes. */
export const DEBIAN_PACKAGES_SOURCE_ID = 'debian-packages';

const SUITES = new Map<string, { data: DebianSuiteData; base: Set<string> }>();

/** Debian release names and numbers the data covers. */
const SUITE_OF: Record<string, string> = {
  'debian:bookworm': 'bookworm',
  'debian:12': 'bookworm',
  'debian:trixie': 'trixie',
  'debian:13': 'trixie',
};

/** Makes a release's data available to lookups. */
export function registerDebianSuite(data: DebianSuiteData): void {
  if (!data || typeof data.suite !== 'string') return;
  SUITES.set(data.suite, { data, base: new Set(data.base) });
  catalogDataChanged();
}

const LOADERS: Record<string, () => Promise<{ default?: unknown }>> = {
  bookworm: () => import('./data/debian/bookworm.json'),
  trixie: () => import('./data/debian/trixie.json'),
};

/** The Debian suites whose package indexes can be loaded. */
export const DEBIAN_PACKAGE_SUITES: readonly string[] = Object.keys(LOADERS);

/**
 * Loads the data of the given Debian suites (default: all) with dynamic imports, so bundlers split each
 * off (about 36 kB gzipped per suite) and a lab fetches only the suites its Dockerfile's images use
 * (see `debianSuiteOf` on an image's `release`). Unknown suites are ignored.
 */
export async function loadDebianPackages(suites: readonly string[] = DEBIAN_PACKAGE_SUITES): Promise<void> {
  const wanted = suites.filter((suite) => LOADERS[suite] && !SUITES.has(suite));
  const modules = await Promise.all(wanted.map((suite) => LOADERS[suite]()));
  for (const mod of modules) registerDebianSuite((mod.default ?? mod) as unknown as DebianSuiteData);
}

/** The suite (`bookworm`, `trixie`) of a normalised release such as `debian:bookworm`, or null. */
export function debianSuiteOf(release: string | null): string | null {
  return release ? (SUITE_OF[release] ?? null) : null;
}

/**
 * The version of a Debian package in the loaded index of `release` (`debian:trixie`), or null when
 * the release is not loaded or the index does not have the package.
 */
export function debianPackageVersion(name: string, release: string | null): string | null {
  const suite = debianSuiteOf(release);
  if (!suite) return null;
  return SUITES.get(suite)?.data.packages[name]?.[0] ?? null;
}

/** The date of the loaded index of `release`, or null. */
export function debianIndexDate(release: string | null): string | null {
  const suite = debianSuiteOf(release);
  return (suite ? SUITES.get(suite)?.data.asOf : null) ?? null;
}

/** The result of installing packages with apt on top of a Debian base. */
export interface AptInstall {
  suite: string;
  /** Packages added, sorted. */
  added: string[];
  /** Names asked for that the index does not have (apt would fail: "Unable to locate package"). */
  missing: string[];
  /** Sum of Installed-Size of the added packages, in bytes. */
  bytes: number;
  /** Programs (bin/sbin paths) the added packages install, sorted. */
  programs: string[];
}

/**
 * What `apt-get install [--no-install-recommends] names…` adds on a Debian image of `suite` (its minbase
 * packages already installed), or null when the suite's data is not loaded.
 */
export function aptInstall(suite: string, names: string[], recommends: boolean): AptInstall | null {
  const entry = SUITES.get(suite);
  if (!entry) return null;
  const { data, base } = entry;
  const added = new Set<string>();
  const missing: string[] = [];
  const queue: string[] = [];
  for (const name of names) {
    if (base.has(name)) continue;
    if (data.packages[name]) queue.push(name);
    else missing.push(name);
  }
  while (queue.length) {
    const name = queue.shift()!;
    if (added.has(name) || base.has(name)) continue;
    const pkg = data.packages[name];
    if (!pkg) continue;
    added.add(name);
    queue.push(...pkg[2], ...(recommends ? pkg[3] : []));
  }
  const list = [...added].sort();
  const programs = [...new Set(list.flatMap((n) => data.packages[n][4]))];
  return {
    suite,
    added: list,
    missing,
    bytes: list.reduce((sum, n) => sum + data.packages[n][1] * KIB, 0),
    // Installed packages' own programs, and the links their maintainer scripts add (cc for gcc).
    programs: [...programs, ...alternativesLinks(list, programs)].sort(),
  };
}

function manifestOf(install: AptInstall, name: string): ManifestEntry[] {
  const programs: ManifestEntry[] = install.programs.map((path) => ({
    path,
    kind: 'regular',
    sizeBytes: 0,
    mode: 0o755,
    estimate: true,
    note: `installed by apt (${name} and its dependencies); its size is inside the package total`,
  }));
  return [
    ...programs,
    {
      path: `/usr/** (${name} and ${install.added.length - 1} dependencies)`,
      kind: 'bulk',
      sizeBytes: install.bytes,
      fileCount: null,
      note: `Installed-Size of ${install.added.join(', ')}`,
    },
  ];
}

/**
 * A package figure for `apt-get install name` on a Debian release, computed from the index, or null when
 * the release is not loaded or the package is not in the data.
 */
export function debianPackageFigure(name: string, release: string): PackageFigure | null {
  const suite = debianSuiteOf(release);
  if (!suite) return null;
  const entry = SUITES.get(suite);
  if (!entry || !entry.data.packages[name]) return null;
  const withRec = aptInstall(suite, [name], true)!;
  const without = aptInstall(suite, [name], false)!;
  const asOf = entry.data.asOf;
  const cite = (install: AptInstall, flag: string) =>
    `sum of Installed-Size of the ${install.added.length} packages apt adds on debian:${suite}${flag} ` +
    `(Debian ${suite} package index of ${asOf ?? 'unknown date'})`;
  const figure = (install: AptInstall, flag: string) => ({
    ...known(install.bytes, cite(install, flag), asOf, 'medium'),
    sourceId: DEBIAN_PACKAGES_SOURCE_ID,
  });
  return {
    manager: 'apt',
    name,
    release: `debian:${suite}`,
    installed: figure(withRec, ''),
    installedNoRecommends: figure(without, ' with --no-install-recommends'),
    manifest: manifestOf(withRec, name),
    manifestNoRecommends: manifestOf(without, name),
    newPackages: withRec.added.length,
    newPackagesNoRecommends: without.added.length,
    bringsCompiler: withRec.added.includes('gcc') || withRec.programs.includes('/usr/bin/gcc'),
    bringsCompilerNoRecommends: without.added.includes('gcc') || without.programs.includes('/usr/bin/gcc'),
    notes:
      `Debian ${suite} ${entry.data.packages[name][0]}. Installed-Size counts documentation too and rounds ` +
      'each file up to a KiB; dependencies are chosen as apt would by default (first alternative).',
  };
}
