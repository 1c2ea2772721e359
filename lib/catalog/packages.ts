/**
 * Package lookups (apt, apk, pip, npm) and apt's package-list sizes after `apt-get update`.
 */
import { debianPackageFigure } from './debian';
import { estimate, known, MB } from './figure';
import { JAMMY_APT } from './packages/apt-jammy';
import { OTHER_PACKAGES } from './packages/other';
import type { Confidence, Figure, PackageFigure } from './types';

const ALL: readonly PackageFigure[] = [...JAMMY_APT, ...OTHER_PACKAGES];

/** Every package figure the catalog has. */
export function listPackages(): PackageFigure[] {
  return [...ALL];
}

const RELEASE_ALIASES: Record<string, string> = {
  'ubuntu:jammy': 'ubuntu:22.04',
  'ubuntu:noble': 'ubuntu:24.04',
  'ubuntu:focal': 'ubuntu:20.04',
  'debian:12': 'debian:bookworm',
  'debian:bookworm-slim': 'debian:bookworm',
  'debian:12-slim': 'debian:bookworm',
  'debian:13': 'debian:trixie',
  'debian:trixie-slim': 'debian:trixie',
  'debian:13-slim': 'debian:trixie',
};

/** The Debian release whose same-name packages stand in, as an estimate, for an Ubuntu release's. */
const UBUNTU_STAND_IN: Record<string, string> = {
  'ubuntu:22.04': 'debian:bookworm',
  'ubuntu:24.04': 'debian:trixie',
};

/** Normalises a release name (`ubuntu:jammy` → `ubuntu:22.04`, `debian:12-slim` → `debian:bookworm`). */
export function normalizeRelease(release: string | null | undefined): string | null {
  if (!release) return null;
  const lower = release.trim().toLowerCase();
  return RELEASE_ALIASES[lower] ?? lower;
}

/**
 * Normalises a package name as written on a command line: drops apt/apk version pins (`=…`) and
 * architectures (`:amd64`), pip specifiers and extras (`Flask[async]>=3` → `flask`, `_`/`.` → `-`),
 * npm versions (`express@5`, keeping a `@scope/`).
 */
export function normalizePackageName(manager: PackageFigure['manager'], name: string): string {
  const text = name.trim();
  switch (manager) {
    case 'pip':
      return text
        .split(/[\s\[<>=!~;@]/)[0]
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
    case 'npm': {
      const at = text.indexOf('@', text.startsWith('@') ? 1 : 0);
      return (at > 0 ? text.slice(0, at) : text).toLowerCase();
    }
    default:
      return text.split('=')[0].split(':')[0].toLowerCase();
  }
}

/**
 * The figure for a package, or null when the catalog has none (the caller then makes a low-confidence
 * estimate). `release` (e.g. `ubuntu:22.04`, `debian:bookworm`) must match for apt; release-independent
 * figures (pip, npm, apk) match any release.
 */
export function findPackage(
  manager: PackageFigure['manager'],
  name: string,
  release: string | null = null,
): PackageFigure | null {
  const wanted = normalizePackageName(manager, typeof name === 'string' ? name : '');
  const rel = normalizeRelease(release);
  if (manager === 'apt' && rel?.startsWith('debian:')) {
    // Computed from Debian's index (with dependencies) when loaded; it replaces single-package figures.
    const computed = debianPackageFigure(wanted, rel);
    if (computed) return computed;
  }
  const candidates = ALL.filter((pkg) => pkg.manager === manager && pkg.name === wanted);
  const found =
    candidates.find((pkg) => pkg.release !== null && pkg.release === rel) ??
    candidates.find((pkg) => pkg.release === null) ??
    (rel === null ? (candidates[0] ?? null) : null);
  if (found || manager !== 'apt' || !rel || !UBUNTU_STAND_IN[rel]) return found;
  const standIn = debianPackageFigure(wanted, UBUNTU_STAND_IN[rel]);
  return standIn ? ubuntuEstimate(standIn, rel) : null;
}

/** A Debian figure relabelled as a low-confidence estimate for an Ubuntu release (no Ubuntu index here). */
function ubuntuEstimate(figure: PackageFigure, release: string): PackageFigure {
  const relabel = (f: Figure | undefined): Figure | undefined =>
    f && {
      ...f,
      source: `ESTIMATE: Debian's package of the same name (${figure.release}) standing in for ${release}'s; ${f.source}`,
      confidence: 'low',
    };
  return {
    ...figure,
    release,
    installed: relabel(figure.installed)!,
    installedNoRecommends: relabel(figure.installedNoRecommends),
    notes:
      `Estimate: Ubuntu's archive was not read; Debian ${figure.release}'s package of the same name stands in. ${figure.notes ?? ''}`.trim(),
  };
}

/** apt configurations that change the size of /var/lib/apt/lists. */
export type AptListsConfig = 'docker' | 'no-languages' | 'default';

/** The size of /var/lib/apt/lists after `apt-get update`, with the configuration assumed for the image. */
export interface AptListsFigure {
  release: string;
  /** The figure for the configuration the official image is assumed to use. */
  size: Figure;
  assumedConfig: AptListsConfig;
  /** Figures by configuration (null where not measured). */
  byConfig: Record<AptListsConfig, Figure | null>;
  explanation: string;
}

const LISTS_SOURCE =
  'MEASURED du of /var/lib/apt/lists in a jammy chroot, archive state 2026-11-26 (measured for this course)';
const JAMMY_ASSUMPTION: Confidence = 'medium';

const APT_LISTS: Record<string, AptListsFigure> = {
  'ubuntu:22.04': {
    release: 'ubuntu:22.04',
    assumedConfig: 'docker',
    size: known(82.4 * MB, `${LISTS_SOURCE}: gzip indexes + no languages`, '2026-11-26', JAMMY_ASSUMPTION),
    byConfig: {
      docker: known(
        82.4 * MB,
        `${LISTS_SOURCE}: Acquire::Languages "none" + Acquire::GzipIndexes "true"`,
        '2026-11-26',
      ),
      'no-languages': known(212.0 * MB, `${LISTS_SOURCE}: Acquire::Languages "none"`, '2026-11-26'),
      default: known(336.5 * MB, `${LISTS_SOURCE}: default apt config (with Translation-en)`, '2026-11-26'),
    },
    explanation:
      "Assumed: the image keeps Docker's gzip-indexes/no-languages apt config (82.4 MB), which Ubuntu images " +
      'added historically (docker-library/official-images PR #1953). Its presence in the current 22.04 ' +
      "image was not verified; with it the talk's 861 MB is reproduced within ~4 %, without it (212–336.5 MB) " +
      'it would not be. The size also depends on the date: 2026 jammy-updates/security indexes are inflated.',
  },
  'debian:bookworm': {
    release: 'debian:bookworm',
    assumedConfig: 'docker',
    size: known(
      19 * MB,
      'MEASURED du -sh /var/lib/apt/lists on a Debian bookworm machine with the docker-gzip-indexes config (measured for this course)',
      '2026-11',
      'high',
    ),
    byConfig: {
      docker: known(19 * MB, 'MEASURED on a Debian bookworm machine (measured for this course)', '2026-11'),
      'no-languages': null,
      default: null,
    },
    explanation:
      'Official Debian images ship docker-clean, docker-gzip-indexes and docker-no-languages (verified), so ' +
      'the lists stay compressed: 19 MB for bookworm main.',
  },
  'debian:trixie': {
    release: 'debian:trixie',
    assumedConfig: 'docker',
    // 20.97 MB; the source string says how.
    size: estimate(
      (19 * MB * 13_335_627) / 12_084_798,
      "bookworm's measured 19 MB (gzip indexes) scaled by the ratio of trixie's to bookworm's main " +
        'Packages.gz on deb.debian.org (13,335,627 / 12,084,798 bytes, read 2026-12-06); not measured on trixie',
      '2026-12-06',
    ),
    byConfig: { docker: null, 'no-languages': null, default: null },
    explanation:
      'Debian 13 images ship the same docker-gzip-indexes config as Debian 12; the size is scaled from the ' +
      'bookworm measurement by the size of the package index, not measured.',
  },
};

/** apt list sizes for a release (`ubuntu:22.04`, `debian:bookworm`, aliases accepted), or null when unknown. */
export function findAptLists(release: string | null): AptListsFigure | null {
  const rel = normalizeRelease(release);
  return rel ? (APT_LISTS[rel] ?? null) : null;
}
