/**
 * The programs of Debian and Ubuntu images, from lib/catalog/data/debian-programs/<suite>.json (generated
 * by scripts/catalog/debian-programs.ts from Debian's Packages and Contents indexes and the Essential
 * packages' .deb files): per release, the Essential packages' programs with their kinds, and the
 * programs of the base sets images start from (`debian:<suite>`, `buildpack-deps:<suite>-curl`, `-scm`
 * and the full `buildpack-deps:<suite>`). The engine's PATH lookup (`which`), `docker run` verdicts and
 * the terminal all read these entries from the image's manifest.
 *
 * In Node every release is registered when this module loads; in the browser the simulator worker loads
 * a release (`loadDebianPrograms`) before the request whose images need it. An image whose release is
 * not loaded has its program folders marked unknown, so a lookup says "can't tell", never "not found".
 */
import { BUNDLED_DEBIAN_PROGRAMS } from '#debian-programs-data';
import type { BaseImage, ManifestEntry } from '../types';
import type { DebianProgramsData } from '../schema';
import { debianSuiteOf } from '../debian';
import { catalogDataChanged } from '../generation';
import { link, script } from './define';
import { glibcElf } from './userland';

/** One release's data, as its schema checks it (a type only: the schema stays out of the bundle). */
type Suite = DebianProgramsData;
const SUITES: Record<string, Suite> = {};

const LOADERS: Record<string, () => Promise<{ default?: unknown }>> = {
  bookworm: () => import('../data/debian-programs/bookworm.json'),
  trixie: () => import('../data/debian-programs/trixie.json'),
};

/** The releases the generated data covers, loaded or not. */
export const DEBIAN_PROGRAM_SUITES: readonly string[] = Object.keys(LOADERS);

const cache = new Map<string, ManifestEntry[]>();

/** Makes a release's programs (one generated file) available; anything else is ignored. */
export function registerDebianPrograms(doc: unknown): void {
  const d = doc as Partial<Suite> & { suite?: unknown };
  if (!d || typeof d.suite !== 'string' || !d.essential || !d.packages || !d.sets) return;
  SUITES[d.suite] = d as Suite;
  for (const key of [...cache.keys()]) if (key.startsWith(`${d.suite}|`)) cache.delete(key);
  catalogDataChanged();
}

for (const doc of BUNDLED_DEBIAN_PROGRAMS) registerDebianPrograms(doc);

/** True when the programs of `suite` are registered. */
export function debianProgramsLoaded(suite: string): boolean {
  return suite in SUITES;
}

/**
 * Loads the programs of the given releases (default: all) with dynamic imports, so that bundlers split
 * each off (about 8 kB gzipped) and the worker fetches only what a request's images use. Releases
 * already registered and unknown ones are skipped.
 */
export async function loadDebianPrograms(suites: readonly string[] = DEBIAN_PROGRAM_SUITES): Promise<void> {
  const wanted = [...new Set(suites)].filter((suite) => LOADERS[suite] && !SUITES[suite]);
  const modules = await Promise.all(wanted.map((suite) => LOADERS[suite]()));
  for (const mod of modules) registerDebianPrograms(mod.default ?? mod);
}

/** Where the programs come from, for notes and the Sources page. */
export const DEBIAN_PROGRAMS_SOURCE_ID = 'debian-programs';

/**
 * The Debian release whose programs stand for an image's: its own (`debian:trixie`), or for Ubuntu and
 * older Debian releases the nearest one the data has, marked as an estimate.
 */
export function programSuite(release: string | null): { suite: string; estimate: string | null } {
  const own = debianSuiteOf(release);
  if (own && LOADERS[own]) return { suite: own, estimate: null };
  const ubuntu = /^ubuntu:(\d+)\.\d+$/.exec(release ?? '');
  const suite = ubuntu ? (Number(ubuntu[1]) >= 24 ? 'trixie' : 'bookworm') : 'bookworm';
  const what = release ?? 'this image’s release';
  return {
    suite,
    estimate: `${what}: the programs of Debian ${suite}’s packages of the same names (an estimate)`,
  };
}

/** The packages of a base set and the sets it starts FROM, or null when the data has no such set. */
export function setPackages(suite: string, set: string): string[] | null {
  const sets = SUITES[suite]?.sets;
  if (!sets?.[set]) return null;
  const out: string[] = [];
  for (let name: string | null = set; name && sets[name]; name = sets[name].from)
    out.push(...sets[name].packages);
  return out;
}

/**
 * The program entries of an image of `suite` starting from base set `set` (default `debian:<suite>`):
 * the Essential packages' programs (ELF, script or link, read from the .deb files) and the other
 * packages' programs from the Contents index (executable files whose kind the index does not record).
 * Each entry's bytes are in the image's total (`sizeInBulk`).
 */
export function debianPrograms(
  suite: string,
  set?: string | null,
  estimate?: string | null,
): ManifestEntry[] {
  const data = SUITES[suite];
  if (!data) return [];
  // A set the data does not have falls back to the release's minimal Debian.
  const base = set && data.sets[set] ? set : `debian:${suite}`;
  const key = `${suite}|${base}|${estimate ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: ManifestEntry[] = [];
  const tail = estimate ? `; ${estimate}` : '';
  for (const [name, [version, programs]] of Object.entries(data.essential)) {
    const note = `from the Essential package ${name} (${version} in Debian ${suite}); its size is in the image total${tail}`;
    const extra = { sizeInBulk: true, note } as const;
    for (const [path, kind, other] of programs) {
      if (kind === 'symlink' && other) out.push({ ...link(path, other), note });
      else if (kind === 'script' && other) out.push({ ...script(path, 0, other), ...extra });
      else if (kind === 'elf') out.push(glibcElf(path, 0, extra));
    }
  }
  const packages = setPackages(suite, base) ?? [];
  for (const name of [...new Set(packages)].sort()) {
    const entry = data.packages[name];
    if (!entry) continue;
    const note =
      `from the package ${name} (${entry[0]} in Debian ${suite}; the Contents index lists the path, not whether ` +
      `it is a binary or a script); its size is in the image total${tail}`;
    for (const program of entry[1]) {
      const [path, target] = program.split(' -> ');
      if (target) out.push({ ...link(path, target), note: `${note}; a link its maintainer script makes` });
      else out.push({ path, kind: 'regular', sizeBytes: 0, mode: 0o755, sizeInBulk: true, note });
    }
  }
  cache.set(key, out);
  return out;
}

/** The names of the Essential programs of a release (`ls`, `head`, `grep`, …). */
export function essentialProgramNames(suite = 'trixie'): Set<string> {
  const out = new Set<string>();
  for (const [, programs] of Object.values(SUITES[suite]?.essential ?? {}))
    for (const [path] of programs) out.add(path.slice(path.lastIndexOf('/') + 1));
  return out;
}

/** The data's releases with the date of their indexes. */
export function debianProgramSuites(): Array<{ suite: string; asOf: string | null; sets: string[] }> {
  return Object.entries(SUITES).map(([suite, s]) => ({ suite, asOf: s.asOf, sets: Object.keys(s.sets) }));
}

/**
 * The release whose programs an image has: its base set's (`debianBase`: `buildpack-deps:trixie`) or
 * its release's (`programSuite`), with the estimate note for Ubuntu and older Debian releases; null for
 * images of other package managers.
 */
export function imageProgramSuite(image: BaseImage): { suite: string; estimate: string | null } | null {
  if (image.packageManager !== 'apt') return null;
  const fromSet = /^(?:buildpack-deps|debian):(bookworm|trixie)/.exec(image.debianBase ?? '');
  return fromSet ? { suite: fromSet[1], estimate: null } : programSuite(image.release ?? null);
}

const PROGRAM_DIRS = ['/usr/bin', '/usr/sbin', '/bin', '/sbin'];

/**
 * An apt-based image with its release's programs added (paths the image already names keep their
 * entry). `debianBase` names the base set (`buildpack-deps:trixie`); the default is the release's
 * minimal Debian. When that release is not loaded yet, the program folders are unknown regions instead
 * (a program there is "can't tell", not "not found"). Images of other package managers are returned as
 * they are.
 */
export function withDebianPrograms(image: BaseImage): BaseImage {
  const of = imageProgramSuite(image);
  if (!of) return image;
  const { suite, estimate } = of;
  if (!SUITES[suite]) {
    const reason = `the programs of Debian ${suite}, which ${image.repository}:${image.tag} is built on, are not loaded yet`;
    const regions = PROGRAM_DIRS.map((path) => ({ path, reason }));
    return { ...image, unknownRegions: [...(image.unknownRegions ?? []), ...regions] };
  }
  const programs = debianPrograms(suite, image.debianBase, estimate);
  const named = new Set(image.manifest.map((e) => e.path));
  const added = programs.filter((p) => !named.has(p.path));
  if (added.length === 0) return image;
  return { ...image, manifest: [...image.manifest, ...added] };
}
