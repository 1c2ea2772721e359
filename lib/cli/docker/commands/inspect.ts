/**
 * `docker image inspect IMAGE`, `docker container inspect C` and `docker inspect NAME`: a subset of
 * Docker's JSON (for an image Id, RepoTags, Config, Size, RootFS), indented with four spaces as
 * Docker prints it.
 */
import type { Container } from '../../container/container';
import { layerId } from '../image-id';
import { partial } from '../output';
import { findImage, noSuchImage } from '../session';
import type { CommandDefinition, CommandResult, DockerSession, StoredImage } from '../types';
import { findContainer, noSuchContainer } from './containers';
import { flagValue } from '../flags';
import type { DataShape } from '../template';
import { formatInspect } from './format';

const USAGE = `Usage:  docker image inspect [OPTIONS] IMAGE [IMAGE...]

Display detailed information on one or more images

Options:
  -f, --format string   Format output using a custom template`;

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
        ? Object.fromEntries(config.exposedPorts.map((p) => [p, {}]))
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

/** Session time as Docker's RFC 3339 timestamps; Docker's zero time for "never". */
function timestamp(ms: number | null): string {
  return ms === null ? '0001-01-01T00:00:00Z' : new Date(ms).toISOString();
}

/** A subset of `docker container inspect`'s JSON: what the simulator knows of the container. */
function containerDocument(session: DockerSession, c: Container): unknown {
  const stored = session.images.find((i) => i.image === c.image);
  return {
    Id: c.id,
    Created: timestamp(c.createdAt),
    Path: c.argv[0] ?? '',
    Args: c.argv.slice(1),
    State: {
      Status: c.paused ? 'paused' : c.state,
      Running: c.state === 'running',
      Paused: c.paused === true,
      Restarting: false,
      Dead: false,
      // 0 until the process exits (moby container/state.go `SetRunning`); left out when unknown.
      ExitCode: c.state === 'exited' ? (c.exitCode ?? undefined) : 0,
      StartedAt: timestamp(c.startedAt),
      FinishedAt: timestamp(c.finishedAt),
    },
    Image: stored ? `sha256:${stored.id}` : undefined,
    Name: `/${c.name}`,
    HostConfig: {
      AutoRemove: c.autoRemove,
      ReadonlyRootfs: c.fs.readOnly,
    },
    Config: {
      Hostname: c.fs.hostname,
      User: c.user.name ?? String(c.user.uid ?? ''),
      Tty: c.tty,
      OpenStdin: c.interactive,
      Env: Object.entries(c.env).map(([k, v]) => `${k}=${v}`),
      Cmd: c.argv,
      Image: c.imageRef,
      WorkingDir: c.workdir === '/' ? '' : c.workdir,
    },
  };
}

/** The inspect documents in Go: fields holding maps print as `map[k:v]`. */
const INSPECT_SHAPE: DataShape = { typeName: null, maps: new Set(['Labels', 'ExposedPorts', 'Volumes']) };

/**
 * Objects found by a lookup, and the errors for the others (docker/cli cli/command/inspect), as
 * indented JSON or through `--format`.
 */
function inspectAll(
  refs: string[],
  lookup: (ref: string) => unknown,
  missing: (ref: string) => string,
  note: string,
  format: string | null,
): CommandResult {
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    const doc = lookup(ref);
    if (doc !== null) found.push(doc);
    else errors.push(missing(ref));
  }
  const notes = found.length > 0 ? [note] : [];
  if (format) {
    const r = formatInspect(format, found, INSPECT_SHAPE);
    if ('exitCode' in r) return r;
    return partial(r.stdout, [...errors, ...r.errors], [...notes, ...r.notes]);
  }
  // An empty result prints `[]` (docker/cli cli/command/inspect/inspector.go, jsonInspector.Flush).
  const json = `${JSON.stringify(found, null, 4)}\n`;
  return partial(json, errors, notes);
}

const FORMAT_FLAG = { name: 'format', short: 'f', takesValue: true };

const IMAGE_NOTE = 'Size is the simulator’s estimate; the ids are derived from content.';
const CONTAINER_NOTE =
  'A subset of Docker’s fields: what the simulator knows of the container (no process id, network or mounts).';

/** `docker image inspect`: the daemon's "No such image" (moby daemon/images/image.go). */
export const imageInspectCommand: CommandDefinition = {
  paths: [['image', 'inspect']],
  summary: null,
  usage: USAGE,
  args: { min: 1 },
  flags: [FORMAT_FLAG],
  run: ({ session, flags, positional }) =>
    inspectAll(
      positional,
      (ref) => {
        const stored = findImage(session, ref);
        return stored ? document(stored) : null;
      },
      noSuchImage,
      IMAGE_NOTE,
      flagValue(flags, 'format'),
    ),
};

/** `docker container inspect`: the daemon's "No such container" (moby daemon/container/view.go). */
export const containerInspectCommand: CommandDefinition = {
  paths: [['container', 'inspect']],
  summary: null,
  usage:
    'Usage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]\n\nDisplay detailed information on one or more containers\n\nOptions:\n  -f, --format string   Format output using a custom template\n  -s, --size            Display total file sizes',
  args: { min: 1 },
  flags: [{ name: 'size', short: 's', takesValue: false }, FORMAT_FLAG],
  run: ({ session, flags, positional }) =>
    inspectAll(
      positional,
      (ref) => {
        const c = findContainer(session, ref);
        return c ? containerDocument(session, c) : null;
      },
      (ref) => `Error response from daemon: ${noSuchContainer(ref)}`,
      CONTAINER_NOTE,
      flagValue(flags, 'format'),
    ),
};

/**
 * `docker inspect`: a container first, then an image, as the CLI tries them; "error: no such
 * object" when neither (docker/cli cli/command/system/inspect.go).
 */
export const inspectCommand: CommandDefinition = {
  paths: [['inspect']],
  summary: 'Return low-level information on Docker objects',
  usage: USAGE.replace('docker image inspect', 'docker inspect').replace(
    'IMAGE [IMAGE...]',
    'NAME|ID [NAME|ID...]',
  ),
  args: { min: 1 },
  flags: [{ name: 'type', takesValue: true }, FORMAT_FLAG, { name: 'size', short: 's', takesValue: false }],
  run({ session, flags, positional }) {
    // `--type container|image` looks for that kind only; without it a container is tried first.
    const type = flagValue(flags, 'type');
    const lookup = (ref: string) => {
      const c = type === 'image' ? null : findContainer(session, ref);
      if (c) return { c, doc: containerDocument(session, c) };
      const stored = type === 'container' ? null : findImage(session, ref);
      return stored ? { c: null, doc: document(stored) } : null;
    };
    const found = positional.map(lookup);
    return inspectAll(
      positional,
      (ref) => found[positional.indexOf(ref)]?.doc ?? null,
      (ref) => `error: no such object: ${ref}`,
      found.some((f) => f?.c) ? CONTAINER_NOTE : IMAGE_NOTE,
      flagValue(flags, 'format'),
    );
  },
};
