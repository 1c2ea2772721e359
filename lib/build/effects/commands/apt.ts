/**
 * apt-get / apt: `update` fills /var/lib/apt/lists, `install` adds each package's files (with
 * Recommends by default, as `apt-get install -y` does), `clean`, `remove`/`purge`.
 */
import type { ManifestEntry, PackageFigure } from '../../../catalog/types';
import {
  addEntries,
  addFog,
  bytesOf,
  cite,
  fitManifest,
  inCacheMount,
  mb,
  PACKAGE_REGIONS,
  placeManifest,
  readArgs,
} from '../helpers';
import type { CommandModel, RunContext } from '../types';
import type { SimpleCommand } from '../../../shell';

const LISTS = '/var/lib/apt/lists';

/** Where a Debian or Ubuntu package puts the programs a PATH lookup finds (Debian Policy 9.1.1). */
const PROGRAM_DIRS = ['/usr/bin', '/usr/sbin', '/bin', '/sbin'];

function update(ctx: RunContext): void {
  const fig = ctx.catalog.aptLists(ctx.state.distro.release);
  const size = bytesOf(fig);
  addEntries(ctx, [
    { path: `${LISTS}/**`, kind: 'bulk', sizeBytes: size, fileCount: null, note: 'apt package lists' },
  ]);
  ctx.contribute({
    text: fig
      ? `apt-get update downloads the package lists into ${LISTS} (${mb(size)}); they stay in this layer unless the same RUN deletes them.`
      : `apt-get update downloads the package lists into ${LISTS}; their size for this distribution is unknown.`,
    confidence: fig?.confidence ?? 'low',
    citations: fig ? [cite(`apt lists for ${ctx.state.distro.release ?? 'this distribution'}`, fig)] : [],
  });
}

function listsPresent(ctx: RunContext): boolean {
  return ctx.writer.anyUnder(LISTS);
}

/** Placed manifests per catalog manifest, size and name: many stages install the same packages. */
const PLACED = new WeakMap<readonly ManifestEntry[], Map<string, readonly ManifestEntry[]>>();

function placedManifest(
  manifest: readonly ManifestEntry[],
  size: number,
  name: string,
): readonly ManifestEntry[] {
  let bySize = PLACED.get(manifest);
  if (!bySize) {
    bySize = new Map();
    PLACED.set(manifest, bySize);
  }
  const key = `${size} ${name}`;
  let hit = bySize.get(key);
  if (!hit) {
    // Entries are immutable values shared by every tree that holds them.
    hit = placeManifest(fitManifest(manifest, size), name);
    bySize.set(key, hit);
  }
  return hit;
}

function installOne(ctx: RunContext, name: string, recommends: boolean): void {
  const key = `apt:${name}`;
  if (ctx.state.installed.has(key)) return;
  ctx.state.installed.add(key);
  const pkg: PackageFigure | null = ctx.catalog.findPackage('apt', name, ctx.state.distro.release);
  if (!pkg) {
    const est = ctx.catalog.unknownPackageEstimate('apt');
    const size = bytesOf(est);
    addEntries(ctx, [
      {
        path: `/usr/lib/${name}/**`,
        kind: 'bulk',
        sizeBytes: size,
        estimate: true,
        note: `package ${name} (estimate)`,
      },
    ]);
    ctx.contribute({
      text: `${name}: not in the catalog, so its size is a neutral estimate (${mb(size)}).`,
      confidence: 'low',
      citations: [cite(`unknown apt package ${name}`, est)],
    });
    addFog(ctx, PACKAGE_REGIONS, `the apt package ${name} is not in the simulator's catalog`);
    return;
  }
  const figure = recommends ? pkg.installed : (pkg.installedNoRecommends ?? pkg.installed);
  const size = bytesOf(figure);
  const manifest = !recommends && pkg.manifestNoRecommends ? pkg.manifestNoRecommends : pkg.manifest;
  const entries = placedManifest(manifest, size, name);
  addEntries(ctx, entries);
  if (pkg.programsListed === 'some')
    for (const path of PROGRAM_DIRS)
      if (!inCacheMount(ctx, path))
        ctx.writer.addFog({
          path,
          reason: `package ${name} is installed but its file list is not known`,
          sizeKnown: true,
        });
  for (const r of pkg.provides ?? []) {
    if (!ctx.state.runtimes.some((x) => x.name === r.name && x.path === r.path)) ctx.state.runtimes.push(r);
  }
  ctx.contribute({
    text: `${name} ${recommends ? 'with its Recommends' : 'without Recommends'} installs ${mb(size)}${
      (recommends ? pkg.bringsCompiler : (pkg.bringsCompilerNoRecommends ?? pkg.bringsCompiler))
        ? ' (including gcc and the C toolchain it recommends)'
        : ''
    }.`,
    confidence: figure.confidence,
    citations: [
      cite(
        `${name} on ${pkg.release ?? 'this distribution'}${recommends ? '' : ' (--no-install-recommends)'}`,
        figure,
      ),
    ],
  });
}

function install(cmd: SimpleCommand, ctx: RunContext, args: string[]): void {
  const { flags, positional } = readArgs(args, ['-o', '-t', '--target-release']);
  const recommends =
    !flags.has('--no-install-recommends') &&
    ctx.env.APT_INSTALL_RECOMMENDS !== 'false' &&
    ctx.env.APT_INSTALL_RECOMMENDS !== '0';
  const names = positional
    .map((p) => p.replace(/[=:].*$/, ''))
    .filter((p) => /^[a-z0-9][a-z0-9+.-]*$/.test(p));
  if (!updateFirst(ctx, flags)) return;
  // Lists on a cache mount (`--mount=type=cache,target=/var/lib/apt`) are whatever earlier builds or
  // this RUN's `apt-get update` left there, never in the layer: not provably absent.
  if (
    names.length > 0 &&
    !listsPresent(ctx) &&
    !ctx.mounted?.(LISTS) &&
    ctx.writer.probe(LISTS).presence === 'absent'
  ) {
    ctx.fail({
      message: `E: Unable to locate package ${names[0]}`,
      hint: 'The base image ships without package lists: run `apt-get update` first, in the same RUN as the install.',
      certain: true,
    });
  }
  if (
    !flags.has('-y') &&
    !flags.has('--yes') &&
    !flags.has('-qy') &&
    !flags.has('-yq') &&
    !flags.has('--assume-yes')
  ) {
    if (!/(^|\s)-[a-z]*y/.test(cmd.text)) {
      ctx.contribute({
        text: 'apt-get install without -y asks for confirmation; in a build there is no terminal, so apt answers no and the step fails.',
        confidence: 'medium',
        citations: [],
      });
    }
  }
  for (const n of names) installOne(ctx, n, recommends);
}

function removePackages(ctx: RunContext, names: string[]): void {
  for (const name of names) {
    const pkg = ctx.catalog.findPackage('apt', name, ctx.state.distro.release);
    ctx.state.installed.delete(`apt:${name}`);
    for (const e of pkg?.manifest ?? []) ctx.writer.remove(e.path.replace(/\/\*\*$/, ''));
  }
  ctx.contribute({
    text: 'Removing packages writes whiteouts: the files disappear from the final tree, but the bytes stay in the earlier layer that added them.',
    confidence: 'medium',
    citations: [],
  });
}

/**
 * Whether the release's apt is 2.7 or later (`install --update`/`-U` since apt 2.7.0, `dist-clean` since
 * 2.7.8, per apt's debian/changelog): Debian 13 has apt 3.0 and Ubuntu 24.04 apt 2.7.14; Debian 12 has
 * 2.6.1 and Ubuntu 22.04 2.4. Null when the release is not known.
 */
function modernApt(release: string | null): boolean | null {
  if (release === null) return null;
  if (/^debian:(bookworm|bullseye|buster)$/.test(release) || /^ubuntu:(18|20|22)\./.test(release))
    return false;
  if (/^debian:(trixie|forky|sid)$/.test(release) || /^ubuntu:(2[4-9]|[3-9]\d)\./.test(release)) return true;
  return null;
}

/** `--update` / `-U` on `apt-get install`: refresh the lists first, on an apt that has the option. */
function updateFirst(ctx: RunContext, flags: ReadonlyMap<string, unknown>): boolean {
  const option = flags.has('--update') ? '--update' : flags.has('-U') ? '-U' : null;
  if (!option) return true;
  const modern = modernApt(ctx.state.distro.release);
  if (modern === false) {
    // Both texts as apt 2.6.1 prints them (checked on Debian 12); apt-get exits 100.
    ctx.fail({
      message:
        option === '--update'
          ? 'E: Command line option --update is not understood in combination with the other options'
          : "E: Command line option 'U' [from -U] is not understood in combination with the other options.",
      hint: `apt on ${ctx.state.distro.release} is older than 2.7, which added \`install --update\`: run \`apt-get update &&\` before the install instead.`,
      certain: true,
    });
    return false;
  }
  update(ctx);
  if (modern === null)
    ctx.contribute({
      text: `apt-get install ${option} refreshes the package lists first on apt 2.7 or later; which apt this image has is not known.`,
      confidence: 'low',
      citations: [],
    });
  return true;
}

/** `apt-get dist-clean` (apt 2.7.8 and later): `clean`, and the package lists go too. */
function distClean(ctx: RunContext): void {
  if (modernApt(ctx.state.distro.release) === false) {
    ctx.fail({
      message: 'E: Invalid operation dist-clean',
      hint: `apt on ${ctx.state.distro.release} is older than 2.7.8, which added dist-clean: use \`apt-get clean && rm -rf /var/lib/apt/lists/*\`.`,
      certain: true,
    });
    return;
  }
  ctx.writer.removeWhere(
    (p) => p.startsWith('/var/cache/apt/') || p === LISTS || p.startsWith(`${LISTS}/`),
    '/var',
  );
  ctx.contribute({
    text: `apt-get dist-clean empties /var/cache/apt and deletes the package lists in ${LISTS}, so a later layer does not keep them.`,
    confidence: 'medium',
    citations: [],
  });
}

/** apt-get and apt. */
export const aptModel: CommandModel = {
  names: ['apt-get', 'apt'],
  apply(cmd, ctx) {
    const args = cmd.argv.slice(1);
    const sub = args.find((a) => !a.startsWith('-'));
    const rest = sub ? args.slice(args.indexOf(sub) + 1) : [];
    const globalFlags = sub ? args.slice(0, args.indexOf(sub)) : args;
    switch (sub) {
      case 'update':
        update(ctx);
        return;
      case 'install':
        install(cmd, ctx, [...globalFlags, ...rest]);
        return;
      case 'dist-clean':
        distClean(ctx);
        return;
      case 'clean':
      case 'autoclean':
        ctx.writer.removeWhere((p) => p.startsWith('/var/cache/apt/'), '/var/cache/apt');
        ctx.contribute({
          text: 'apt-get clean empties /var/cache/apt; Docker’s Debian/Ubuntu images already delete downloaded .deb files after each install (the docker-clean apt hook), so it frees little.',
          confidence: 'medium',
          citations: [
            {
              text: 'docker-clean apt configuration in official images',
              source: 'debuerreotype: /etc/apt/apt.conf.d/docker-clean in the official Debian images',
            },
          ],
        });
        return;
      case 'remove':
      case 'purge':
      case 'autoremove':
        removePackages(
          ctx,
          rest.filter((a) => !a.startsWith('-')),
        );
        return;
      case 'upgrade':
      case 'dist-upgrade':
      case 'full-upgrade':
        ctx.contribute({
          text: `apt-get ${sub} updates installed packages; the size change is not modelled.`,
          confidence: 'low',
          citations: [],
        });
        return;
      default:
        ctx.contribute({
          text: `apt-get ${sub ?? ''} adds nothing the model tracks.`,
          confidence: 'medium',
          citations: [],
        });
    }
  },
};
