/**
 * GoogleContainerTools distroless images: static, base-nossl, base, cc, python3, java, nodejs for Debian
 * 11, 12 and 13, each with the `latest`, `nonroot`, `debug` and `debug-nonroot` variants.
 * Contents, users and entrypoints were read from the project's source (FACTS.md §1b); sizes are mostly
 * unverified, so most entries carry a labelled estimate.
 */
import { estimate, known, MB, unknown } from '../figure';
import { evidence, type Debian, type DistrolessFamily } from './distroless-sizes';
import type { BaseImage, ManifestEntry, Runtime } from '../types';
import { defineImage, dir, elf, file, link } from './define';
import { accounts, caBundle, DEFAULT_PATH, glibcCore, glibcElf } from './userland';

const REPO = 'GoogleContainerTools/distroless';
const SRC_12 = `${REPO} @dcb6dee8 (base/README.md, base/base.bzl, common/variables.bzl; FACTS.md §1b)`;
const SRC_13 = `${REPO} HEAD cd080764 (defaults to debian13; FACTS.md §1b)`;
const SRC_11 = `${REPO} Debian 11-era README (FACTS.md §1b)`;
const PATH = DEFAULT_PATH;
/** The nonroot user's uid (common/variables.bzl: NONROOT = 65532). */
export type { DistrolessFamily } from './distroless-sizes';
export const DISTROLESS_NONROOT_UID = '65532';
const BUSYBOX_NOMINAL = 1_100_000;

function runtimeOf(
  family: DistrolessFamily,
  debian: Debian,
): {
  runtime: Runtime | null;
  entrypoint: string[] | null;
  files: ManifestEntry[];
  env: Record<string, string>;
} {
  if (family === 'python3') {
    const minor = { 11: '3.9', 12: '3.11', 13: '3.13' }[debian];
    const exe = `/usr/bin/python${minor}`;
    return {
      runtime: { name: 'python', version: minor, path: exe },
      entrypoint: [exe],
      files: [
        glibcElf(exe, 6_000_000),
        link('/usr/bin/python3', `python${minor}`),
        dir(`/usr/lib/python${minor}`),
      ],
      env: { LANG: 'C.UTF-8' },
    };
  }
  if (family.startsWith('java')) {
    const feature = family.slice(4);
    const home =
      family === 'java21' ? '/usr/lib/jvm/temurin21_jre_amd64' : `/usr/lib/jvm/java-${feature}-openjdk-amd64`;
    return {
      runtime: { name: 'java', version: feature, path: '/usr/bin/java' },
      entrypoint: ['/usr/bin/java', '-jar'],
      files: [link('/usr/bin/java', `${home}/bin/java`), glibcElf(`${home}/bin/java`, 15_000), dir(home)],
      env: {},
    };
  }
  if (family.startsWith('nodejs')) {
    return {
      runtime: { name: 'node', version: family.slice(6), path: '/nodejs/bin/node' },
      entrypoint: ['/nodejs/bin/node'],
      files: [glibcElf('/nodejs/bin/node', 100_000_000)],
      env: {},
    };
  }
  return { runtime: null, entrypoint: null, files: [], env: {} };
}

function staticFiles(): ManifestEntry[] {
  return [
    dir('/tmp', 0o1777),
    dir('/root', 0o700),
    dir('/home/nonroot', 0o700),
    ...accounts(),
    file('/etc/nsswitch.conf', 300),
    file('/etc/os-release', 400),
    caBundle(),
  ];
}

function familyFiles(family: DistrolessFamily): ManifestEntry[] {
  const files = staticFiles();
  if (family === 'static') return files;
  files.push(...glibcCore());
  if (family === 'base-nossl') return files;
  files.push(
    file('/usr/lib/x86_64-linux-gnu/libssl.so.3', 700_000),
    file('/usr/lib/x86_64-linux-gnu/libcrypto.so.3', 4_500_000),
  );
  if (family === 'base' || family.startsWith('java')) return files;
  files.push(
    file('/usr/lib/x86_64-linux-gnu/libgcc_s.so.1', 130_000),
    file('/usr/lib/x86_64-linux-gnu/libstdc++.so.6', 2_200_000),
  );
  return files;
}

function debugFiles(): ManifestEntry[] {
  return [
    elf('/busybox/busybox', BUSYBOX_NOMINAL, 'static'),
    ...['sh', 'ls', 'cat', 'find', 'wget', 'env'].map((applet) =>
      link(`/busybox/${applet}`, '/busybox/busybox'),
    ),
  ];
}

const DESCRIPTIONS: Record<DistrolessFamily, string> = {
  static: 'CA certificates, /etc/passwd, tzdata, no libc',
  'base-nossl': 'static + glibc',
  base: 'static + glibc + libssl3',
  cc: 'base + libgcc and libstdc++',
  python3: 'cc + Debian’s Python 3',
  java11: 'Debian OpenJDK 11 JRE',
  java17: 'Debian OpenJDK 17 JRE (headless)',
  java21: 'Temurin 21 JRE',
  nodejs18: 'base + Node.js 18',
  nodejs20: 'base + Node.js 20',
  nodejs22: 'base + Node.js 22',
};

type Variant = 'latest' | 'nonroot' | 'debug' | 'debug-nonroot';

function distroless(family: DistrolessFamily, debian: Debian, variant: Variant): BaseImage {
  const debug = variant.startsWith('debug');
  const nonroot = variant.endsWith('nonroot');
  const sizes = evidence(family, debian);
  const rt = runtimeOf(family, debian);
  const source = { 11: SRC_11, 12: SRC_12, 13: SRC_13 }[debian];
  const asOf = { 11: null, 12: '2025-02-20', 13: '2026-08-21' }[debian];
  const base = sizes.uncompressed.value ?? sizes.estimate?.value ?? 0;
  const uncompressed = debug
    ? unknown('no figure found for debug variants (FACTS.md §1b)')
    : sizes.uncompressed;
  const est = debug
    ? estimate(
        base + BUSYBOX_NOMINAL,
        `the non-debug image (${(base / MB).toFixed(2)} MB${sizes.uncompressed.value === null ? ', itself estimated' : ''}) plus a nominal busybox`,
      )
    : sizes.estimate;
  const debugEntrypoint =
    family === 'static' || family === 'base' || family === 'base-nossl' || family === 'cc';
  const notes = [
    debian === 13 && rt.runtime
      ? 'Runtime version and paths as in the debian12 build (not verified for debian13).'
      : '',
    family === 'java21' ? 'The JVM directory name is not verified.' : '',
    family === 'python3' ? 'No shell and no support for ctypes (README).' : '',
    nonroot ? 'Runs as uid 65532 (nonroot) with WORKDIR /home/nonroot; same files as the root variant.' : '',
    debug
      ? 'busybox under /busybox, a shell at /busybox/sh and PATH extended; there is still no /bin/sh, so shell-form instructions fail.'
      : 'No shell: CMD/ENTRYPOINT must be in exec (JSON) form.',
    uncompressed.value === null ? 'Size unknown: the manifest adds up to a labelled estimate.' : '',
  ].filter(Boolean);
  return defineImage({
    repository: `gcr.io/distroless/${family}-debian${debian}`,
    tag: variant,
    aliases: [`${variant}-amd64`],
    resolvedDescription: `distroless ${family} on Debian ${debian}${variant === 'latest' ? '' : ` (${variant})`}: ${DESCRIPTIONS[family]}`,
    uncompressed,
    compressed: debug ? unknown('no figure found for debug variants (FACTS.md §1b)') : sizes.compressed,
    estimate: est,
    shell: debug ? 'busybox sh at /busybox/sh (no /bin/sh)' : null,
    packageManager: 'none',
    libc: { kind: family === 'static' ? 'none' : 'glibc', version: null },
    runtimes: rt.runtime ? [rt.runtime] : [],
    user: nonroot ? DISTROLESS_NONROOT_UID : 'root',
    workdir: nonroot ? '/home/nonroot' : '/',
    entrypoint: debug && debugEntrypoint ? ['/busybox/sh'] : rt.entrypoint,
    cmd: null,
    env: {
      PATH: debug ? `${PATH}:/busybox` : PATH,
      SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt',
      ...rt.env,
    },
    named: [...familyFiles(family), ...rt.files, ...(debug ? debugFiles() : [])],
    bulk: {
      path: '/usr/**',
      note: 'tzdata, base-files, netbase and the rest (libraries, the runtime’s own files)',
    },
    source,
    asOf,
    notes: notes.join(' '),
  });
}

/** Which families were published for which Debian release (FACTS.md §1b). */
const PUBLISHED: Record<Debian, DistrolessFamily[]> = {
  11: ['static', 'base', 'python3', 'java11', 'java17', 'nodejs18'],
  12: ['static', 'base-nossl', 'base', 'cc', 'python3', 'java17', 'java21', 'nodejs20', 'nodejs22'],
  13: ['static', 'base-nossl', 'base', 'cc', 'python3', 'java21', 'nodejs22'],
};

const VARIANTS: Variant[] = ['latest', 'nonroot', 'debug', 'debug-nonroot'];

export const distrolessImages: BaseImage[] = ([11, 12, 13] as const).flatMap((debian) =>
  PUBLISHED[debian].flatMap((family) => VARIANTS.map((variant) => distroless(family, debian, variant))),
);

/** The old gcr.io/distroless/java:11 (= java-debian10:11), the image behind the talk's ~200 MB. */
export const distrolessJava11Debian10 = defineImage({
  repository: 'gcr.io/distroless/java-debian10',
  tag: '11',
  aliases: [],
  resolvedDescription: 'distroless Java 11 on Debian 10 (old name, no longer published)',
  uncompressed: known(
    200 * MB,
    `${REPO} PR #769 review thread: 200 MB in docker images (FACTS.md §1b)`,
    '2021-07-25',
    'medium',
  ),
  compressed: known(
    71 * MB,
    `${REPO} PR #769: "71 MB vs 314 MB" against openjdk:11 (FACTS.md §1b)`,
    '2021-07-25',
    'medium',
  ),
  shell: null,
  packageManager: 'none',
  libc: { kind: 'glibc', version: null },
  runtimes: [{ name: 'java', version: '11', path: '/usr/bin/java' }],
  user: 'root',
  workdir: '/',
  entrypoint: ['/usr/bin/java', '-jar'],
  cmd: null,
  env: { PATH, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' },
  named: [
    ...familyFiles('java11'),
    link('/usr/bin/java', '/usr/lib/jvm/java-11-openjdk-amd64/bin/java'),
    glibcElf('/usr/lib/jvm/java-11-openjdk-amd64/bin/java', 15_000),
  ],
  bulk: { path: '/usr/lib/jvm/**', note: 'the JVM, fonts, tzdata and the rest' },
  source: `${REPO} PR #769 (2021-07)`,
  asOf: '2021-07-25',
  notes: 'Java 8 distroless was 130 MB. No shell: CMD/ENTRYPOINT must be in exec form.',
});

/** Unsuffixed distroless names follow the project's default Debian release; the old `java` name is Debian 10. */
export function distrolessRepositoryAliases(): Record<
  string,
  { repository: string; note: string; approximate: boolean }
> {
  const aliases: Record<string, { repository: string; note: string; approximate: boolean }> = {};
  const families = new Set(Object.values(PUBLISHED).flat());
  for (const family of families) {
    const newest = ([13, 12, 11] as const).find((debian) => PUBLISHED[debian].includes(family));
    if (!newest) continue;
    aliases[`gcr.io/distroless/${family}`] = {
      repository: `gcr.io/distroless/${family}-debian${newest}`,
      note:
        newest === 13
          ? `Unsuffixed distroless names follow the project's default Debian release: debian13 at HEAD cd080764 (2026-08-21), so this is ${family}-debian13.`
          : `Unsuffixed distroless names follow the default Debian release (debian13 in 2026-08), but ${family} has no debian13 build in the catalog, so ${family}-debian${newest} is used.`,
      approximate: true,
    };
  }
  aliases['gcr.io/distroless/java'] = {
    repository: 'gcr.io/distroless/java-debian10',
    note: 'The old name gcr.io/distroless/java:11 was the Debian 10 build (java-debian10:11).',
    approximate: false,
  };
  return aliases;
}
