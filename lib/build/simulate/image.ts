/**
 * Turning a built stage into a SimulatedImage: the merged filesystem, size, configuration and the
 * facts a learner asks first (shell? package manager? root? runtimes? libc? build tools?).
 */
import type { ImageResolution, ManifestEntry, PackageManager } from '../../catalog/types';
import type { FactName, ImageFacts, SimulatedImage } from '../types';
import { normalizePath } from '../fs/paths';
import { type Fog, fogOver, type FsView, probePath } from '../fs/presence';
import {
  fileCount,
  largestPaths,
  lookupPath,
  type ReadonlyFsTree,
  someUnder,
  treeEntries,
  type FsTree,
} from '../fs/tree';
import { DEFAULT_PATH, which } from '../fs/which';
import { passwdUsers } from '../effects/commands/users';
import { lowest, type StageBuild } from './stage-state';

const BUILD_TOOLS = [
  'gcc',
  'cc',
  'g++',
  'make',
  'go',
  'javac',
  'mvn',
  'gradle',
  'cargo',
  'rustc',
  'npm',
  'yarn',
  'pip',
  'pip3',
  'git',
];
const MANAGERS: Array<[PackageManager, string[]]> = [
  ['apt', ['/usr/bin/apt-get', '/usr/bin/apt']],
  ['apk', ['/sbin/apk']],
  ['dnf', ['/usr/bin/dnf']],
  ['microdnf', ['/usr/bin/microdnf']],
  ['yum', ['/usr/bin/yum']],
];

/** Per PATH value and name list: each `dir/name` path on it → name (built once, PATH rarely varies). */
const CANDIDATES = new Map<string, Map<string, string>>();

function candidatesFor(pathVar: string, names: readonly string[]): Map<string, string> {
  const key = `${names.join(',')}\n${pathVar}`;
  let hit = CANDIDATES.get(key);
  if (!hit) {
    hit = new Map();
    for (const raw of pathVar.split(':')) {
      if (!raw) continue;
      const dir = normalizePath(raw);
      for (const name of names) hit.set(dir === '/' ? `/${name}` : `${dir}/${name}`, name);
    }
    if (CANDIDATES.size > 64) CANDIDATES.clear();
    CANDIDATES.set(key, hit);
  }
  return hit;
}

/**
 * Which of `names` are on PATH: a lookup per `dir/name` candidate, or one pass over the tree when
 * the tree is the smaller of the two.
 */
function presentOnPath(tree: FsTree, pathVar: string, names: readonly string[]): string[] {
  const candidates = candidatesFor(pathVar, names);
  const found = new Set<string>();
  const visit = (entry: ManifestEntry | undefined, key: string, base: string | undefined) => {
    if (entry === undefined || base === undefined || found.has(base) || entry.kind === 'dir') return;
    if (entry.kind !== 'symlink' || lookupPath(tree, key)) found.add(base);
  };
  if (candidates.size < tree.size) candidates.forEach((base, key) => visit(tree.get(key), key, base));
  else tree.forEach((entry, key) => visit(entry, key, candidates.get(key)));
  return names.filter((n) => found.has(n));
}

/**
 * The image's shell: /bin/sh, else `sh` wherever PATH finds it (BusyBox's /busybox/sh in the
 * distroless :debug images, gcr.io/distroless README "Debug images").
 */
function shellOf(view: FsView, pathVar: string): { shell: string | null; unknown?: string } {
  const probe = (p: string) => probePath(view, p, false);
  const binSh = which(probe, '/bin/sh');
  if (binSh.presence === 'present') return { shell: '/bin/sh' };
  const onPath = which(probe, 'sh', pathVar);
  if (onPath.presence === 'present') return { shell: onPath.path };
  if (binSh.presence === 'unknown') return { shell: null, unknown: binSh.because };
  if (onPath.presence === 'unknown') return { shell: null, unknown: onPath.because };
  return { shell: null };
}

function facts(b: StageBuild): ImageFacts {
  const tree = b.state.tree;
  const fog = b.state.fog;
  // Facts read from the whole tree (package manager, libc, tools) cannot be told under fog at `/`.
  const rootFog = fogOver(fog, '/');
  const unknown = rootFog !== null;
  const pathVar = b.state.config.env.PATH || DEFAULT_PATH;
  const sh = shellOf({ tree, fog }, pathVar);
  const unknownFacts: Partial<Record<FactName, string>> = {};
  if (sh.unknown) unknownFacts.shell = sh.unknown;
  if (b.state.config.unknown?.user) unknownFacts.user = `the user ${b.state.config.unknown.user}`;
  if (rootFog) {
    unknownFacts.runtimes = rootFog.reason;
    unknownFacts.packageManager = rootFog.reason;
    unknownFacts.libc = rootFog.reason;
    unknownFacts.buildTools = rootFog.reason;
  }
  // Fog hides what may have been written, never what is known to be there: a tool the model saw
  // installed is still present; only its absence cannot be told.
  let packageManager: PackageManager = unknown ? b.state.packageManager : 'none';
  for (const [pm, paths] of MANAGERS)
    if (paths.some((p) => lookupPath(tree, p))) {
      packageManager = pm;
      break;
    }
  const runtimes = b.state.runtimes.filter((r) => lookupPath(tree, r.path));
  let libc: ImageFacts['libc'] = { kind: 'none', version: null };
  if (unknown) libc = b.libc;
  else {
    someUnder(tree, '/', (key) => {
      if (key.endsWith('/libc.so.6')) {
        libc = { kind: 'glibc', version: b.libc.kind === 'glibc' ? b.libc.version : null };
        return true;
      }
      if (key.includes('ld-musl')) {
        libc = { kind: 'musl', version: b.libc.kind === 'musl' ? b.libc.version : null };
        return true;
      }
      return false;
    });
  }
  const buildTools = presentOnPath(tree, pathVar, BUILD_TOOLS);
  if (runtimes.some((r) => r.name === 'go') && !buildTools.includes('go')) buildTools.push('go');
  const user = b.state.config.user || 'root';
  const name = user.split(':')[0];
  return {
    shell: sh.shell,
    packageManager,
    runsAsRoot: name === 'root' || name === '0' || name === '',
    user,
    runtimes,
    libc,
    buildTools: [...new Set(buildTools)],
    ...(Object.keys(unknownFacts).length > 0 ? { unknown: unknownFacts } : {}),
  };
}

/** The image a built stage produces. `base` is what its first stage started from. */
export function toImage(b: StageBuild, base: ImageResolution | null): SimulatedImage {
  let size = 0;
  for (const l of b.layers) size += l.sizeBytes > 0 && Number.isFinite(l.sizeBytes) ? l.sizeBytes : 0;
  const confidence = lowest(
    b.layers.filter((l) => !l.empty).map((l) => l.confidence),
    'exact',
  );
  let sizeRange: SimulatedImage['sizeRange'];
  if (b.layers.some((l) => l.sizeRange)) {
    let low = 0;
    let high: number | null = 0;
    const because = new Set<string>();
    for (const l of b.layers) {
      const size = l.sizeBytes > 0 && Number.isFinite(l.sizeBytes) ? l.sizeBytes : 0;
      low += l.sizeRange ? l.sizeRange.low : size;
      if (high !== null)
        high = l.sizeRange ? (l.sizeRange.high === null ? null : high + l.sizeRange.high) : high + size;
      if (l.sizeRange) because.add(l.sizeRange.because);
    }
    sizeRange = { low, high, because: [...because].join('; ') };
  }
  const passwd = b.state.contents.get('/etc/passwd');
  const textFiles: Record<string, string> = {};
  b.state.contents.forEach((t, p) => {
    if (b.state.tree.has(p) || p === '/etc/passwd') textFiles[p] = t;
  });
  return {
    stageIndex: b.state.index,
    base,
    layers: b.layers,
    sizeBytes: size,
    confidence,
    ...(sizeRange ? { sizeRange } : {}),
    config: { ...b.state.config, env: { ...b.state.config.env } },
    facts: facts(b),
    files: treeEntries(b.state.tree),
    ...(b.state.fog.length > 0 ? { fog: b.state.fog.map((f) => ({ ...f })) } : {}),
    fileCount: fileCount(b.state.tree),
    largestPaths: largestPaths(b.state.tree, 20),
    users: passwdUnknown(b.state.fog, b.state.tree)
      ? undefined
      : lookupPath(b.state.tree, '/etc/passwd')
        ? passwdUsers(passwd ?? 'root')
        : [],
    ...(b.state.accountsPartial ? { usersPartial: b.state.accountsPartial } : {}),
    textFiles,
    ...(b.state.platform ? { platform: b.state.platform } : {}),
    ...(b.state.installed.size > 0 ? { installedPackages: [...b.state.installed] } : {}),
  };
}

/**
 * Whether /etc/passwd's accounts are unknown: an unknown region covers it, unless the region only
 * leaves unsaid which other files a catalogued image has (`sizeKnown`) and the file itself is named.
 */
function passwdUnknown(fog: readonly Fog[], tree: ReadonlyFsTree): boolean {
  const over = fogOver(fog, '/etc/passwd');
  return over !== null && !(over.sizeKnown && lookupPath(tree, '/etc/passwd'));
}
