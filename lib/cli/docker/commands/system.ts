/**
 * `docker system df`: the disk space of images, containers, local volumes and the build cache, in
 * the docker CLI's summary table (docker/cli cli/command/formatter/disk_usage.go: TYPE, TOTAL,
 * ACTIVE, SIZE, RECLAIMABLE; sizes in go-units `HumanSize`, the reclaimable share in whole percent).
 * Images count each layer once however many images share it; the reclaimable part of images is
 * everything but the layers only an image in use by a container has (as the CLI long computed it
 * from each image's size minus its shared size).
 */
import { dockerSizeText, type SizeBounds } from '../../../build/format';
import type { Layer } from '../../../build/types';
import type { Container } from '../../container/container';
import { flagOn, flagValue } from '../flags';
import { layerId } from '../image-id';
import { ok } from '../output';
import { Unknown } from '../template';
import type { CommandDefinition, DockerSession } from '../types';
import { formatList } from './format';

/** A size known between `low` and `high` bytes (`high` null: no upper bound). */
type Bounds = SizeBounds;

const add = (a: Bounds, b: Bounds): Bounds => ({
  low: a.low + b.low,
  high: a.high === null || b.high === null ? null : a.high + b.high,
});

const ZERO: Bounds = { low: 0, high: 0 };

/** go-units `HumanSize` (4 digits, as disk_usage.go prints) of what is known of a size. */
const boundsText = (b: Bounds): string => dockerSizeText(b, 4);

/**
 * RECLAIMABLE: the size and, when the total is over 0, its share in whole percent (integer
 * division, as disk_usage.go computes it). `part` and `rest` are disjoint and make up the total.
 */
function reclaimableText(part: Bounds, rest: Bounds, percent: boolean): string {
  const total = add(part, rest);
  const size = boundsText(part);
  if (!percent || (total.high !== null && total.high === 0 && total.low === 0)) return size;
  const share = (p: number, r: number) => (p + r > 0 ? Math.floor((p * 100) / (p + r)) : 0);
  // The smallest share: the least reclaimable against the most of the rest; the largest, the reverse.
  if (part.high === 0) return `${size} (0%)`;
  if (rest.high === 0) return `${size} (100%)`;
  if (part.high === null || rest.high === null) return `${size} (?%)`;
  const low = share(part.low, rest.high);
  const high = share(part.high, rest.low);
  return `${size} (${low === high ? low : `${low}-${high}`}%)`;
}

const layerBounds = (layer: Layer): Bounds =>
  layer.sizeRange
    ? { low: layer.sizeRange.low, high: layer.sizeRange.high }
    : { low: layer.sizeBytes, high: layer.sizeBytes };

/** The bytes a container's writable layer holds (what `docker ps -s` calls its size). */
function containerSize(c: Container): Bounds {
  let known = 0;
  let unknown = false;
  for (const change of c.fs.layer.values()) {
    if (change.op !== 'write') continue;
    if (change.node.size === null) unknown = true;
    else known += change.node.size;
  }
  // A program whose behaviour is not modelled may write files the model does not see.
  if (c.main === 'unknown') unknown = true;
  return { low: known, high: unknown ? null : known };
}

/** One row of the summary: a cell is text, or Unknown where the model cannot count. */
interface Row {
  Type: string;
  TotalCount: string | Unknown;
  Active: string | Unknown;
  Size: string | Unknown;
  Reclaimable: string | Unknown;
}

function imagesRow(session: DockerSession, containers: Container[]): { row: Row; ranged: boolean } {
  const layers = new Map<string, { bounds: Bounds; images: number; active: boolean }>();
  let activeImages = 0;
  for (const stored of session.images) {
    const active = containers.some((c) => c.image === stored.image);
    if (active) activeImages++;
    let below = '';
    const seen = new Set<string>();
    for (const layer of stored.image.layers) {
      below = layerId(layer, below);
      if (layer.empty || seen.has(below)) continue;
      seen.add(below);
      const entry = layers.get(below) ?? { bounds: layerBounds(layer), images: 0, active: false };
      entry.images++;
      // A layer only an image in use has is what removing unused images cannot free.
      entry.active = entry.active || active;
      layers.set(below, entry);
    }
  }
  let reclaimable = ZERO;
  let kept = ZERO;
  for (const entry of layers.values()) {
    if (entry.active && entry.images === 1) kept = add(kept, entry.bounds);
    else reclaimable = add(reclaimable, entry.bounds);
  }
  const total = add(reclaimable, kept);
  return {
    row: {
      Type: 'Images',
      TotalCount: String(session.images.length),
      Active: String(activeImages),
      Size: boundsText(total),
      Reclaimable: reclaimableText(reclaimable, kept, true),
    },
    ranged: total.high !== total.low,
  };
}

function containersRow(containers: Container[]): Row {
  let running = ZERO;
  let stopped = ZERO;
  for (const c of containers) {
    if (c.state === 'running') running = add(running, containerSize(c));
    else stopped = add(stopped, containerSize(c));
  }
  return {
    Type: 'Containers',
    TotalCount: String(containers.length),
    Active: String(containers.filter((c) => c.state === 'running').length),
    Size: boundsText(add(running, stopped)),
    Reclaimable: reclaimableText(stopped, running, true),
  };
}

const USAGE = `Usage:  docker system df [OPTIONS]

Show docker disk usage

Options:
      --format string   Format output using a custom template
  -v, --verbose         Show detailed information on space usage`;

/** The header of each placeholder of the summary (disk_usage.go). */
const DF_HEADERS = {
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
};

/** `docker system df`. */
export const systemDfCommand: CommandDefinition = {
  paths: [['system', 'df']],
  summary: 'Show docker disk usage',
  usage: USAGE,
  args: { none: true },
  flags: [
    { name: 'verbose', short: 'v', takesValue: false },
    { name: 'format', takesValue: true },
  ],
  run({ session, flags }) {
    if (flagOn(flags, 'verbose'))
      return {
        ...ok('', [
          'docker system df -v is not modelled: Docker would list each image (with its shared and unique size and container count), each container, each volume and each build cache record.',
        ]),
        unknown: true,
      };
    const containers = session.containers;
    const images = imagesRow(session, containers);
    const notes = [
      'Sizes are the simulator’s estimates, counted as the classic image store counts them: each layer once, however many images share it. With the containerd image store (the default on newer installations) Docker reports larger figures.',
    ];
    if (images.ranged)
      notes.push(
        'A range, ≥ or ? marks a size the simulator knows only in part (docker history shows which step).',
      );
    // Anonymous volumes come from an image's VOLUME; a removed container may have left its own.
    // Anonymous volumes come from an image's VOLUME; the simulator counts none of their bytes.
    const volumesKnown = !session.volumesLeft && containers.every((c) => c.image.config.volumes.length === 0);
    const noVolumes = new Unknown(
      'the simulator does not keep volumes (an image’s VOLUME gives each container an anonymous one, which a removed container may leave behind)',
    );
    const volumes: Row = volumesKnown
      ? { Type: 'Local Volumes', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' }
      : {
          Type: 'Local Volumes',
          TotalCount: noVolumes,
          Active: noVolumes,
          Size: noVolumes,
          Reclaimable: noVolumes,
        };
    const noCache = new Unknown(
      'the simulator keeps which build steps are cached, not BuildKit’s cache records and their sizes',
    );
    const cache: Row =
      session.cache.size === 0
        ? { Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' }
        : { Type: 'Build Cache', TotalCount: noCache, Active: '0', Size: noCache, Reclaimable: noCache };
    const rows = [images.row, containersRow(containers), volumes, cache];
    const format = flagValue(flags, 'format');
    // disk_usage.go `defaultDiskUsageTableFormat`.
    const r = formatList(
      format && format !== 'table'
        ? format
        : 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}',
      rows as unknown as Record<string, unknown>[],
      DF_HEADERS,
      { typeName: '*formatter.diskUsageImagesContext' },
    );
    return { ...r, notes: r.exitCode === 0 ? [...notes, ...r.notes] : r.notes };
  },
};
