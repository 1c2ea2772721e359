/**
 * apk (Alpine): `apk add` installs packages; without `--no-cache` it also keeps the package index
 * in /var/cache/apk. `apk del` removes (a whiteout when the files came from an earlier layer).
 */
import {
  addEntries,
  addFog,
  bytesOf,
  cite,
  fitManifest,
  mb,
  PACKAGE_REGIONS,
  placeManifest,
  readArgs,
} from '../helpers';
import type { CommandModel, RunContext } from '../types';

function addPackages(ctx: RunContext, names: string[], noCache: boolean, virtual: string | null): void {
  if (!noCache) {
    const fig = ctx.catalog.apkIndex(ctx.state.distro.release);
    addEntries(ctx, [
      { path: '/var/cache/apk/**', kind: 'bulk', sizeBytes: bytesOf(fig), note: 'apk index' },
    ]);
    ctx.contribute({
      text: `Without --no-cache, apk keeps its package index in /var/cache/apk${fig ? ` (${mb(bytesOf(fig))})` : ' (size unknown)'}.`,
      confidence: fig?.confidence ?? 'low',
      citations: fig ? [cite('apk index', fig)] : [],
    });
  }
  for (const name of names) {
    const key = `apk:${name}`;
    if (ctx.state.installed.has(key)) continue;
    ctx.state.installed.add(key);
    const pkg = ctx.catalog.findPackage('apk', name, ctx.state.distro.release);
    if (!pkg) {
      const est = ctx.catalog.unknownPackageEstimate('apk');
      addEntries(ctx, [
        { path: `/usr/lib/${name}/**`, kind: 'bulk', sizeBytes: bytesOf(est), estimate: true },
      ]);
      ctx.contribute({
        text: `${name}: not in the catalog; neutral estimate ${mb(bytesOf(est))}.`,
        confidence: 'low',
        citations: [cite(`unknown apk package ${name}`, est)],
      });
      addFog(ctx, PACKAGE_REGIONS, `the apk package ${name} is not in the simulator's catalog`);
      continue;
    }
    const size = bytesOf(pkg.installed);
    addEntries(ctx, placeManifest(fitManifest(pkg.manifest, size), name));
    for (const r of pkg.provides ?? [])
      if (!ctx.state.runtimes.some((x) => x.path === r.path)) ctx.state.runtimes.push(r);
    ctx.contribute({
      text: `${name} installs ${mb(size)}${virtual ? ` (in the virtual group ${virtual})` : ''}.`,
      confidence: pkg.installed.confidence,
      citations: [cite(`apk ${name}`, pkg.installed)],
    });
  }
}

/** apk add / del / update. */
export const apkModel: CommandModel = {
  names: ['apk'],
  apply(cmd, ctx) {
    const { flags, positional } = readArgs(cmd.argv.slice(1), ['-t', '--virtual', '-X', '--repository']);
    const [sub, ...names] = positional;
    if (sub === 'add') {
      const virtual = (flags.get('--virtual') ?? flags.get('-t') ?? null) as string | null;
      addPackages(
        ctx,
        names.map((n) => n.replace(/[=<>~].*$/, '')),
        flags.has('--no-cache'),
        typeof virtual === 'string' ? virtual : null,
      );
    } else if (sub === 'del') {
      for (const n of names) {
        ctx.state.installed.delete(`apk:${n}`);
        const pkg = ctx.catalog.findPackage('apk', n, ctx.state.distro.release);
        for (const e of pkg?.manifest ?? []) ctx.writer.remove(e.path.replace(/\/\*\*$/, ''));
      }
      ctx.contribute({
        text: 'apk del removes files; bytes added by an earlier layer stay in that layer.',
        confidence: 'medium',
        citations: [],
      });
    } else if (sub === 'update') {
      const fig = ctx.catalog.apkIndex(ctx.state.distro.release);
      addEntries(ctx, [
        { path: '/var/cache/apk/**', kind: 'bulk', sizeBytes: bytesOf(fig), note: 'apk index' },
      ]);
      ctx.contribute({
        text: 'apk update stores the package index in /var/cache/apk.',
        confidence: fig?.confidence ?? 'low',
        citations: fig ? [cite('apk index', fig)] : [],
      });
    } else {
      ctx.contribute({
        text: `apk ${sub ?? ''} adds nothing the model tracks.`,
        confidence: 'medium',
        citations: [],
      });
    }
  },
};
