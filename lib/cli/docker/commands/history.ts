/**
 * `docker history IMAGE`: the image's layers, newest first, with what created each and its size.
 * Layers built in this session show their build time; layers of a base image show `<missing>` ids
 * (as Docker does for layers it pulled) and no time, since the catalog records no build times.
 */
import { formatSize } from '../../../build/format';
import type { Layer } from '../../../build/types';
import { flagOn, flagValue } from '../flags';
import { Unknown } from '../template';
import { formatList } from './format';
import { ellipsis, fail, humanDuration, ok, table } from '../output';
import { findImage, NO_SUCH_IMAGE_HINT, noSuchImage, shortId } from '../session';
import type { CommandDefinition } from '../types';
import { ESTIMATE_NOTE } from './images';

const USAGE = `Usage:  docker history [OPTIONS] IMAGE

Show the history of an image

Options:
      --no-trunc        Don't truncate output
  -q, --quiet           Only show image IDs
      --format string   Format output using a custom template`;

/**
 * How BuildKit records an instruction in the image history (moby/buildkit dockerfile2llb: commitToHistory
 * adds ` # buildkit` to steps with a layer; a RUN lists the stage's ARGs with their values, which is why
 * `docker history` shows a secret passed as a build argument — docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/).
 */
function createdBy(layer: Layer): string {
  if (layer.createdBy) return layer.createdBy;
  const text = layer.instruction.replace(/\s+/g, ' ').trim();
  const m = /^(\w+)\s+(.*)$/.exec(text);
  if (!m || layer.line === null) return text;
  const keyword = m[1].toUpperCase();
  const rest = m[2];
  if (keyword === 'RUN') return `RUN /bin/sh -c ${rest} # buildkit`;
  if (keyword === 'COPY' || keyword === 'ADD') {
    const withoutFlags = rest.replace(/^(?:--\S+\s+)*/, '');
    return `${keyword} ${withoutFlags} # buildkit`;
  }
  return `${keyword} ${rest}`;
}

/** The header of each `docker history --format` placeholder (docker/cli cli/command/image/formatter_history.go). */
const HISTORY_HEADERS: Record<string, string> = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};

/** `docker history` (and `docker image history`). */
export const historyCommand: CommandDefinition = {
  paths: [['history'], ['image', 'history']],
  summary: 'Show the history of an image',
  usage: USAGE,
  args: { exact: 1 },
  flags: [
    { name: 'no-trunc', takesValue: false },
    { name: 'quiet', short: 'q', takesValue: false },
    { name: 'format', takesValue: true },
  ],
  run({ session, flags, positional }) {
    const ref = positional[0] ?? '';
    const stored = findImage(session, ref);
    if (!stored) return fail(noSuchImage(ref), 1, [NO_SUCH_IMAGE_HINT]);
    const noTrunc = flagOn(flags, 'no-trunc');
    const ago = `${humanDuration(session.now() - stored.createdAt)} ago`;
    const layers = [...stored.image.layers].reverse();
    const rows = layers.map((layer, k) => {
      const built = layer.line !== null;
      const by = createdBy(layer);
      return [
        // docker/cli image/formatter_history.go: the full `sha256:` id with --no-trunc.
        k === 0 ? (noTrunc ? `sha256:${stored.id}` : shortId(stored.id)) : '<missing>',
        built ? ago : 'N/A',
        noTrunc ? by : ellipsis(by, 45),
        formatSize(layer.sizeBytes),
        built ? 'buildkit.dockerfile.v0' : '',
      ];
    });
    // A custom format wins over -q (docker/cli image/formatter_history.go `NewHistoryFormat`).
    const format = flagValue(flags, 'format');
    if (flagOn(flags, 'quiet') && !(format && format !== 'table'))
      return ok(rows.map((r) => `${r[0]}\n`).join(''));
    if (format && format !== 'table') {
      const base = new Unknown('the simulator does not know when a base image’s layers were built');
      const fields = layers.map((layer, k) => ({
        ID: rows[k][0],
        CreatedSince: layer.line !== null ? rows[k][1] : base,
        CreatedAt:
          layer.line !== null
            ? new Date(Math.floor(stored.createdAt / 1000) * 1000).toISOString().replace('.000Z', 'Z')
            : base,
        CreatedBy: rows[k][2],
        Size: rows[k][3],
        Comment: rows[k][4],
      }));
      const r = formatList(format, fields, HISTORY_HEADERS, { typeName: '*image.historyContext' });
      return { ...r, notes: r.exitCode === 0 ? [ESTIMATE_NOTE, ...r.notes] : r.notes };
    }
    const notes = [ESTIMATE_NOTE];
    if (layers.some((l) => l.line === null))
      notes.push(
        'A base image shows here as one layer with no date: the simulator models its size, not its history.',
      );
    return ok(table(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], rows), notes);
  },
};
