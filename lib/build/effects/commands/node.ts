/**
 * npm / yarn: `npm ci|install` reads package.json (copied into the image) and writes node_modules
 * (dev dependencies unless `--omit=dev` / `--production` / NODE_ENV=production); `npm run build`
 * writes the build output folder whose size the model does not know. With a package-lock.json in the
 * image whose every package version has a recorded size, the install adds up exactly the packages the
 * lock selects; `npm ci` without a lock file fails, as npm does.
 */
import {
  addEntries,
  addFog,
  bytesOf,
  cite,
  homeDir,
  inCacheMount,
  mb,
  readArgs,
  resolvePath,
} from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel, RunContext } from '../types';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

function readPackageJson(ctx: RunContext): PackageJson | null {
  const text = ctx.state.contents.get(resolvePath(ctx, 'package.json'));
  if (text === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as PackageJson) : null;
  } catch {
    return null;
  }
}

interface LockEntry {
  version?: unknown;
  name?: unknown;
  dev?: unknown;
  optional?: unknown;
  link?: unknown;
  os?: unknown;
  cpu?: unknown;
  libc?: unknown;
}

/** npm's platform lists: `["linux"]`, `["!win32"]`; no list means every platform. */
function platformAllows(list: unknown, value: string): boolean {
  if (!Array.isArray(list) || list.length === 0) return true;
  const words = list.filter((w): w is string => typeof w === 'string');
  if (words.includes(`!${value}`)) return false;
  const positive = words.filter((w) => !w.startsWith('!'));
  return positive.length === 0 || positive.includes(value);
}

/** The lock file's `packages` map (lockfileVersion 2 or 3), or null. */
function readLock(ctx: RunContext): Record<string, LockEntry> | null {
  for (const file of ['npm-shrinkwrap.json', 'package-lock.json']) {
    const path = resolvePath(ctx, file);
    const text = ctx.state.contents.get(path) ?? ctx.mountedText?.(path);
    if (text === undefined) continue;
    try {
      const parsed = JSON.parse(text) as { packages?: unknown } | null;
      const packages = parsed?.packages;
      return packages && typeof packages === 'object' ? (packages as Record<string, LockEntry>) : null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Installs what the lock file selects: every `node_modules/…` entry, without devDependencies for a
 * production install, without optional ones for `--omit=optional`, and without packages for another
 * platform (Linux, x64 assumed, the image's libc). False when there is no usable lock or a selected
 * version has no recorded size: the caller then estimates from package.json.
 */
function installFromLock(ctx: RunContext, prod: boolean, omitOptional: boolean, dir: string): boolean {
  const lock = readLock(ctx);
  const lookup = ctx.catalog.npmPackage;
  if (!lock || !lookup) return false;
  const libc = ctx.state.distro.family === 'alpine' ? 'musl' : 'glibc';
  const chosen: Array<{ path: string; name: string; bytes: number; source: string; asOf: string | null }> =
    [];
  let dev = 0;
  let missing = 0;
  for (const [path, entry] of Object.entries(lock)) {
    if (!path.startsWith('node_modules/') || !entry || typeof entry !== 'object' || entry.link === true)
      continue;
    if (prod && entry.dev === true) {
      dev++;
      continue;
    }
    if (omitOptional && entry.optional === true) continue;
    if (
      !platformAllows(entry.os, 'linux') ||
      !platformAllows(entry.cpu, 'x64') ||
      !platformAllows(entry.libc, libc)
    )
      continue;
    const name =
      typeof entry.name === 'string' ? entry.name : path.slice(path.lastIndexOf('node_modules/') + 13);
    const fig = typeof entry.version === 'string' ? lookup(name, entry.version) : null;
    if (!fig || fig.value === null) {
      missing++;
      continue;
    }
    chosen.push({ path, name, bytes: fig.value, source: fig.source, asOf: fig.asOf });
  }
  if (missing > 0) {
    ctx.contribute({
      text: `The lock file pins ${missing} package version${missing === 1 ? '' : 's'} without a recorded size, so the install is estimated from package.json's dependencies instead.`,
      confidence: 'low',
      citations: [],
    });
    return false;
  }
  const root = dir.slice(0, -'/node_modules'.length);
  let total = 0;
  for (const p of chosen) {
    total += p.bytes;
    addEntries(ctx, [
      { path: `${root}/${p.path}/**`, kind: 'bulk', sizeBytes: p.bytes, estimate: false, note: `${p.name}` },
    ]);
  }
  const first = chosen[0];
  const figure = {
    value: total,
    source: first ? first.source.replace(/^\S+: /, `${chosen.length} package versions: `) : 'no packages',
    asOf: first?.asOf ?? null,
    confidence: 'high' as const,
  };
  ctx.contribute({
    text: `npm installs the ${chosen.length} package${chosen.length === 1 ? '' : 's'} package-lock.json selects${prod ? ` (production only: ${dev} devDependenc${dev === 1 ? 'y' : 'ies'} left out)` : ', devDependencies included'} into ${dir} (${mb(total)}).`,
    confidence: 'high',
    citations: [cite('npm packages from the lock file', figure)],
  });
  return true;
}

function install(ctx: RunContext, args: string[], tool: string, ci: boolean): void {
  const { flags, positional } = readArgs(args, ['--omit', '--only']);
  const global = flags.has('-g') || flags.has('--global');
  const omit = args.flatMap((a, i) =>
    a.startsWith('--omit=') ? [a.slice(7)] : a === '--omit' && args[i + 1] ? [args[i + 1]] : [],
  );
  const prod =
    omit.includes('dev') ||
    flags.has('--production') ||
    flags.get('--only') === 'production' ||
    ctx.env.NODE_ENV === 'production';
  if (ci && lockPresence(ctx) === 'absent') {
    ctx.fail({
      message:
        'npm error The `npm ci` command can only install with an existing package-lock.json or npm-shrinkwrap.json with lockfileVersion >= 1.',
      hint: 'Copy the lock file into the image before npm ci: COPY package.json package-lock.json ./',
      certain: true,
    });
    return;
  }
  const pkg = readPackageJson(ctx);
  const names = positional.filter((p) => !p.startsWith('-')).map((p) => p.replace(/(.)@.*$/, '$1'));
  const dir = global ? '/usr/local/lib/node_modules' : `${ctx.cwd === '/' ? '' : ctx.cwd}/node_modules`;
  if (!pkg && names.length === 0) {
    ctx.contribute({
      text: 'npm install without a package.json in the image installs nothing.',
      confidence: 'medium',
      citations: [],
    });
    return;
  }
  if (
    tool === 'npm' &&
    names.length === 0 &&
    !global &&
    installFromLock(ctx, prod, omit.includes('optional'), dir)
  ) {
    noteCache(ctx);
    return;
  }
  if (names.length === 0 && pkg) {
    names.push(...Object.keys(pkg.dependencies ?? {}));
    if (!prod) names.push(...Object.keys(pkg.devDependencies ?? {}));
  }
  let total = 0;
  let lowest: 'exact' | 'high' | 'medium' | 'low' = 'high';
  const citations = [];
  for (const name of names) {
    const fig = ctx.catalog.findPackage('npm', name, null);
    const f = fig?.installed ?? ctx.catalog.unknownPackageEstimate('npm');
    if (!fig) lowest = 'low';
    else if (f.confidence === 'low' || f.confidence === 'medium') lowest = f.confidence;
    total += bytesOf(f);
    citations.push(cite(`npm ${name}`, f));
    addEntries(ctx, [
      {
        path: `${dir}/${name}/**`,
        kind: 'bulk',
        sizeBytes: bytesOf(f),
        estimate: !fig,
        note: `${name} and its dependencies`,
      },
    ]);
  }
  ctx.contribute({
    text: `npm installs ${names.length} package${names.length === 1 ? '' : 's'}${prod ? ' (production only)' : ' including devDependencies'} into ${dir} (${mb(total)}).`,
    confidence: lowest,
    citations,
  });
  noteCache(ctx);
}

/** Whether a lock file is in the working directory: present, absent or unknown (npm-shrinkwrap.json counts). */
function lockPresence(ctx: RunContext): 'present' | 'absent' | 'unknown' {
  const probes = ['package-lock.json', 'npm-shrinkwrap.json'].map((f) => {
    const path = resolvePath(ctx, f);
    return ctx.mounted?.(path) ? 'present' : ctx.writer.probe(path, false).presence;
  });
  if (probes.includes('present')) return 'present';
  return probes.includes('unknown') ? 'unknown' : 'absent';
}

function noteCache(ctx: RunContext): void {
  const cacheDir = `${homeDir(ctx.state, ctx.env)}/.npm`;
  if (!inCacheMount(ctx, cacheDir)) {
    ctx.contribute({
      text: `npm also keeps a download cache in ${cacheDir}; its size is not modelled (npm cache clean --force removes it).`,
      confidence: 'low',
      citations: [],
    });
  }
}

/** Where a build script's tool writes, first match wins (its default folder). */
const BUILD_OUTPUTS: ReadonlyArray<[RegExp, string]> = [
  [/\bnext build\b/, '.next'],
  [/vite|next export|astro/, 'dist'],
  [/react-scripts/, 'build'],
  [/tsc/, 'dist'],
];

function runScript(ctx: RunContext, script: string): void {
  const pkg = readPackageJson(ctx);
  const body = pkg?.scripts?.[script] ?? '';
  if (script !== 'build') {
    ctx.contribute({
      text: `npm run ${script} (${body || 'unknown script'}) is not modelled.`,
      confidence: 'low',
      citations: [],
    });
    return;
  }
  // `next build` writes .next, whose layout (standalone/, static/) its config decides.
  const next = /\bnext build\b/.test(body);
  const out = BUILD_OUTPUTS.find(([tool]) => tool.test(body))?.[1] ?? 'build';
  const dir = `${ctx.cwd === '/' ? '' : ctx.cwd}/${out}`;
  addEntries(ctx, [
    { path: `${dir}/**`, kind: 'bulk', sizeBytes: 0, estimate: true, note: 'build output (size unknown)' },
  ]);
  if (next) addFog(ctx, [dir], `which files ${body} writes in ${dir} is not known to the model`);
  ctx.contribute({
    text: `npm run build (${body || 'script not visible'}) writes ${dir}; the bundle's size is not known to the model.`,
    confidence: 'low',
    citations: [],
  });
}

/** npm and yarn. */
export const nodeModel: CommandModel = {
  names: ['npm', 'yarn', 'pnpm'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const args = cmd.argv.slice(1);
    const sub = args.find((a) => !a.startsWith('-')) ?? (tool === 'yarn' ? 'install' : '');
    const rest = args.slice(args.indexOf(sub) + 1);
    if (sub === 'ci' || sub === 'install' || sub === 'i' || sub === 'add')
      install(
        ctx,
        sub === 'ci' ? rest.filter((a) => a.startsWith('-')) : rest,
        tool,
        tool === 'npm' && sub === 'ci',
      );
    else if (sub === 'run' || sub === 'build') runScript(ctx, sub === 'build' ? 'build' : (rest[0] ?? ''));
    else if (sub === 'cache') {
      ctx.writer.remove(`${homeDir(ctx.state, ctx.env)}/.npm`);
      ctx.contribute({
        text: 'npm cache clean removes the download cache (in this layer only).',
        confidence: 'medium',
        citations: [],
      });
    } else ctx.contribute({ text: `${tool} ${sub} is not modelled.`, confidence: 'low', citations: [] });
  },
};
