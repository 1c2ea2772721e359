/**
 * `docker scout sbom [--format list|json] IMAGE`: what a scanner indexes in the image, from the
 * simulator's inventory (lib/build/inventory.ts): OS packages with their versions, runtimes and the
 * Go standard library version of each Go binary. Docker ships SBOMs through Docker Scout
 * (docs.docker.com/reference/cli/docker/scout/sbom/: JSON by default, `--format list` for a table;
 * the older `docker sbom` plugin is no longer shipped). No vulnerability is counted here.
 */
import { imageInventory } from '../../../build/inventory';
import { flagValue } from '../flags';
import { fail, ok } from '../output';
import { findImage, normalizeTag } from '../session';
import type { CommandDefinition } from '../types';

const USAGE = `Usage:  docker scout sbom [IMAGE]

Generate or display SBOM of an image

Options:
      --format string   Output format:
                          - list: list of packages of the image
                          - json: json representation of the SBOM
                        (default "json")`;

/** Scout's list table: a header, a rule, then one row per package. */
function listTable(rows: string[][]): string {
  const header = ['Name', 'Version', 'Type'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`.trimEnd();
  const rule = '─'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * widths.length + 2);
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n`;
}

/** `docker scout sbom`. */
export const sbomCommand: CommandDefinition = {
  paths: [['scout', 'sbom']],
  summary: 'Generate or display SBOM of an image',
  usage: USAGE,
  flags: [{ name: 'format', takesValue: true }],
  run({ session, flags, positional }) {
    const ref = positional[0] ?? session.images[session.images.length - 1]?.tags[0];
    // Scout's source is not public; this is cobra's own MaximumNArgs text (spf13/cobra args.go).
    if (positional.length > 1) return fail(`accepts at most 1 arg(s), received ${positional.length}`, 1);
    if (ref === undefined)
      return fail('ERROR: no image given and no image built yet: docker scout sbom IMAGE', 1);
    const stored = findImage(session, ref);
    if (!stored)
      return fail(`ERROR: image "${normalizeTag(ref) ?? ref}" not found in the local image store`, 1);
    const format = flagValue(flags, 'format') ?? 'json';
    if (format !== 'list' && format !== 'json')
      return fail(`ERROR: the simulator prints --format list or json, not ${format}`, 1);
    const inv = imageInventory(stored.image);
    const notes = [
      'A scanner matches these names and versions against advisories; the simulator lists them and counts no vulnerabilities.',
    ];
    if (inv.packagesUnknown) notes.push(`The package list may be incomplete: ${inv.packagesUnknown}.`);
    if (inv.packages.some((p) => p.version === null))
      notes.push('"unknown" versions: the simulator has no package index that gives them.');
    if (inv.sources.length > 0) notes.push(`Versions from: ${inv.sources.join('; ')}.`);
    if (format === 'json') {
      notes.unshift("Docker Scout's own JSON has more fields; this is the simulator's inventory.");
      return ok(`${JSON.stringify(inv, null, 2)}\n`, notes);
    }
    const rows = [
      ...inv.packages.map((p) => [p.name, p.version ?? 'unknown', p.manager === 'dpkg' ? 'deb' : p.manager]),
      ...inv.goBinaries.map((g) => ['stdlib', g.goVersion ?? 'unknown', 'golang']),
      ...inv.runtimes
        .filter((r) => !inv.goBinaries.length || r.name !== 'go')
        .map((r) => [r.name, r.version, 'runtime']),
    ];
    if (rows.length === 0)
      return ok('', [
        ...notes,
        `Nothing a scanner can index: ${inv.os === 'none' ? 'the image is FROM scratch and holds no package database' : 'no package database the simulator knows'}.`,
      ]);
    return ok(listTable(rows), notes);
  },
};
