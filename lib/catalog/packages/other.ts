/**
 * Package figures other than jammy apt: Debian bookworm Installed-Size singles, Alpine apk sizes seen in
 * images, and pip/npm dependency footprints MEASURED in venvs and with npm (measured for this course).
 * pip and npm manifests use paths relative to site-packages / the project directory.
 */
import { known, KIB, MB, MIB } from '../figure';
import type { ManifestEntry, PackageFigure } from '../types';
import { muslElf } from '../images/userland';

const BOOKWORM = 'apt-cache show on a Debian bookworm machine, 2026-11 (measured for this course)';
const SINGLE = 'Installed-Size of this package alone, without its dependencies';

function bookworm(name: string, kib: number): PackageFigure {
  const figure = known(
    kib * KIB,
    `${BOOKWORM}: Installed-Size ${kib.toLocaleString('en-US')} KiB; ${SINGLE}`,
    '2026-11',
    'medium',
  );
  return {
    manager: 'apt',
    name,
    release: 'debian:bookworm',
    installed: figure,
    manifest: [bulk(`/usr/** (${name})`, figure.value ?? 0, `files of ${name}`)],
    notes: `${SINGLE}: a real install also pulls its dependencies.`,
  };
}

function bulk(path: string, sizeBytes: number, note: string): ManifestEntry {
  return { path, kind: 'bulk', sizeBytes, fileCount: null, note };
}

const SEED =
  'seed/README.md: Debian golang-go for Go 1.19 (golang-1.19-go 334.8 MB + golang-1.19-src 118.5 MB)';

/** golang-go on bookworm: only the Go packages are known (on a machine that already had gcc). */
const bookwormGolangGo: PackageFigure = {
  manager: 'apt',
  name: 'golang-go',
  release: 'debian:bookworm',
  installed: {
    value: null,
    source: 'with Recommends (gcc, …) not measured on bookworm',
    asOf: null,
    confidence: 'low',
  },
  installedNoRecommends: known(
    453.3 * MB,
    `${SEED} = 453 MB, measured where gcc was already present`,
    '2026-11',
    'medium',
  ),
  manifest: [],
  manifestNoRecommends: [
    { path: '/usr/bin/go', kind: 'symlink', sizeBytes: 0, target: '/usr/lib/go-1.19/bin/go' },
    {
      path: '/usr/lib/go-1.19/bin/go',
      kind: 'elf',
      sizeBytes: 14_000_000,
      linkage: 'static',
      estimate: true,
      note: 'nominal size',
    },
    bulk('/usr/lib/go-1.19/**', 334_800_000 - 14_000_000, 'golang-1.19-go (334.8 MB, seed/README.md)'),
    bulk('/usr/share/go-1.19/**', 118_500_000, 'golang-1.19-src (118.5 MB, seed/README.md)'),
  ],
  provides: [{ name: 'go', version: '1.19', path: '/usr/lib/go-1.19/bin/go' }],
  bringsCompiler: true,
  bringsCompilerNoRecommends: false,
  notes:
    'The seed counts Installed-Size KB as 1000 bytes; in KiB golang-1.19-go alone would be 342.8 MB. ' +
    'With Recommends the size is unknown.',
};

function sitePackage(name: string, kib: number, version: string, includes: string[]): PackageFigure {
  const figure = known(
    kib * KIB,
    `MEASURED: adding ${name} ${version} to a CPython 3.11.7 venv added ${kib.toLocaleString('en-US')} KiB of site-packages (measured for this course)`,
    '2026-11-26',
  );
  return {
    manager: 'pip',
    name,
    release: null,
    installed: figure,
    manifest: [
      bulk(
        `${name}/**`,
        figure.value ?? 0,
        `${name} ${version} and its dependencies: ${includes.join(', ') || 'none'}`,
      ),
    ],
    includes,
  };
}

const NPM_SOURCE =
  'MEASURED npm install express (express ^5.3.0, 68 packages; node 20.20.2, npm 11.19.1): node_modules = 4,556 KiB (measured for this course)';

function apk(
  name: string,
  bytes: number,
  source: string,
  release: string | null,
  confidence: 'high' | 'low' = 'high',
): PackageFigure {
  const figure = known(bytes, source, release === null ? null : '2026-09', confidence);
  return {
    manager: 'apk',
    name,
    release: null,
    installed: figure,
    manifest: [bulk(`/usr/** (${name})`, figure.value ?? 0, `files of ${name}`)],
  };
}

const buildBase = apk(
  'build-base',
  190 * MB - 7.8 * MB,
  'ESTIMATE: gist hholst80/f6ded628 (2022-07): alpine + build-base = 190 MB with a cache mount, minus alpine:3.21’s 7.8 MB (the gist’s Alpine release is unknown)',
  null,
  'low',
);

/** The figures of this file, in lookup order. */
export const OTHER_PACKAGES: PackageFigure[] = [
  bookwormGolangGo,
  bookworm('golang-1.19-go', 334_790),
  bookworm('openjdk-17-jre-headless', 188_872),
  bookworm('openjdk-17-jdk-headless', 77_193),
  bookworm('git', 44_890),
  bookworm('python3-pip', 6_678),
  bookworm('curl', 489),
  sitePackage('flask', 5_712, '3.1.3', [
    'werkzeug',
    'jinja2',
    'click',
    'blinker',
    'itsdangerous',
    'markupsafe',
  ]),
  sitePackage('django', 52_280, '5.2.17', ['asgiref', 'sqlparse']),
  sitePackage('requests', 3_764, '2.34.2', ['certifi', 'charset-normalizer', 'idna', 'urllib3']),
  sitePackage('fastapi', 15_908, '0.142.2', ['pydantic', 'pydantic-core', 'starlette', 'anyio']),
  sitePackage('numpy', 74_020, '2.4.6', []),
  sitePackage('pandas', 152_076, '3.0.6', ['numpy', 'python-dateutil', 'six']),
  {
    manager: 'npm',
    name: 'express',
    release: null,
    installed: known(4_556 * KIB, NPM_SOURCE, '2026-11-26'),
    manifest: [bulk('node_modules/**', 4_556 * KIB, 'express and its 67 dependencies')],
  },
  apk(
    'busybox',
    798 * KIB,
    'docker-library/repo-info repos/alpine/local/3.21.8.md @7859ce44: busybox 1.37.0, 798 KiB',
    'alpine:3.21',
  ),
  apk(
    'font-dejavu',
    9.99 * MIB,
    'repo-info repos/eclipse-temurin/local/17-jre-alpine-3.23.md @1a6319e5: font-dejavu 9.99 MiB',
    'alpine:3.23',
  ),
  apk(
    'libstdc++',
    2.7 * MIB,
    'repo-info repos/node/local/22-alpine3.23.md @680e90cf: libstdc++ 2.7 MiB',
    'alpine:3.23',
  ),
  {
    ...buildBase,
    // The programs later RUN lines call by name; their sizes are unknown and stay inside the package's total.
    manifest: [
      muslElf('/usr/bin/gcc', 0, { estimate: true }),
      muslElf('/usr/bin/cc', 0, { estimate: true }),
      muslElf('/usr/bin/g++', 0, { estimate: true }),
      muslElf('/usr/bin/make', 0, { estimate: true }),
      muslElf('/usr/bin/ld', 0, { estimate: true }),
      ...buildBase.manifest,
    ],
    bringsCompiler: true,
    notes:
      'Without --no-cache the apk cache stays in the layer: the same gist measured 257 MB instead of 190 MB.',
  },
];
