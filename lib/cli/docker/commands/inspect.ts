/**
 * `docker image inspect IMAGE` / `docker inspect IMAGE`: a subset of Docker's JSON (Id, RepoTags,
 * Config, Size, RootFS), indented with four spaces as Docker prints it.
 */
import type { StoredImage } from '../types';
import { layerId } from '../image-id';
import { needsArguments, partial } from '../output';
import { findImage } from '../session';
import type { CommandDefinition, CommandResult } from '../types';

const USAGE = `Usage:  docker image inspect [OPTIONS] IMAGE [IMAGE...]

Display detailed information on one or more images`;

function document(stored: StoredImage): unknown {
  const { config } = stored.image;
  const layers: string[] = [];
  let below = '';
  for (const layer of stored.image.layers) {
    below = layerId(layer, below);
    if (!layer.empty) layers.push(`sha256:${below}`);
  }
  return {
    Id: `sha256:${stored.id}`,
    RepoTags: stored.tags,
    Architecture: 'amd64',
    Os: 'linux',
    Config: {
      User: config.user === 'root' ? '' : config.user,
      ExposedPorts: config.exposedPorts.length
        ? Object.fromEntries(config.exposedPorts.map((p) => [p.includes('/') ? p : `${p}/tcp`, {}]))
        : undefined,
      Env: Object.entries(config.env).map(([k, v]) => `${k}=${v}`),
      Cmd: config.cmd,
      Volumes: config.volumes.length ? Object.fromEntries(config.volumes.map((v) => [v, {}])) : null,
      WorkingDir: config.workdir === '/' ? '' : config.workdir,
      Entrypoint: config.entrypoint,
      Labels: Object.keys(config.labels).length ? config.labels : null,
      StopSignal: config.stopSignal ?? undefined,
    },
    Size: stored.image.sizeBytes,
    RootFS: { Type: 'layers', Layers: layers },
  };
}

function inspect(missing: (ref: string) => string): CommandDefinition['run'] {
  return ({ session, positional, displayName }): CommandResult => {
    if (positional.length === 0) return needsArguments(displayName, 'at least 1');
    const found: StoredImage[] = [];
    const errors: string[] = [];
    for (const ref of positional) {
      const stored = findImage(session, ref);
      if (stored) found.push(stored);
      else errors.push(missing(ref));
    }
    const json = `${JSON.stringify(found.map(document), null, 4)}\n`;
    const notes =
      found.length > 0 ? ['Size is the simulator’s estimate; the ids are derived from content.'] : [];
    return partial(json, errors, notes);
  };
}

/** `docker image inspect`. */
export const imageInspectCommand: CommandDefinition = {
  paths: [['image', 'inspect']],
  summary: null,
  usage: USAGE,
  flags: [],
  run: inspect((ref) => `Error: No such image: ${ref}`),
};

/** `docker inspect`: the same for images, the only objects the session has. */
export const inspectCommand: CommandDefinition = {
  paths: [['inspect']],
  summary: 'Return low-level information on Docker objects',
  usage: USAGE.replace('docker image inspect', 'docker inspect').replace(
    'IMAGE [IMAGE...]',
    'NAME|ID [NAME|ID...]',
  ),
  flags: [],
  run: inspect((ref) => `Error: No such object: ${ref}`),
};
