/**
 * yum / dnf / microdnf (Red Hat family). Package figures come from the catalog's `dnf` entries;
 * `clean all` removes the metadata cache written in the same RUN.
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
import { commandName } from '../../../shell';
import type { CommandModel } from '../types';

/** yum, dnf and microdnf. */
export const rpmModel: CommandModel = {
  names: ['yum', 'dnf', 'microdnf'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const { positional } = readArgs(cmd.argv.slice(1), ['--setopt', '--enablerepo', '--disablerepo']);
    const [sub, ...names] = positional;
    if (sub === 'install') {
      ctx.contribute({
        text: `${tool} downloads repository metadata to /var/cache/${tool === 'yum' ? 'yum' : 'dnf'}; its size is not known to the catalog.`,
        confidence: 'low',
        citations: [],
      });
      for (const name of names) {
        const key = `dnf:${name}`;
        if (ctx.state.installed.has(key)) continue;
        ctx.state.installed.add(key);
        const pkg = ctx.catalog.findPackage('dnf', name, ctx.state.distro.release);
        const fig = pkg?.installed ?? ctx.catalog.unknownPackageEstimate('dnf');
        const size = bytesOf(fig);
        addEntries(
          ctx,
          pkg
            ? placeManifest(fitManifest(pkg.manifest, size), name)
            : [{ path: `/usr/lib/${name}/**`, kind: 'bulk', sizeBytes: size, estimate: true }],
        );
        for (const r of pkg?.provides ?? []) ctx.state.runtimes.push(r);
        if (!pkg) addFog(ctx, PACKAGE_REGIONS, `the package ${name} is not in the simulator's catalog`);
        ctx.contribute({
          text: pkg
            ? `${name} installs ${mb(size)}.`
            : `${name}: not in the catalog; neutral estimate ${mb(size)}.`,
          confidence: pkg ? fig.confidence : 'low',
          citations: [cite(`${tool} ${name}`, fig)],
        });
      }
    } else if (sub === 'clean') {
      ctx.writer.removeWhere(
        (p) => p.startsWith('/var/cache/yum') || p.startsWith('/var/cache/dnf'),
        '/var/cache',
      );
      ctx.contribute({
        text: `${tool} clean removes the metadata cache (only helps in the same RUN as the install).`,
        confidence: 'medium',
        citations: [],
      });
    } else {
      ctx.contribute({
        text: `${tool} ${sub ?? ''} is not modelled in detail.`,
        confidence: 'low',
        citations: [],
      });
    }
  },
};
