/**
 * npm / yarn: `npm ci|install` reads package.json (copied into the image) and writes node_modules
 * (dev dependencies unless `--omit=dev` / `--production` / NODE_ENV=production); `npm run build`
 * writes the build output folder whose size the model does not know.
 */
import { addEntries, bytesOf, cite, homeDir, inCacheMount, mb, readArgs, resolvePath } from '../helpers';
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

function install(ctx: RunContext, args: string[]): void {
  const { flags, positional } = readArgs(args, ['--omit', '--only']);
  const global = flags.has('-g') || flags.has('--global');
  const prod =
    flags.get('--omit') === 'dev' ||
    flags.has('--production') ||
    flags.get('--only') === 'production' ||
    ctx.env.NODE_ENV === 'production';
  const pkg = readPackageJson(ctx);
  const names = positional.filter((p) => !p.startsWith('-')).map((p) => p.replace(/(.)@.*$/, '$1'));
  if (names.length === 0 && pkg) {
    names.push(...Object.keys(pkg.dependencies ?? {}));
    if (!prod) names.push(...Object.keys(pkg.devDependencies ?? {}));
  }
  const dir = global ? '/usr/local/lib/node_modules' : `${ctx.cwd === '/' ? '' : ctx.cwd}/node_modules`;
  if (!pkg && names.length === 0) {
    ctx.contribute({
      text: 'npm install without a package.json in the image installs nothing.',
      confidence: 'medium',
      citations: [],
    });
    return;
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
  const cacheDir = `${homeDir(ctx.state, ctx.env)}/.npm`;
  if (!inCacheMount(ctx, cacheDir)) {
    ctx.contribute({
      text: `npm also keeps a download cache in ${cacheDir}; its size is not modelled (npm cache clean --force removes it).`,
      confidence: 'low',
      citations: [],
    });
  }
}

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
  const out = /vite|next export|astro/.test(body)
    ? 'dist'
    : /react-scripts/.test(body)
      ? 'build'
      : /tsc/.test(body)
        ? 'dist'
        : 'build';
  const dir = `${ctx.cwd === '/' ? '' : ctx.cwd}/${out}`;
  addEntries(ctx, [
    { path: `${dir}/**`, kind: 'bulk', sizeBytes: 0, estimate: true, note: 'build output (size unknown)' },
  ]);
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
      install(ctx, sub === 'ci' ? rest.filter((a) => a.startsWith('-')) : rest);
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
