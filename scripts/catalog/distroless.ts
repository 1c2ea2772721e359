/**
 * Generates lib/catalog/data/distroless.json from a clone of GoogleContainerTools/distroless (its Bazel
 * config files, README tables, SUPPORT_POLICY.md and git history) and Debian's package indexes.
 *
 *   tsx scripts/catalog/distroless.ts [--git DIR] [--commit REF]
 *
 * What each image holds is read from the build files: packages (config.bzl), entrypoints and symlinks
 * (*.bzl), the runtime versions (lock files, node.bzl). Sizes are derived: the sum of Debian's
 * Installed-Size for the packages an image installs, when every one of them is in the index; images with a
 * payload from outside Debian (Node.js tarball, Temurin) get no derived size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDebianRelease, type DebianRelease } from './debian-release';
import { starlarkLiterals } from './starlark';
import { DATA_DIR, argValue, stableJson } from './util';

export const DISTROLESS_REPO = 'GoogleContainerTools/distroless';
const DEFAULT_GIT = '/work/.mirror/GoogleContainerTools+distroless/repo';

type Git = (args: string[]) => string;

function gitReader(gitDir: string): Git {
  return (args) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** One row of a README "What images are available?" table. */
export interface ReadmeRow {
  name: string;
  tags: string[];
  architectures: string[];
}

/** Parses the README's image tables: `| gcr.io/distroless/NAME | tags | arches |`. */
export function readmeImages(readme: string): ReadmeRow[] {
  const rows: ReadmeRow[] = [];
  for (const line of readme.split('\n')) {
    const m = /^\|\s*gcr\.io\/distroless\/([a-z0-9.-]+)\s*\|([^|]*)\|([^|]*)\|/.exec(line);
    if (!m) continue;
    const list = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    rows.push({ name: m[1], tags: list(m[2]), architectures: list(m[3]) });
  }
  return rows;
}

/** SUPPORT_POLICY.md's end-of-life table: family pattern → { debian12: text, debian13: text }. */
export function supportPolicy(text: string): Record<string, Record<string, string>> {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  const header = lines[0]?.split('|').map((c) => c.trim()) ?? [];
  const columns = header.map((h) => /Debian (\d+)/.exec(h)?.[1] ?? null);
  const out: Record<string, Record<string, string>> = {};
  for (const line of lines.slice(2)) {
    const cells = line.split('|').map((c) => c.trim());
    const family = cells[1];
    if (!family) continue;
    out[family] = {};
    cells.forEach((cell, i) => {
      if (columns[i]) out[family][`debian${columns[i]}`] = cell;
    });
  }
  return out;
}

/** The EOL text of a family on a Debian release, matching `java*`-style patterns. */
function eolFor(
  policy: Record<string, Record<string, string>>,
  family: string,
  debian: string,
): string | null {
  for (const [pattern, row] of Object.entries(policy)) {
    const prefix = pattern.replace(/\*$/, '');
    const matches = pattern.endsWith('*') ? family.startsWith(prefix) : family === pattern;
    if (matches) return row[debian] ?? null;
  }
  return null;
}

/** Splits `java17-debian13` into family and Debian number. */
export function splitName(name: string): { family: string; debian: number } | null {
  const m = /^(.+)-debian(\d+)$/.exec(name);
  return m ? { family: m[1], debian: Number(m[2]) } : null;
}

/** The image a family is built on, as the .bzl files say (`base = "//cc:cc…"`). */
const PARENT: Record<string, string | null> = {
  static: null,
  'base-nossl': 'static',
  base: 'static',
  cc: 'base',
  python3: 'cc',
  nodejs: 'cc',
  'java-base': 'base-nossl',
  java: 'java-base',
};

function kindOf(family: string): string {
  if (/^nodejs\d+$/.test(family)) return 'nodejs';
  if (/^java\d+$/.test(family)) return 'java';
  return family;
}

interface Runtime {
  name: string;
  version: string;
  path: string;
  /** Where the version was read. */
  from: string;
}

export interface DistrolessImage {
  name: string;
  family: string;
  debian: number;
  parent: string | null;
  tags: string[];
  architectures: string[];
  /** Debian packages this image adds over its parent (config.bzl). */
  packages: string[];
  /** The entrypoint of the non-debug image; debug images of static/base/cc use /busybox/sh. */
  entrypoint: string[] | null;
  debugEntrypoint: string[] | null;
  env: Record<string, string>;
  runtime: Runtime | null;
  /** The debug variant's runtime when it differs (Java debug images carry the JDK). */
  debugRuntime: Runtime | null;
  /** Symlinks the build adds (path → target). */
  symlinks: Record<string, string>;
  /** Sum of Installed-Size (KiB) over this image's packages and its parents', when all are in the index. */
  installedKiB: number | null;
  /** Packages not found in the Debian index, or payload not from Debian (e.g. `nodejs tarball`). */
  notCounted: string[];
  /** Sum of Installed-Size (KiB) of the Debian packages alone, when a payload from elsewhere is missing. */
  debianKiB: number | null;
  /**
   * For a payload from outside Debian: Debian's package of the same program (e.g. openjdk-21-jre-headless
   * for Temurin 21's JRE), whose Installed-Size can stand in as a labelled estimate.
   */
  standIn: { package: string; suite: string; version: string; installedKiB: number } | null;
  /**
   * The versions of this image's own packages (amd64) in the lock file its Bazel build pins them with
   * (private/repos/deb/<suite>[_python|_java].lock.json); absent when the lock does not list one.
   */
  versions?: Record<string, string>;
  readme: string;
  eol: string | null;
}

export interface RetiredDistroless {
  name: string;
  family: string;
  debian: number;
  tags: string[];
  architectures: string[];
  /** Date of the commit that removed it from the README's list of published images. */
  retired: string;
  commit: string;
  subject: string;
  replacement: string | null;
  eol: string | null;
}

export interface DistrolessData {
  generatedBy: string;
  source: { repository: string; commit: string; date: string };
  debianIndexes: Record<string, { suite: string; date: string | null }>;
  defaultDebian: number;
  nonrootUid: number;
  images: DistrolessImage[];
  retired: RetiredDistroless[];
}

/** Versions of a package in a distroless lock file, for one architecture. */
function lockVersion(git: Git, commit: string, lock: string, pkg: string, arch = 'amd64'): string | null {
  let json: { packages?: { name: string; arch: string; version: string }[] };
  try {
    json = JSON.parse(git(['show', `${commit}:private/repos/deb/${lock}`]));
  } catch {
    return null;
  }
  const hit = json.packages?.find((p) => p.name === pkg && p.arch === arch);
  return hit?.version ?? null;
}

/** java/jre_ver.bzl: 21.0.12.0.0+8-0 → 21.0.12 (a fourth part kept when not 0). */
export function jreVersion(debVersion: string): string {
  const v = debVersion.split('+')[0].split('.');
  return v.length >= 4 && v[3] !== '0' ? v.slice(0, 4).join('.') : v.slice(0, 3).join('.');
}

/** python3/version.bzl: drop the epoch and the Debian revision. */
export function upstreamVersion(debVersion: string): string {
  const noEpoch = debVersion.includes(':') ? debVersion.slice(debVersion.indexOf(':') + 1) : debVersion;
  const dash = noEpoch.lastIndexOf('-');
  return dash >= 0 ? noEpoch.slice(0, dash) : noEpoch;
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`distroless: could not read ${what}`);
  return value;
}

export function generateDistroless(
  git: Git,
  commit: string,
  indexes: Record<number, DebianRelease | null>,
): DistrolessData {
  const [hash, date] = git(['log', '-1', '--format=%H %cs', commit]).trim().split(' ');
  const show = (path: string) => git(['show', `${hash}:${path}`]);
  const conf = (path: string) => starlarkLiterals(show(path));
  const variables = conf('common/variables.bzl');
  const nonrootUid = must(variables.NONROOT as number, 'NONROOT');
  const staticBzl = show('static/static.bzl');
  const pathEnv = must(/"PATH":\s*"([^"]+)"/.exec(staticBzl)?.[1], 'static PATH');
  const certEnv = must(/"SSL_CERT_FILE":\s*"([^"]+)"/.exec(staticBzl)?.[1], 'SSL_CERT_FILE');
  const debugEntrypoint = JSON.parse(
    must(/entrypoint = (\["\/busybox\/sh"\])/.exec(staticBzl)?.[1], 'debug entrypoint'),
  );

  const staticPkgs = conf('static/config.bzl').STATIC_PACKAGES as Record<string, string[]>;
  const baseConf = conf('base/config.bzl');
  const ccPkgs = conf('cc/config.bzl').CC_PACKAGES as Record<string, string[]>;
  const javaConf = conf('java/config.bzl');
  const nodeConf = conf('nodejs/config.bzl');
  const pyConf = conf('python3/config.bzl');
  const pythonBzl = show('python3/python.bzl');
  const pyVersions = starlarkLiterals(pythonBzl).DISTRO_VERSION as Record<string, string>;
  const nodeBzl = show('private/extensions/node.bzl');
  const policy = supportPolicy(show('SUPPORT_POLICY.md'));
  const readme = readmeImages(show('README.md'));

  const ownPackages = (family: string, distro: string): string[] => {
    switch (kindOf(family)) {
      case 'static':
        return staticPkgs[distro] ?? [];
      case 'base-nossl':
        return (baseConf.BASE_NOSSL_PACKAGES as Record<string, string[]>)[distro] ?? [];
      case 'base':
        return (baseConf.BASE_PACKAGES as Record<string, string[]>)[distro] ?? [];
      case 'cc':
        return ccPkgs[distro] ?? [];
      case 'python3':
        return (pyConf.PYTHON_PACKAGES as Record<string, string[]>)[distro] ?? [];
      case 'java-base':
        return (javaConf.JAVA_BASE_PACKAGES as Record<string, string[]>)[distro] ?? [];
      case 'nodejs':
        return (nodeConf.NODEJS_PACKAGES as Record<string, string[]>)[family.slice(6)] ?? [];
      default:
        return [];
    }
  };

  const runtimes = (
    family: string,
    distro: string,
    arch = 'amd64',
  ): {
    runtime: Runtime | null;
    debugRuntime: Runtime | null;
    entrypoint: string[] | null;
    env: Record<string, string>;
    symlinks: Record<string, string>;
  } => {
    const kind = kindOf(family);
    if (kind === 'python3') {
      const minor = must(pyVersions[distro], `python version for ${distro}`);
      const deb = lockVersion(git, hash, `${debianSuite(distro)}_python.lock.json`, `python${minor}-minimal`);
      const rt: Runtime = {
        name: 'python',
        version: deb ? upstreamVersion(deb) : minor,
        path: `/usr/bin/python${minor}`,
        from: deb
          ? `python${minor}-minimal ${deb} (private/repos/deb/${debianSuite(distro)}_python.lock.json)`
          : 'python3/python.bzl',
      };
      return {
        runtime: rt,
        debugRuntime: null,
        entrypoint: [rt.path],
        env: { LANG: 'C.UTF-8' },
        symlinks: { '/usr/bin/python': rt.path, '/usr/bin/python3': rt.path },
      };
    }
    if (kind === 'nodejs') {
      const major = family.slice(6);
      const m = new RegExp(`name = "nodejs${major}_${arch}",[\\s\\S]*?version = "([^"]+)"`).exec(nodeBzl);
      const version = must(m?.[1], `node ${major} version`);
      return {
        runtime: { name: 'node', version, path: '/nodejs/bin/node', from: 'private/extensions/node.bzl' },
        debugRuntime: null,
        entrypoint: ['/nodejs/bin/node'],
        env: {},
        symlinks: {},
      };
    }
    if (kind === 'java') {
      const feature = family.slice(4);
      const lock = `${debianSuite(distro)}_adoptium.lock.json`;
      const jre = lockVersion(git, hash, lock, `temurin-${feature}-jre`, arch);
      const jdk = lockVersion(git, hash, lock, `temurin-${feature}-jdk`, arch);
      const home = (kindJ: string) => `/usr/lib/jvm/temurin-${feature}-${kindJ}-${arch}`;
      const mk = (kindJ: string, deb: string | null): Runtime => ({
        name: 'java',
        version: deb ? jreVersion(deb) : feature,
        path: '/usr/bin/java',
        from: deb ? `temurin-${feature}-${kindJ} ${deb} (private/repos/deb/${lock})` : 'java/java.bzl',
      });
      const runtime = mk('jre', jre);
      return {
        runtime,
        debugRuntime: mk('jdk', jdk),
        entrypoint: ['/usr/bin/java', '-jar'],
        env: { LANG: 'C.UTF-8', JAVA_VERSION: runtime.version },
        symlinks: {
          '/usr/bin/java': `${home('jre')}/bin/java`,
          '/etc/ssl/certs/adoptium/cacerts': '/etc/ssl/certs/java/cacerts',
        },
      };
    }
    if (kind === 'java-base') {
      return { runtime: null, debugRuntime: null, entrypoint: null, env: { LANG: 'C.UTF-8' }, symlinks: {} };
    }
    return { runtime: null, debugRuntime: null, entrypoint: null, env: {}, symlinks: {} };
  };

  const images: DistrolessImage[] = [];
  for (const row of readme) {
    const split = splitName(row.name);
    if (!split) continue;
    const distro = `debian${split.debian}`;
    const parentKind = PARENT[kindOf(split.family)];
    if (parentKind === undefined) throw new Error(`distroless: unknown family ${split.family}`);
    const rt = runtimes(split.family, distro);
    images.push({
      name: row.name,
      family: split.family,
      debian: split.debian,
      parent: parentKind ? `${parentKind}-${distro}` : null,
      tags: row.tags,
      architectures: row.architectures,
      packages: ownPackages(split.family, distro),
      entrypoint: rt.entrypoint,
      debugEntrypoint: rt.entrypoint ?? debugEntrypoint,
      env: {
        PATH: pathEnv,
        SSL_CERT_FILE: certEnv,
        ...(kindOf(split.family) === 'java' ||
        kindOf(split.family) === 'java-base' ||
        kindOf(split.family) === 'python3'
          ? { LANG: 'C.UTF-8' }
          : {}),
        ...rt.env,
      },
      runtime: rt.runtime,
      debugRuntime: rt.debugRuntime,
      symlinks: rt.symlinks,
      installedKiB: null,
      notCounted: [],
      debianKiB: null,
      standIn: null,
      readme: `${kindOf(split.family) === 'java-base' ? 'java' : kindOf(split.family) === 'static' || kindOf(split.family) === 'base-nossl' ? 'base' : kindOf(split.family)}/README.md`,
      eol: eolFor(policy, split.family, distro),
    });
  }
  sizeImages(images, indexes);
  for (const image of images) {
    const suite = debianSuite(`debian${image.debian}`);
    const kind = kindOf(image.family);
    const locks = [
      `${suite}.lock.json`,
      ...(kind === 'python3' ? [`${suite}_python.lock.json`] : []),
      ...(kind === 'java-base' || kind === 'java' ? [`${suite}_java.lock.json`] : []),
    ];
    const versions: Record<string, string> = {};
    for (const name of image.packages) {
      const version = locks.map((lock) => lockVersion(git, hash, lock, name)).find(Boolean);
      if (version) versions[name] = version;
    }
    if (Object.keys(versions).length > 0) image.versions = versions;
  }

  const retired = retiredImages(git, hash, readme, policy);
  return {
    generatedBy: 'scripts/catalog/distroless.ts',
    source: { repository: DISTROLESS_REPO, commit: hash, date },
    debianIndexes: Object.fromEntries(
      Object.entries(indexes)
        .filter(([, r]) => r)
        .map(([n, r]) => [`debian${n}`, { suite: r!.suite, date: r!.date }]),
    ),
    defaultDebian: Math.max(...images.map((i) => i.debian)),
    nonrootUid,
    images,
    retired,
  };
}

function debianSuite(distro: string): string {
  return { debian11: 'bullseye', debian12: 'bookworm', debian13: 'trixie' }[distro] ?? distro;
}

/** Fills installedKiB: own packages plus the parent chain's, counted once each. */
function sizeImages(images: DistrolessImage[], indexes: Record<number, DebianRelease | null>): void {
  const byName = new Map(images.map((i) => [i.name, i]));
  for (const image of images) {
    const index = indexes[image.debian];
    const all = new Set<string>();
    for (
      let cur: DistrolessImage | undefined = image;
      cur;
      cur = cur.parent ? byName.get(cur.parent) : undefined
    ) {
      for (const p of cur.packages) all.add(p);
    }
    const missing = index ? [...all].filter((p) => !index.packages.has(p)).sort() : ['(no Debian index)'];
    const kind = kindOf(image.family);
    if (kind === 'nodejs')
      missing.push(`Node.js ${image.runtime?.version ?? ''} tarball from nodejs.org`.trim());
    if (kind === 'java') missing.push(`temurin-${image.family.slice(4)}-jre from Adoptium's apt repository`);
    image.notCounted = missing;
    const sum = [...all].reduce((total, p) => total + (index?.packages.get(p)?.installedKiB ?? 0), 0);
    const debianComplete = index !== null && [...all].every((p) => index.packages.has(p));
    image.installedKiB = debianComplete && missing.length === 0 ? sum : null;
    image.debianKiB = debianComplete ? sum : null;
    if (kind === 'java') {
      const name = `openjdk-${image.family.slice(4)}-jre-headless`;
      for (const release of [indexes[image.debian], ...Object.values(indexes)]) {
        const pkg = release?.packages.get(name);
        if (pkg && release) {
          image.standIn = {
            package: name,
            suite: release.suite,
            version: pkg.version,
            installedKiB: pkg.installedKiB,
          };
          break;
        }
      }
    }
  }
}

/**
 * Images that left the README's list: walks the README's history since `since` and records, for every
 * image no longer listed at `head`, the commit that dropped it.
 */
function retiredImages(
  git: Git,
  head: string,
  current: ReadmeRow[],
  policy: Record<string, Record<string, string>>,
  since = '2024-06-01',
): RetiredDistroless[] {
  const log = git(['log', '--no-merges', `--since=${since}`, '--format=%H %cs %s', head, '--', 'README.md'])
    .trim()
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => a.split(' ')[1].localeCompare(b.split(' ')[1]));
  const currentNames = new Set(current.map((r) => r.name));
  const retired = new Map<string, RetiredDistroless>();
  for (const line of log) {
    const [hash, date, ...subject] = line.split(' ');
    const now = new Set(readmeImages(git(['show', `${hash}:README.md`])).map((r) => r.name));
    for (const row of readmeImages(git(['show', `${hash}^:README.md`]))) {
      if (now.has(row.name) || currentNames.has(row.name) || retired.has(row.name)) continue;
      const split = splitName(row.name);
      if (!split) continue;
      retired.set(row.name, {
        name: row.name,
        family: split.family,
        debian: split.debian,
        tags: row.tags,
        architectures: row.architectures,
        retired: date,
        commit: hash,
        subject: subject.join(' '),
        replacement: replacementFor(split.family, current),
        // The policy's dates are per Debian release: they apply when the release's builds were removed.
        eol: /debian/i.test(subject.join(' ')) ? eolFor(policy, split.family, `debian${split.debian}`) : null,
      });
    }
  }
  return [...retired.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The same family on the newest Debian, else the lowest current version of the same language. */
export function replacementFor(family: string, current: ReadmeRow[]): string | null {
  const names = current.map((r) => r.name);
  const same = names
    .filter((n) => splitName(n)?.family === family)
    .sort((a, b) => (splitName(b)?.debian ?? 0) - (splitName(a)?.debian ?? 0));
  if (same.length) return same[0];
  const language = /^([a-z]+?)(\d+)$/.exec(family);
  if (!language) return null;
  const candidates = names
    .map((n) => ({ n, s: splitName(n) }))
    .filter(({ s }) => s && new RegExp(`^${language[1]}\\d+$`).test(s.family))
    .sort((a, b) => Number(a.s!.family.replace(/\D/g, '')) - Number(b.s!.family.replace(/\D/g, '')));
  return candidates.find(({ s }) => Number(s!.family.replace(/\D/g, '')) > Number(language[2]))?.n ?? null;
}

/**
 * Sizes of images whose Debian release has no index in this cache are kept from the previous data (the
 * last generated file), with that index's date, when the image and its package set are unchanged; an
 * empty or partial cache never drops a figure the committed data has.
 */
export function keepPreviousSizes(data: DistrolessData, previous: DistrolessData | null): DistrolessData {
  if (!previous) return data;
  const indexes = { ...data.debianIndexes };
  const images = data.images.map((image) => {
    const distro = `debian${image.debian}`;
    if (data.debianIndexes[distro]) return image;
    const before = previous.images.find((p) => p.name === image.name);
    const same = before && JSON.stringify(before.packages) === JSON.stringify(image.packages);
    const parentsSame = (name: string | null): boolean => {
      if (!name) return true;
      const now = data.images.find((i) => i.name === name);
      const then = previous.images.find((i) => i.name === name);
      return (
        !!now &&
        !!then &&
        JSON.stringify(now.packages) === JSON.stringify(then.packages) &&
        parentsSame(now.parent)
      );
    };
    if (!before || !same || !parentsSame(image.parent)) return image;
    if (previous.debianIndexes[distro]) indexes[distro] = previous.debianIndexes[distro];
    const kept = before.notCounted.filter((n) => n !== '(no Debian index)');
    const payload = image.notCounted.filter((n) => n !== '(no Debian index)');
    return {
      ...image,
      installedKiB: before.installedKiB,
      debianKiB: before.debianKiB,
      standIn: before.standIn,
      notCounted: [...new Set([...kept.filter((n) => !/tarball|Adoptium/.test(n)), ...payload])],
    };
  });
  return { ...data, debianIndexes: indexes, images };
}

if (process.argv[1]?.endsWith('distroless.ts')) {
  const gitDir = argValue('--git') ?? DEFAULT_GIT;
  const commit = argValue('--commit') ?? 'HEAD';
  const out = join(DATA_DIR, 'distroless.json');
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as DistrolessData) : null;
  const data = keepPreviousSizes(
    generateDistroless(gitReader(gitDir), commit, {
      12: loadDebianRelease('bookworm'),
      13: loadDebianRelease('trixie'),
    }),
    previous,
  );
  writeFileSync(out, stableJson(data));
  console.log(
    `${out}: ${data.images.length} images, ${data.retired.length} retired, at ${data.source.commit.slice(0, 8)}`,
  );
}
