/**
 * Build artifacts: Go binaries by Go version, program, stripping and cgo (MEASURED, measured for this course), the Go
 * build cache, a Spring Boot fat jar, node_modules and site-packages footprints. Each value is a Figure.
 */
import { estimate, known, KIB, MB } from './figure';
import { findPackage } from './packages';
import type { Confidence, Figure } from './types';

/** The measured programs: `hello` (fmt.Println), `calc` (fmt + strconv + os), `web` (net/http). */
export type GoProgram = 'hello' | 'calc' | 'web';

interface GoRow {
  version: string;
  minor: number;
  hello: [number, number];
  calc: [number, number];
  /** dynamic (cgo on, gcc present), static (CGO_ENABLED=0), static stripped. */
  web: [number, number, number];
  /** GOCACHE KiB after hello / calc / web. */
  cacheKiB: [number, number, number];
}

const GO_ROWS: GoRow[] = [
  {
    version: '1.18.1',
    minor: 18,
    hello: [1_763_278, 1_183_744],
    calc: [1_793_479, 1_200_128],
    web: [6_318_300, 6_258_825, 4_366_336],
    cacheKiB: [1_176, 1_064, 16_820],
  },
  {
    version: '1.21.1',
    minor: 21,
    hello: [1_802_832, 1_171_456],
    calc: [1_833_430, 1_191_936],
    web: [6_789_430, 6_723_743, 4_579_328],
    cacheKiB: [26_252, 26_140, 82_660],
  },
  {
    version: '1.22.2',
    minor: 22,
    hello: [1_893_836, 1_233_048],
    calc: [1_924_384, 1_253_528],
    web: [7_075_173, 7_003_007, 4_771_992],
    cacheKiB: [28_176, 28_064, 86_184],
  },
  {
    version: '1.23.1',
    minor: 23,
    hello: [2_128_656, 1_388_696],
    calc: [2_155_700, 1_405_080],
    web: [7_527_200, 7_447_066, 5_066_904],
    cacheKiB: [30_648, 30_488, 94_880],
  },
];

const GO_SOURCE = 'MEASURED amd64 in a jammy chroot with Ubuntu golang packages (measured for this course)';
const SEED_SOURCE =
  'seed/README.md: measured on Debian 12, Go 1.19.8 linux/amd64, CGO_ENABLED=0, a program of the same imports and size';

/** Go's minor version from `1.21`, `1.21.1`, `go1.21.1`, `1.25-bookworm`; null when unreadable. */
export function goMinor(version: string): number | null {
  const match = /(?:^|go)1\.(\d+)/.exec(typeof version === 'string' ? version.trim() : '');
  return match ? Number(match[1]) : null;
}

function nearestRow(minor: number | null): { row: GoRow; confidence: Confidence; why: string } {
  if (minor === null) {
    const row = GO_ROWS[1];
    return {
      row,
      confidence: 'low',
      why: `the Go version is not known, so go${row.version} (the talk's 1.83 MB build) was used`,
    };
  }
  let best = GO_ROWS[0];
  for (const row of GO_ROWS) if (Math.abs(row.minor - minor) < Math.abs(best.minor - minor)) best = row;
  const distance = Math.abs(best.minor - minor);
  if (distance === 0) return { row: best, confidence: 'high', why: `measured with go${best.version}` };
  const direction =
    minor > best.minor
      ? 'newer releases produce somewhat larger binaries'
      : 'older releases produce somewhat smaller binaries';
  return {
    row: best,
    confidence: distance === 1 ? 'medium' : 'low',
    why: `Go 1.${minor} was not measured; the nearest measured version, go${best.version}, was used (${direction})`,
  };
}

/** A Go binary's size with how it links and which measurement it came from. */
export interface GoBinaryFigure {
  size: Figure;
  linkage: 'static' | 'dynamic';
  /** ELF interpreter for dynamic binaries. */
  interpreter: string | null;
  /** The Go version whose measurement was used. */
  measuredVersion: string;
  explanation: string;
}

/**
 * The size of a Go binary. `cgo` means cgo is effectively on (CGO_ENABLED not 0 and a C compiler
 * present); it only changes `web` (net/http), which then links dynamically against glibc. `stripped` is
 * `-ldflags "-s -w"`. The nearest measured Go version is used and named.
 */
export function goBinarySize(query: {
  goVersion: string;
  program: GoProgram;
  stripped?: boolean;
  cgo?: boolean;
}): GoBinaryFigure {
  const stripped = query.stripped === true;
  const minor = goMinor(query.goVersion);
  const dynamic = query.program === 'web' && query.cgo === true;
  const linkage = dynamic ? 'dynamic' : 'static';
  const interpreter = dynamic ? '/lib64/ld-linux-x86-64.so.2' : null;
  const flags = `${stripped ? ' with -ldflags "-s -w"' : ''}${query.program === 'web' ? (dynamic ? ', cgo on (dynamic)' : ', CGO_ENABLED=0 (static)') : ''}`;
  if (minor === 19 && query.program === 'calc') {
    const bytes = stripped ? 1_265_664 : 1_891_678;
    return {
      size: known(bytes, SEED_SOURCE, null, 'high'),
      linkage,
      interpreter,
      measuredVersion: '1.19.8',
      explanation: `calc built with go1.19.8${flags}: ${bytes.toLocaleString('en-US')} bytes (the seed's measured reference).`,
    };
  }
  const { row, confidence, why } = nearestRow(minor);
  let size: Figure;
  if (query.program === 'web') {
    const [dyn, stat, statStripped] = row.web;
    if (!dynamic)
      size = known(
        stripped ? statStripped : stat,
        `${GO_SOURCE}, go${row.version}`,
        '2026-11-26',
        confidence,
      );
    else if (!stripped) size = known(dyn, `${GO_SOURCE}, go${row.version}`, '2026-11-26', confidence);
    else
      size = estimate(
        dyn * (statStripped / stat),
        `go${row.version} web with cgo (${dyn} B) × the -s -w saving measured on its static build (${statStripped}/${stat})`,
        '2026-11-26',
      );
  } else {
    const [plain, small] = row[query.program];
    size = known(stripped ? small : plain, `${GO_SOURCE}, go${row.version}`, '2026-11-26', confidence);
  }
  return {
    size,
    linkage,
    interpreter,
    measuredVersion: row.version,
    explanation: `${query.program}${flags}: ${(size.value ?? 0).toLocaleString('en-US')} bytes; ${why}.`,
  };
}

/** The build cache a `go build` leaves in GOCACHE (default /root/.cache/go-build for root). */
export interface GoCacheFigure {
  size: Figure;
  path: string;
  measuredVersion: string;
  explanation: string;
}

/**
 * GOCACHE size after building a program. Go ≤ 1.19 ships precompiled std, so the cache stays ~1 MB; from
 * Go 1.20 std is compiled into the cache (~26–31 MB for fmt, 80–95 MB with net/http).
 */
export function goBuildCacheSize(goVersion: string, program: GoProgram): GoCacheFigure {
  const { row, confidence, why } = nearestRow(goMinor(goVersion));
  const kib = row.cacheKiB[program === 'hello' ? 0 : program === 'calc' ? 1 : 2];
  return {
    size: known(
      kib * KIB,
      `${GO_SOURCE}: du of GOCACHE after building ${program}, ${kib.toLocaleString('en-US')} KiB (go${row.version})`,
      '2026-11-26',
      confidence,
    ),
    path: '/root/.cache/go-build',
    measuredVersion: row.version,
    explanation:
      `${row.minor <= 19 ? 'Go ≤ 1.19 ships precompiled std, so the cache stays small' : 'Go ≥ 1.20 compiles std into the cache'}; ${why}. ` +
      'It stays in the image layer unless RUN --mount=type=cache is used.',
  };
}

/** A Spring Boot web "hello world" fat jar (Spring Boot 2.3.0). */
export const SPRING_BOOT_FAT_JAR: Figure = known(
  16 * MB,
  'besthub.dev / "Java Architecture Diary" blog (undated), Spring Boot 2.3.0 web hello world (measured for this course); Spring Boot 3 jars are typically 20–30 MB, not verified',
  null,
  'low',
);

/** `npm install express` node_modules (68 packages). */
export const EXPRESS_NODE_MODULES: Figure = known(
  4_556 * KIB,
  'MEASURED npm install express, node_modules = 4,556 KiB (measured for this course)',
  '2026-11-26',
);

/** site-packages of a fresh venv: pip 23.2.1 + setuptools 65.5.0 on CPython 3.11.7. */
export const PYTHON_VENV_BASELINE: Figure = known(
  25_740 * KIB,
  'MEASURED venv baseline site-packages (pip 23.2.1 + setuptools 65.5.0, CPython 3.11.7), 25,740 KiB (measured for this course)',
  '2026-11-26',
);

/** The size of site-packages after installing some packages, and which packages had no figure. */
export interface SitePackagesFigure {
  size: Figure;
  /** Packages (normalised names) with no figure; they count as 0 and lower the confidence. */
  unknown: string[];
  explanation: string;
}

/**
 * site-packages after `pip install` of the given names (specifiers allowed), optionally on top of the venv
 * baseline. Packages already included by another (numpy inside pandas) are counted once.
 */
export function sitePackagesSize(
  names: string[],
  options: { includeBaseline?: boolean } = {},
): SitePackagesFigure {
  const figures = names.map((name) => ({ name, pkg: findPackage('pip', name) }));
  const covered = new Set(figures.flatMap(({ pkg }) => pkg?.includes ?? []));
  let total = options.includeBaseline ? (PYTHON_VENV_BASELINE.value ?? 0) : 0;
  const parts: string[] = options.includeBaseline ? ['venv baseline 25,740 KiB'] : [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const { name, pkg } of figures) {
    if (!pkg) unknown.push(name);
    else if (!covered.has(pkg.name) && !seen.has(pkg.name)) {
      seen.add(pkg.name);
      total += pkg.installed.value ?? 0;
      parts.push(`${pkg.name} ${Math.round((pkg.installed.value ?? 0) / KIB).toLocaleString('en-US')} KiB`);
    }
  }
  const confidence: Confidence = unknown.length > 0 ? 'low' : 'high';
  return {
    size: known(
      total,
      `MEASURED pip footprints (measured for this course): ${parts.join(' + ') || 'nothing'}`,
      '2026-11-26',
      confidence,
    ),
    unknown,
    explanation:
      unknown.length > 0
        ? `No figure for ${unknown.join(', ')}: counted as 0, so the total is low.`
        : 'All packages measured.',
  };
}
