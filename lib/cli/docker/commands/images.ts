/**
 * `docker images` / `docker image ls`: one row per tag (an untagged image shows as `<none>`), newest
 * first, sizes as the engine formats them (decimal units, as `docker images` prints).
 */
import { formatSize } from '../../../build/format';
import { flagOn } from '../flags';
import { humanDuration, ok, table } from '../output';
import { shortId } from '../session';
import type { CommandDefinition } from '../types';

const USAGE = `Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]

List images

Aliases:
  docker image ls, docker image list, docker images

Options:
  -q, --quiet           Only show image IDs
      --no-trunc        Don't truncate output`;

/** The footnote every listing carries: the sizes come from a model, not from a disk. */
export const ESTIMATE_NOTE =
  "Sizes are the simulator's estimates of what docker images would show (uncompressed, decimal MB).";

/** `docker images`. */
export const imagesCommand: CommandDefinition = {
  paths: [['images'], ['image', 'ls'], ['image', 'list']],
  summary: 'List images',
  usage: USAGE,
  args: { max: 1 },
  flags: [
    { name: 'quiet', short: 'q', takesValue: false },
    { name: 'no-trunc', takesValue: false },
    { name: 'all', short: 'a', takesValue: false },
  ],
  run({ session, flags, positional }) {
    const filter = positional[0] ?? null;
    const noTrunc = flagOn(flags, 'no-trunc');
    const now = session.now();
    const rows: string[][] = [];
    for (const stored of [...session.images].reverse()) {
      const id = noTrunc ? `sha256:${stored.id}` : shortId(stored.id);
      const names = stored.tags.length > 0 ? stored.tags : ['<none>:<none>'];
      for (const name of names) {
        const colon = name.lastIndexOf(':');
        const repository = name.slice(0, colon);
        const tag = name.slice(colon + 1);
        if (filter && filter !== repository && filter !== name) continue;
        rows.push([
          repository,
          tag,
          id,
          `${humanDuration(now - stored.createdAt)} ago`,
          formatSize(stored.image.sizeBytes),
        ]);
      }
    }
    if (flagOn(flags, 'quiet')) return ok(rows.map((r) => `${r[2]}\n`).join(''));
    const notes =
      rows.length > 0 ? [ESTIMATE_NOTE] : ['No images yet: build one with docker build -t NAME .'];
    return ok(table(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], rows), notes);
  },
};
