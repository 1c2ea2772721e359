/**
 * Shared helpers of the command models: paths, citations, fitting a package manifest to a figure,
 * PATH lookups and flag reading.
 */
import type { Confidence, Figure, ManifestEntry } from '../../catalog/types';
import type { Citation } from '../types';
import { entryRoot, isUnder, normalizePath } from '../fs/paths';
import type { Probe } from '../fs/presence';
import { safeSize } from '../fs/tree';
import { which } from '../fs/which';
import type { RunContext, StageState } from './types';

/** Resolve a path a command names: `~` is HOME, relative paths are against the command's cwd. */
export function resolvePath(ctx: Pick<RunContext, 'cwd' | 'env'>, p: string): string {
  const home = ctx.env.HOME || '/root';
  const expanded = p === '~' ? home : p.startsWith('~/') ? `${home}/${p.slice(2)}` : p;
  return normalizePath(expanded, ctx.cwd);
}

/** The user's home folder (`/root` for root, `/home/<user>` otherwise, or $HOME). */
export function homeDir(state: StageState, env: Record<string, string>): string {
  if (env.HOME) return env.HOME;
  const user = state.config.user.split(':')[0];
  return user === 'root' || user === '0' || user === '' ? '/root' : `/home/${user}`;
}

const GLIBC_LOADER = '/lib64/ld-linux-x86-64.so.2';
const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';

/** The dynamic loader a binary linked in this stage asks for: musl's on Alpine, glibc's elsewhere. */
export function libcLoader(state: StageState): string {
  return state.distro.family === 'alpine' ? MUSL_LOADER : GLIBC_LOADER;
}

/** A citation for a catalog figure. */
export function cite(text: string, figure: Figure): Citation {
  return { text, source: figure.asOf ? `${figure.source} (as of ${figure.asOf})` : figure.source };
}

/** The bytes of a figure (0 when unknown). */
export function bytesOf(figure: Figure | null | undefined): number {
  return safeSize(figure?.value ?? 0);
}

/** The lower of two confidences. */
export function minConfidence(a: Confidence, b: Confidence): Confidence {
  const order: Confidence[] = ['low', 'medium', 'high', 'exact'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] ?? 'low';
}

/**
 * A manifest resized to `total` bytes: named files keep their sizes, bulk entries share the rest in
 * proportion (so a `--no-install-recommends` figure can reuse the package's manifest).
 */
export function fitManifest(manifest: readonly ManifestEntry[], total: number): ManifestEntry[] {
  const named = manifest.filter((e) => e.kind !== 'bulk');
  const bulk = manifest.filter((e) => e.kind === 'bulk');
  const namedSum = named.reduce((s, e) => s + safeSize(e.sizeBytes), 0);
  const bulkSum = bulk.reduce((s, e) => s + safeSize(e.sizeBytes), 0);
  const rest = Math.max(0, total - namedSum);
  if (bulk.length === 0) {
    if (rest === 0 || named.length === 0) return named;
    return [
      ...named,
      { path: `${entryRoot(named[0].path)}.rest`, kind: 'bulk', sizeBytes: rest, estimate: true },
    ];
  }
  return [
    ...named,
    ...bulk.map((e) => ({
      ...e,
      sizeBytes:
        bulkSum > 0 ? Math.round((safeSize(e.sizeBytes) / bulkSum) * rest) : Math.round(rest / bulk.length),
    })),
  ];
}

/**
 * A package's manifest placed in the image: broad remainder entries (`/usr/**`, `/**`) get a folder
 * of their own (`/usr/(golang-go)`), so two packages — or a package and the base image — never
 * overwrite each other's remainder.
 */
export function placeManifest(entries: readonly ManifestEntry[], pkgName: string): ManifestEntry[] {
  return entries.map((e) => {
    const cleaned = e.path.replace(/\s*\(.*\)\s*$/, '');
    const abs = cleaned.startsWith('/') ? cleaned : `/${cleaned}`;
    const root = entryRoot(abs);
    if (e.kind === 'bulk' && root.split('/').length <= 2) {
      return { ...e, path: `${root === '/' ? '' : root}/(${pkgName})/**` };
    }
    return abs === e.path ? e : { ...e, path: abs };
  });
}

/** Add entries to the layer unless they land in a `RUN --mount=type=cache` target. */
export function addEntries(ctx: RunContext, entries: readonly ManifestEntry[]): number {
  let added = 0;
  for (const e of entries) {
    const p = entryRoot(e.path);
    if (ctx.cacheMounts.some((m) => isUnder(p, m))) continue;
    ctx.writer.add(e);
    added += safeSize(e.sizeBytes);
  }
  return added;
}

/** True when `path` is inside a cache mount of this RUN. */
export function inCacheMount(ctx: RunContext, path: string): boolean {
  return ctx.cacheMounts.some((m) => isUnder(path, m));
}

/** Look a command name up on PATH (or a path against the cwd) in the layer's view of the filesystem. */
export function whichInLayer(ctx: RunContext, name: string): Probe {
  return which((p) => ctx.writer.probe(p, false), name, ctx.env.PATH, ctx.cwd);
}

/** Mark paths (resolved against the command's cwd) as unknown for `reason`, outside cache mounts. */
export function addFog(ctx: RunContext, paths: readonly string[], reason: string): void {
  for (const raw of paths) {
    const path = resolvePath(ctx, raw);
    if (!inCacheMount(ctx, path)) ctx.writer.addFog({ path, reason });
  }
}

/** Where a package manager writes: an unknown package may have put anything there. */
export const PACKAGE_REGIONS: readonly string[] = [
  '/usr',
  '/etc',
  '/var',
  '/opt',
  '/lib',
  '/lib64',
  '/bin',
  '/sbin',
];

/**
 * What an unmodelled command may have written: its working directory and every argument that names a
 * path, or — for a script or an installer, which may write anywhere — the whole filesystem.
 */
export function unmodelledRegions(argv: readonly string[], cwd: string): string[] {
  const name = argv[0] ?? '';
  const runsScript =
    name.includes('/') ||
    /^(ba|da|z|a)?sh$|^source$|^\.$/.test(name) ||
    argv.some((a) => a === 'install' || /\.(sh|bash|py|pl|rb)$/.test(a));
  if (runsScript) return ['/'];
  const paths = argv.slice(1).filter((a) => !a.startsWith('-') && (a.startsWith('/') || a.startsWith('.')));
  return [cwd, ...paths];
}

/** Split argv into flags and positionals. `withValue` lists flags that take the next word. */
export function readArgs(
  args: readonly string[],
  withValue: readonly string[] = [],
): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (withValue.includes(a) && i + 1 < args.length) flags.set(a, args[++i]);
      else flags.set(a, true);
    } else positional.push(a);
  }
  return { flags, positional };
}

/** Format bytes as MB for explanations (decimal, like Docker). */
export function mb(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(bytes >= 100_000_000 ? 0 : 1)} MB`;
  if (bytes >= 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} B`;
}
