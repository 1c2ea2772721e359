/**
 * `apt-get install` on Ubuntu 22.04 (jammy), MEASURED in a minbase chroot against the jammy archive on
 * 2026-11-26 (measured for this course). apt's "additional disk space" sums Installed-Size (docs included); only
 * golang-go's actual files were measured (733.2 MB with Recommends, 428.6 MB for the Go packages alone).
 */
import { known, MB } from '../figure';
import { withBulk } from '../manifest';
import { dir, elf, link, script } from '../images/define';
import { glibcElf } from '../images/userland';
import type { ManifestEntry, PackageFigure, Runtime } from '../types';

const RELEASE = 'ubuntu:22.04';
const AS_OF = '2026-11-26';
const APT = 'MEASURED apt-get install --assume-no on a jammy minbase chroot (measured for this course)';
const APT_NOTE =
  "apt's predicted disk space (sum of Installed-Size, docs included); the files actually left in an Ubuntu " +
  'image are a little smaller (golang-go: 733.2 MB against 761 MB predicted)';

interface Row {
  name: string;
  /** Download, disk, new packages — with Recommends, then with --no-install-recommends. */
  sizes: [number, number, number, number, number, number];
  named: ManifestEntry[];
  namedNoRecommends?: ManifestEntry[];
  bulk: string;
  provides?: Runtime[];
  bringsCompiler?: boolean;
  bringsCompilerNoRecommends?: boolean;
  notes?: string;
}

/**
 * gcc and g++ as jammy installs them (gcc-11, g++-11) with the cc and c++ links their maintainer scripts
 * register with update-alternatives; sizes are inside the package totals.
 */
function jammyCompilers(): ManifestEntry[] {
  return [
    link('/usr/bin/gcc', '/usr/bin/gcc-11'),
    glibcElf('/usr/bin/gcc-11', 1_000_000),
    link('/usr/bin/g++', '/usr/bin/g++-11'),
    glibcElf('/usr/bin/g++-11', 1_000_000),
    link('/usr/bin/cc', '/usr/bin/gcc'),
    link('/usr/bin/c++', '/usr/bin/g++'),
  ];
}

function apt(row: Row): PackageFigure {
  const [dl, disk, pkgs, dlNr, diskNr, pkgsNr] = row.sizes;
  const predicted = known(disk * MB, `${APT}: "${disk} MB additional disk space"`, AS_OF, 'high');
  const predictedNr = known(
    diskNr * MB,
    `${APT} with --no-install-recommends: "${diskNr} MB"`,
    AS_OF,
    'high',
  );
  const installed = {
    ...predicted,
    source: `${predicted.source}; ${APT_NOTE}`,
    confidence: 'medium' as const,
  };
  const installedNr = {
    ...predictedNr,
    source: `${predictedNr.source}; ${APT_NOTE}`,
    confidence: 'medium' as const,
  };
  const bulk = { path: '/usr/**', note: row.bulk };
  return {
    manager: 'apt',
    name: row.name,
    release: RELEASE,
    installed,
    installedNoRecommends: installedNr,
    aptPredicted: predicted,
    aptPredictedNoRecommends: predictedNr,
    download: known(dl * MB, `${APT}: "Need to get ${dl} MB"`, AS_OF),
    downloadNoRecommends: known(dlNr * MB, `${APT} with --no-install-recommends`, AS_OF),
    newPackages: pkgs,
    newPackagesNoRecommends: pkgsNr,
    manifest: withBulk(row.named, installed.value ?? 0, bulk),
    manifestNoRecommends: withBulk(row.namedNoRecommends ?? row.named, installedNr.value ?? 0, bulk),
    provides: row.provides,
    // Measured sizes with the main programs named: the packages' other programs are not listed.
    programsListed: 'some',
    bringsCompiler: row.bringsCompiler,
    bringsCompilerNoRecommends: row.bringsCompilerNoRecommends,
    notes: row.notes,
  };
}

const GO_LIB = '/usr/lib/go-1.18';
/** The four Go packages' files, 428.6 MB, split like du's 323 MiB (/usr/lib) : 130 MiB (/usr/share). */
const GO_FILES = 428.6 * MB;
const GO_LIB_SHARE = Math.round((GO_FILES * 323) / 453);
const GO_TOOL_BYTES = 14_000_000 + 3_200_000;

function goFiles(): ManifestEntry[] {
  return [
    link('/usr/bin/go', `${GO_LIB}/bin/go`),
    link('/usr/bin/gofmt', `${GO_LIB}/bin/gofmt`),
    elf(`${GO_LIB}/bin/go`, 14_000_000, 'static'),
    elf(`${GO_LIB}/bin/gofmt`, 3_200_000, 'static'),
    {
      path: `${GO_LIB}/**`,
      kind: 'bulk',
      sizeBytes: GO_LIB_SHARE - GO_TOOL_BYTES,
      fileCount: null,
      note: 'Go 1.18 toolchain with precompiled std .a files (du: 323 MiB); split of the measured 428.6 MB',
    },
    {
      path: '/usr/share/go-1.18/**',
      kind: 'bulk',
      sizeBytes: GO_FILES - GO_LIB_SHARE,
      fileCount: null,
      note: 'Go 1.18 standard library sources (du: 130 MiB); split of the measured 428.6 MB',
    },
  ];
}

const GO_SOURCE =
  'MEASURED regular-file bytes with Ubuntu-docker-style dpkg path-excludes (measured for this course)';

function golangGo(): PackageFigure {
  const base = apt({
    name: 'golang-go',
    sizes: [181, 761, 82, 82.4, 437, 4],
    named: [],
    bulk: '',
  });
  const toolchain = [
    ...jammyCompilers(),
    glibcElf('/usr/bin/ld', 1_700_000),
    glibcElf('/usr/bin/perl', 3_500_000),
  ];
  const installed = known(733.2 * MB, `${GO_SOURCE}: 733.2 MB for all 82 packages`, AS_OF, 'high');
  const installedNr = known(GO_FILES, `${GO_SOURCE}: the Go packages alone are 428.6 MB`, AS_OF, 'high');
  return {
    ...base,
    installed,
    installedNoRecommends: installedNr,
    manifest: withBulk([...goFiles(), ...toolchain], installed.value ?? 0, {
      path: '/usr/**',
      note: 'gcc-11, g++-11, cpp-11, binutils, libc6-dev, libstdc++-11-dev, perl, pkg-config, manpages-dev, libgd3, fonts, X11 and XML libraries, …',
    }),
    manifestNoRecommends: goFiles(),
    provides: [{ name: 'go', version: '1.18.1', path: `${GO_LIB}/bin/go` }],
    bringsCompiler: true,
    bringsCompilerNoRecommends: false,
    notes:
      'Recommends bring gcc/g++ (so cgo builds are dynamic), binutils, libc6-dev, perl and 70-odd more packages. ' +
      'Go 1.18 ships precompiled std, so its build cache stays tiny. Downloaded .debs (177 MB) are deleted by ' +
      "the image's docker-clean apt hook.",
  };
}

const JVM = '/usr/lib/jvm/java-17-openjdk-amd64';
const java = (tools: string[]): ManifestEntry[] =>
  tools.flatMap((tool) => [
    link(`/usr/bin/${tool}`, `${JVM}/bin/${tool}`),
    glibcElf(`${JVM}/bin/${tool}`, 15_000),
  ]);
const javaRuntime: Runtime = { name: 'java', version: '17', path: `${JVM}/bin/java` };

/** The apt packages measured on ubuntu:22.04. */
export const JAMMY_APT: PackageFigure[] = [
  golangGo(),
  apt({
    name: 'openjdk-17-jdk',
    sizes: [215, 638, 189, 190, 544, 110],
    named: java(['java', 'javac', 'jar']),
    bulk: 'the JDK under /usr/lib/jvm, X11/GUI libraries and fonts',
    provides: [javaRuntime],
  }),
  apt({
    name: 'openjdk-17-jdk-headless',
    sizes: [143, 340, 40, 131, 297, 31],
    named: java(['java', 'javac', 'jar']),
    bulk: 'the headless JDK under /usr/lib/jvm and its libraries',
    provides: [javaRuntime],
  }),
  apt({
    name: 'openjdk-17-jre-headless',
    sizes: [71.4, 261, 39, 59.3, 218, 30],
    named: java(['java']),
    bulk: 'the headless JRE under /usr/lib/jvm and its libraries',
    provides: [javaRuntime],
  }),
  apt({
    name: 'maven',
    sizes: [75.8, 257, 73, 63.6, 214, 64],
    named: [
      link('/usr/bin/mvn', '/usr/share/maven/bin/mvn'),
      script('/usr/share/maven/bin/mvn', 6_000, '/bin/sh'),
    ],
    bulk: "Maven 3.6.3's libraries and its Java runtime dependency",
    provides: [{ name: 'maven', version: '3.6.3', path: '/usr/share/maven/bin/mvn' }],
    notes: 'Brings a Java runtime as a dependency; which JRE was not recorded.',
  }),
  apt({
    name: 'python3',
    sizes: [6.6, 23.6, 13, 6.6, 23.6, 13],
    named: [
      link('/usr/bin/python3', 'python3.10'),
      glibcElf('/usr/bin/python3.10', 5_900_000),
      dir('/usr/lib/python3.10'),
    ],
    bulk: 'the Python 3.10 standard library',
    provides: [{ name: 'python', version: '3.10', path: '/usr/bin/python3.10' }],
  }),
  apt({
    name: 'python3-pip',
    sizes: [109, 357, 131, 11.8, 36.8, 21],
    named: [
      script('/usr/bin/pip3', 250, '/usr/bin/python3'),
      link('/usr/bin/python3', 'python3.10'),
      glibcElf('/usr/bin/python3.10', 5_900_000),
      // Its Recommends bring build-essential: the compilers and make.
      ...jammyCompilers(),
      glibcElf('/usr/bin/make', 250_000),
    ],
    namedNoRecommends: [
      script('/usr/bin/pip3', 250, '/usr/bin/python3'),
      link('/usr/bin/python3', 'python3.10'),
      glibcElf('/usr/bin/python3.10', 5_900_000),
    ],
    bulk: 'pip, Python 3.10 and, with Recommends, build-essential and python3-dev',
    provides: [
      { name: 'python', version: '3.10', path: '/usr/bin/python3.10' },
      { name: 'pip', version: 'unknown', path: '/usr/bin/pip3' },
    ],
    bringsCompiler: true,
    bringsCompilerNoRecommends: false,
    notes: "Recommends include build-essential and python3-dev (the package's metadata), hence 357 MB.",
  }),
  apt({
    name: 'build-essential',
    sizes: [90.3, 292, 103, 78.7, 264, 47],
    named: [...jammyCompilers(), glibcElf('/usr/bin/make', 250_000)],
    bulk: 'gcc, g++, make, binutils, libc6-dev and headers',
    bringsCompiler: true,
  }),
  apt({
    name: 'nodejs',
    sizes: [28.0, 93.0, 12, 22.0, 78.8, 7],
    named: [glibcElf('/usr/bin/node', 75_000)],
    bulk: 'Node.js 12 and its shared libraries (libnode, libuv, ICU)',
    provides: [{ name: 'node', version: '12.22', path: '/usr/bin/node' }],
  }),
  apt({
    name: 'npm',
    sizes: [230, 878, 504, 37.7, 134, 159],
    named: [
      link('/usr/bin/npm', '../share/nodejs/npm/bin/npm-cli.js'),
      script('/usr/share/nodejs/npm/bin/npm-cli.js', 100, '/usr/bin/env node'),
      glibcElf('/usr/bin/node', 75_000),
    ],
    bulk: 'npm as ~500 Debian node-* packages, Node.js 12 and, with Recommends, a build toolchain',
    provides: [{ name: 'node', version: '12.22', path: '/usr/bin/node' }],
  }),
  apt({
    name: 'curl',
    sizes: [4.9, 7.1, 15, 1.4, 3.9, 10],
    named: [glibcElf('/usr/bin/curl', 260_000)],
    bulk: 'libcurl and its TLS, HTTP/2 and LDAP libraries',
  }),
  apt({
    name: 'git',
    sizes: [21.1, 84.2, 40, 15.3, 73.0, 18],
    named: [glibcElf('/usr/bin/git', 4_000_000)],
    bulk: 'git core, perl modules and, with Recommends, less, ssh client, …',
  }),
  apt({
    name: 'ca-certificates',
    sizes: [3.2, 2.5, 2, 3.2, 2.5, 2],
    named: [
      {
        path: '/etc/ssl/certs/ca-certificates.crt',
        kind: 'regular',
        sizeBytes: 220_000,
        estimate: true,
        note: 'nominal size',
      },
    ],
    bulk: 'the certificates and openssl',
  }),
];
