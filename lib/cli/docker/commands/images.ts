/**
 * `docker images` / `docker image ls`: one row per tag, newest first, sizes as the engine formats
 * them (decimal units, as `docker images` prints). Untagged (dangling) images are listed as `<none>`
 * only with `-a` (docker/cli cli/command/image/list.go `isDangling`). This is the docker CLI's table
 * (formatter/image.go `defaultImageTableFormat`); since v29 the CLI shows a tree view instead unless
 * -q, --no-trunc, --digests or --format is given, with the compressed content size, which the
 * simulator does not model.
 */
import { dockerImageSize } from '../../../build/format';
import { flagOn, flagValue } from '../flags';
import { fail, goTime, humanDuration, ok, table } from '../output';
import { Unknown } from '../template';
import { filterNotModelled, formatList } from './format';
import { imagesFilter } from './filters';
import { findImage, NO_SUCH_IMAGE_HINT, noSuchImage, normalizeTag, shortId, storeImage } from '../session';
import { tagError } from './build';
import type { CommandDefinition } from '../types';

const USAGE = `Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]

List images

Aliases:
  docker image ls, docker image list, docker images

Options:
  -f, --filter filter   Filter output based on conditions provided
  -q, --quiet           Only show image IDs
      --no-trunc        Don't truncate output
      --format string   Format output using a custom template`;

/** The footnote every listing carries: the sizes come from a model, not from a disk. */
export const ESTIMATE_NOTE =
  "Sizes are the simulator's estimates of what docker images would show (uncompressed, decimal MB).";

/** Said when a listed size is partly unknown. */
export const RANGE_NOTE =
  'A range (172MB-175MB) or ≥ marks a size the simulator knows only in part, ? one it cannot tell: part of the image comes from something it does not know (docker history shows which step).';

/** Docker 29's default differs: said once per listing. */
export const TABLE_NOTE =
  'Docker 29 and later list images as a tree by default (IMAGE, ID, DISK USAGE, CONTENT SIZE); this is the table docker images --format table prints, since the compressed content size is not modelled.';

/** The header of each `docker images --format` placeholder (docker/cli cli/command/formatter/image.go). */
const IMAGE_HEADERS: Record<string, string> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

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
    { name: 'format', takesValue: true },
    { name: 'filter', short: 'f', takesValue: true, repeatable: true },
  ],
  run({ session, flags, positional }) {
    const filters = flags.get('filter') ?? [];
    const applied = filters.length > 0 ? imagesFilter(filters) : null;
    if (filters.length > 0 && !applied) return filterNotModelled('docker images', filters);
    if (applied?.kind === 'error') return fail(applied.message, 1, [applied.hint]);
    const dangling = applied?.kind === 'ok' ? applied.dangling : null;
    const references = applied?.kind === 'ok' ? applied.references : [];
    const filter = positional[0] ?? null;
    const noTrunc = flagOn(flags, 'no-trunc');
    const now = session.now();
    const rows: string[][] = [];
    const fields: Record<string, unknown>[] = [];
    let ranged = false;
    const all = flagOn(flags, 'all');
    for (const stored of [...session.images].reverse()) {
      if (stored.tags.length === 0 && !all && dangling !== true) continue;
      if (dangling !== null && (stored.tags.length === 0) !== dangling) continue;
      const id = noTrunc ? `sha256:${stored.id}` : shortId(stored.id);
      const names = stored.tags.length > 0 ? stored.tags : ['<none>:<none>'];
      for (const name of names) {
        const colon = name.lastIndexOf(':');
        const repository = name.slice(0, colon);
        const tag = name.slice(colon + 1);
        if (filter && filter !== repository && filter !== name) continue;
        // A reference pattern matches the repository or repository:tag (an untagged image has neither).
        if (
          references.length > 0 &&
          (stored.tags.length === 0 || !references.some((r) => r.test(repository) || r.test(name)))
        )
          continue;
        const size = dockerImageSize(stored.image);
        const since = `${humanDuration(now - stored.createdAt)} ago`;
        rows.push([repository, tag, id, since, size]);
        fields.push({
          ID: id,
          Repository: repository,
          Tag: tag,
          Digest: '<none>',
          CreatedSince: since,
          CreatedAt: goTime(stored.createdAt),
          Size: size,
          VirtualSize: size,
          Containers: new Unknown(
            'docker images leaves the container count out (N/A) unless asked by the API',
          ),
          SharedSize: new Unknown('the simulator does not model the space images share (.SharedSize)'),
          UniqueSize: new Unknown('the simulator does not model the space images share (.UniqueSize)'),
        });
        if (stored.image.sizeRange) ranged = true;
      }
    }
    // A custom format wins over -q (docker/cli formatter/image.go `NewImageFormat`).
    const format = flagValue(flags, 'format');
    if (flagOn(flags, 'quiet') && !(format && format !== 'table'))
      return ok(rows.map((r) => `${r[2]}\n`).join(''));
    if (format && format !== 'table') {
      const r = formatList(format, fields, IMAGE_HEADERS, { typeName: '*formatter.imageContext' });
      const sizes =
        r.exitCode === 0 && rows.length > 0 ? [ESTIMATE_NOTE, ...(ranged ? [RANGE_NOTE] : [])] : [];
      return { ...r, notes: [...sizes, ...r.notes] };
    }
    const notes =
      rows.length > 0
        ? [ESTIMATE_NOTE, ...(ranged ? [RANGE_NOTE] : []), TABLE_NOTE]
        : filters.length > 0 || filter
          ? []
          : ['No images yet: build one with docker build -t NAME .'];
    return ok(table(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], rows), notes);
  },
};

/**
 * `docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]` (docker/cli cli/command/image/tag.go): the target
 * name moves to the source's image (an image that had it keeps its other names, or shows as <none>).
 */
export const tagCommand: CommandDefinition = {
  paths: [['tag'], ['image', 'tag']],
  summary: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  usage:
    'Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nCreate a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n\nAliases:\n  docker image tag, docker tag',
  args: { exact: 2 },
  flags: [],
  run({ session, positional }) {
    const [source, target] = positional;
    // The client parses the target first (docker/client ImageTag), with distribution/reference's error.
    const tag = normalizeTag(target);
    if (!tag)
      return fail(
        `Error parsing reference: "${target}" is not a valid repository/tag: ${tagError(target)}`,
        1,
      );
    const stored = findImage(session, source);
    if (!stored) return fail(noSuchImage(source), 1, [NO_SUCH_IMAGE_HINT]);
    storeImage(session, stored.image, [tag]);
    return ok('');
  },
};
