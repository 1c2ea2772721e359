/**
 * `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`: creates a container and starts its main process.
 * The command is formed from ENTRYPOINT and CMD (lib/build/run); a program of the terminal's
 * (`ls`, `cat`, a shell…) runs over the container's filesystem, a program the simulator models
 * (the calculator) runs its model, and Docker's own error text comes from lib/build/run when the
 * executable is not there. `-it` attaches the terminal: the container's shell or program reads
 * what is typed. An image that is not built is pulled from the simulator's catalog when it knows it.
 */
import { commandFinds, entrypointSentence, followEntrypoint } from '../../../build/run/entrypoint-script';
import { normalizePath } from '../../../build/fs/paths';
import {
  chunks,
  containerEnv,
  containerIdentity,
  formedArgv,
  processContext,
  resolveIn,
  runModel,
  runProgram,
  userInfo,
  type Container,
} from '../../container/container';
import { ContainerFs, MountedFs } from '../../container/fs';
import {
  newShell,
  programStep,
  runShellLine,
  SHELL_IMPLS,
  type Foreground,
  type ProgramSession,
} from '../../container/shell';
import { flagOn, flagValue } from '../flags';
import { fail, NOT_A_TERMINAL, ok, withRunHelp } from '../output';
import { fullImageName } from './build-progress';
import { findImage, normalizeTag, referenceError, shortId, storeImage } from '../session';
import type { CommandDefinition, CommandResult, DockerSession, OutputChunk, StoredImage } from '../types';
import type { SimulatedImage } from '../../../build/types';
import { findContainer, noSuchContainer, unpublished } from './containers';
import { simulateDockerfile } from '../../../analyze';

const USAGE = `Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Create and run a new container from an image

Aliases:
  docker container run, docker run

Options:
  -d, --detach                Run container in background and print container ID
      --cap-add list          Add Linux capabilities
      --cap-drop list         Drop Linux capabilities
      --entrypoint string     Overwrite the default ENTRYPOINT of the image
  -e, --env list              Set environment variables
      --init                  Run an init inside the container that forwards signals and reaps processes
  -i, --interactive           Keep STDIN open even if not attached
      --name string           Assign a name to the container
      --network network       Connect a container to a network
      --pid string            PID namespace to use
  -p, --publish list          Publish a container's port(s) to the host
  -P, --publish-all           Publish all exposed ports to random ports
      --read-only             Mount the container's root filesystem as read only
      --rm                    Automatically remove the container and its associated anonymous volumes when it exits
      --security-opt list     Security Options
      --tmpfs list            Mount a tmpfs directory
  -t, --tty                   Allocate a pseudo-TTY
  -u, --user string           Username or UID (format: <name|uid>[:<group|gid>])
  -w, --workdir string        Working directory inside the container`;

/**
 * The ports a container publishes: each `-p`, and with `-P` every port the image exposes that no `-p`
 * maps, on a host port Docker picks (`80/tcp`, which the PORTS column shows as `0.0.0.0:?->80/tcp`).
 */
function publishedPorts(publish: string[], exposed: readonly string[]): string[] {
  return [...publish, ...unpublished(publish, exposed)];
}

/** A container's filesystem, with its `--tmpfs` mount points made (Docker creates a missing one). */
function containerFs(
  image: SimulatedImage,
  hostname: string,
  readOnly: boolean,
  tmpfs: string[],
): ContainerFs {
  const fs = new ContainerFs(image, hostname, readOnly, tmpfs);
  for (const mount of tmpfs)
    if (fs.stat(mount).state !== 'present')
      fs.write({
        path: mount,
        kind: 'dir',
        size: 4096,
        estimate: false,
        mode: 0o1777,
        content: null,
        origin: 'runtime',
      });
  return fs;
}

function unknownImage(ref: string): CommandResult {
  const name = normalizeTag(ref) ?? ref;
  return {
    stdout: '',
    stderr: `Unable to find image '${name}' locally\n`,
    exitCode: 125,
    notes: [
      `There is no registry here, and the simulator's catalog does not know ${name}. Build an image first, e.g. docker build -t ${name.replace(/:latest$/, '')} .`,
    ],
    clear: false,
  };
}

/**
 * An image the session has not built but the catalog knows (`ubuntu:22.04`, `busybox`,
 * distroless): "pulled" by simulating `FROM ref`. Null when the catalog does not know it.
 */
export function pullFromCatalog(
  session: DockerSession,
  ref: string,
): { stored: StoredImage; lines: string } | null {
  const tag = normalizeTag(ref);
  if (!tag || ref === 'scratch') return null;
  const result = simulateDockerfile(`FROM ${ref}\n`, { context: { files: [] } });
  if (!result.image?.base?.image) return null;
  const stored = storeImage(session, result.image, [tag]);
  const [repo, version] = [tag.slice(0, tag.lastIndexOf(':')), tag.slice(tag.lastIndexOf(':') + 1)];
  const path = repo.includes('/') ? repo : `library/${repo}`;
  return {
    stored,
    lines: `Unable to find image '${tag}' locally\n${version}: Pulling from ${path}\nStatus: Downloaded newer image for ${tag}\n`,
  };
}

const PULL_NOTE =
  'Pulled from the simulator’s catalog (no registry is reached): the layer and digest lines Docker prints are left out.';

/** The flags of `docker run` (and, for the subset it has, `docker exec`). */
const RUN_FLAGS = [
  { name: 'rm', takesValue: false },
  { name: 'interactive', short: 'i', takesValue: false },
  { name: 'tty', short: 't', takesValue: false },
  { name: 'detach', short: 'd', takesValue: false },
  { name: 'entrypoint', takesValue: true },
  { name: 'name', takesValue: true },
  { name: 'env', short: 'e', takesValue: true, repeatable: true },
  { name: 'workdir', short: 'w', takesValue: true },
  { name: 'user', short: 'u', takesValue: true },
  { name: 'publish', short: 'p', takesValue: true, repeatable: true },
  { name: 'publish-all', short: 'P', takesValue: false },
  { name: 'read-only', takesValue: false },
  { name: 'pid', takesValue: true },
  { name: 'network', takesValue: true },
  { name: 'net', takesValue: true },
  { name: 'platform', takesValue: true },
  { name: 'tmpfs', takesValue: true, repeatable: true },
  { name: 'cap-drop', takesValue: true, repeatable: true },
  { name: 'cap-add', takesValue: true, repeatable: true },
  { name: 'security-opt', takesValue: true, repeatable: true },
  { name: 'init', takesValue: false },
];

/**
 * What the simulator does with the hardening flags it accepts but does not model: capabilities,
 * security options and the init process change what a process may do, not what the model shows.
 */
export function hardeningNotes(flags: Map<string, string[]>): string[] {
  const notes: string[] = [];
  const caps = [
    ...(flags.get('cap-drop') ?? []).map((c) => `--cap-drop=${c}`),
    ...(flags.get('cap-add') ?? []).map((c) => `--cap-add=${c}`),
  ];
  const opts = (flags.get('security-opt') ?? []).map((o) => `--security-opt ${o}`);
  const unmodelled = [...caps, ...opts];
  if (unmodelled.length > 0)
    notes.push(
      `${unmodelled.join(', ')}: accepted, but Linux capabilities and security options are not modelled here, so nothing the simulated programs do changes.`,
    );
  if (flagOn(flags, 'init'))
    notes.push(
      '--init: Docker starts its small init (docker-init, which is tini) as PID 1; it runs the command as its child, forwards signals to it and reaps zombie processes. Signals are not modelled here.',
    );
  return notes;
}

/** The mount points of `--tmpfs /path[:options]`. */
export function tmpfsMounts(values: string[]): string[] {
  return values.map((v) => normalizePath(v.split(':')[0] || '/')).filter((p) => p !== '/');
}

/** `-e KEY=value` and `-e KEY` (taken from the host's environment, which is empty here). */
export function envFlags(values: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq > 0) env[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return env;
}

/** What starting a container's main process did. */
export interface Started {
  output: OutputChunk[];
  notes: string[];
  exitCode: number;
  foreground: Foreground | null;
  unknown: boolean;
}

/**
 * Starts `c`'s main process. With `attach` the terminal is its standard input (`-i` without a
 * pipe): a shell or a program then takes the foreground. `stdin` is piped input, or null.
 */
export function startMain(
  c: Container,
  opts: { attach: boolean; stdin: string | null; detach: boolean; now: number },
): Started {
  c.startedAt = opts.now;
  let argv = c.argv;
  const fs = c.pidOf ? new MountedFs(c.fs, '/proc/1/root', c.pidOf.fs) : c.fs;
  let found = resolveIn(c, fs, argv[0] ?? '', c.env.PATH, c.workdir);
  // An official image's entrypoint script execs the command it is given: run that command here.
  const script =
    found.state === 'found'
      ? followEntrypoint(found.node?.program, argv, (name) => {
          const r = resolveIn(c, fs, name, c.env.PATH, c.workdir);
          if (r.state === 'unknown') return 'unknown';
          // A BusyBox applet (no node of its own) is a command.
          return r.state === 'found' && (!r.node || commandFinds(r.node.kind, r.node.mode)) ? 'yes' : 'no';
        })
      : null;
  const scriptNotes = script && 'argv' in script ? [entrypointSentence(script)] : [];
  if (script && 'argv' in script && script.argv.length > 0 && script.argv[0] !== script.rule.main) {
    argv = script.argv;
    found = resolveIn(c, fs, argv[0] ?? '', c.env.PATH, c.workdir);
  }
  const finish = (
    output: OutputChunk[],
    code: number | null,
    notes: string[] = [],
    unknown = false,
  ): Started => {
    c.state = 'exited';
    c.exitCode = code;
    c.finishedAt = opts.now;
    c.logs.push(...output);
    return { output, notes: [...scriptNotes, ...notes], exitCode: code ?? 0, foreground: null, unknown };
  };
  if (found.state === 'found' && found.impl && SHELL_IMPLS.has(found.impl)) {
    c.main = 'shell';
    const shell = newShell(c, found.impl, { main: true, fs, flavour: found.flavour });
    const dashC = argv.indexOf('-c');
    if (dashC !== -1) {
      const r = runShellLine(shell, argv[dashC + 1] ?? '', false);
      return finish(
        r.output.filter((o) => o.stream !== 'note'),
        r.exitCode,
        r.output.filter((o) => o.stream === 'note').map((o) => o.text.trimEnd()),
        r.unknown,
      );
    }
    if (opts.attach || opts.detach) {
      // With -i (or -it -d) the shell waits for input; without -i its input is closed and it exits.
      if (opts.attach || c.interactive) {
        c.state = 'running';
        return {
          output: [],
          notes: scriptNotes,
          exitCode: 0,
          foreground: opts.attach ? shell : null,
          unknown: false,
        };
      }
    }
    if (opts.stdin !== null) {
      const r = runShellLine(shell, opts.stdin.replace(/\n/g, '; '), false);
      return finish(
        r.output.filter((o) => o.stream !== 'note'),
        r.exitCode,
        r.output.filter((o) => o.stream === 'note').map((o) => o.text.trimEnd()),
        r.unknown,
      );
    }
    return finish([], 0);
  }
  if (found.state === 'found' && found.impl) {
    c.main = 'program';
    const r = runProgram(
      found.impl,
      argv.slice(1),
      processContext(c, { fs, stdin: opts.stdin, flavour: found.flavour }),
    );
    return finish(chunks(r.stdout, r.stderr), r.unknown ? null : r.exitCode, r.notes, r.unknown === true);
  }
  if (found.state === 'unknown') {
    c.main = 'unknown';
    c.state = 'running';
    return {
      output: [],
      notes: [
        ...scriptNotes,
        `Can't tell whether the image has ${argv[0]}: ${found.why}. If it does, the container runs it; if not, Docker prints "executable file not found".`,
      ],
      exitCode: 0,
      foreground: null,
      unknown: true,
    };
  }
  // Absent (lib/build/run gives Docker's error) or a program that is not one of the terminal's.
  const first = runModel(c, opts.stdin ?? '');
  if (first.status === 'failed') {
    c.main = 'failed';
    c.state = 'created';
    c.exitCode = first.exitCode;
    // A create error is the CLI's to print (`docker: …` and the pointer to --help); what the
    // container's own process printed (exec format error) stays as it is.
    const stderr = first.stderr.startsWith('docker: ') ? `${withRunHelp(first.stderr)}\n` : first.stderr;
    // Kept without the CLI's pointer to --help: `docker start` prints the daemon's part of it.
    c.startError = first.stderr;
    return {
      output: chunks('', stderr),
      notes: [first.explanation],
      exitCode: first.exitCode,
      foreground: null,
      unknown: false,
    };
  }
  if (!first.outputSimulated) {
    c.main = 'unknown';
    c.state = 'running';
    return { output: [], notes: [first.explanation], exitCode: 0, foreground: null, unknown: true };
  }
  c.main = 'model';
  if (opts.attach) {
    const program = found.state === 'found' ? found.node?.program : undefined;
    const session: ProgramSession = {
      kind: 'program',
      container: c,
      lines: [],
      shownOut: 0,
      shownErr: 0,
      main: true,
      program,
      run: (input) => runModel(c, input),
    };
    c.state = 'running';
    const step = programStep(session);
    if (step.ended) return finish(step.output, step.exitCode);
    c.logs.push(...step.output);
    return { output: step.output, notes: [], exitCode: 0, foreground: session, unknown: false };
  }
  if (opts.detach && c.interactive) {
    // -di: its input stays open, so it waits at its first read.
    const waiting = programStep({
      kind: 'program',
      container: c,
      lines: [],
      shownOut: 0,
      shownErr: 0,
      main: true,
      run: (input) => runModel(c, input),
    });
    if (waiting.ended) return finish(waiting.output, waiting.exitCode);
    c.state = 'running';
    c.logs.push(...waiting.output);
    return { output: [], notes: [], exitCode: 0, foreground: null, unknown: false };
  }
  if (first.truncated && opts.detach) {
    c.state = 'running';
    c.logs.push(...chunks(first.stdout, first.stderr));
    return { output: [], notes: [first.explanation], exitCode: 0, foreground: null, unknown: false };
  }
  const notes = first.truncated
    ? [first.explanation, 'The program would go on like this; the simulator stopped it here.']
    : [];
  return finish(chunks(first.stdout, first.stderr), first.exitCode, notes);
}

/**
 * Removes a container from the session. `leavesVolumes`: the anonymous volumes its image's VOLUME
 * gave it stay behind (`docker rm` without -v, `container prune`); `--rm` removes them.
 */
export function removeContainer(session: DockerSession, c: Container, leavesVolumes = false): void {
  session.containers = session.containers.filter((x) => x !== c);
  if (leavesVolumes && c.image.config.volumes.length > 0) session.volumesLeft = true;
}

function run(
  session: DockerSession,
  flags: Map<string, string[]>,
  positional: string[],
  stdin: string | null,
): CommandResult {
  const [ref = '', ...args] = positional;
  const interactive = flagOn(flags, 'interactive');
  const tty = flagOn(flags, 'tty');
  const detach = flagOn(flags, 'detach');
  // The docker CLI refuses -it when its standard input is not a terminal (a pipe); not with -d.
  if (tty && interactive && stdin !== null && !detach) return fail(NOT_A_TERMINAL, 1);
  const badRef = referenceError(ref);
  if (badRef) return fail(withRunHelp(badRef), 125);
  const name = flagValue(flags, 'name');
  if (name !== null) {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name))
      // moby daemon/names.go.
      return fail(
        withRunHelp(
          `Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
        ),
        125,
      );
    const taken = session.containers.find((c) => c.name === name);
    // moby daemon/names.go: the conflict message names the container that holds the name.
    if (taken)
      return fail(
        withRunHelp(
          `Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${taken.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        ),
        125,
      );
  }
  let pidOf: Container | null = null;
  const pid = flagValue(flags, 'pid');
  if (pid !== null && pid.startsWith('container:')) {
    const target = findContainer(session, pid.slice('container:'.length));
    // moby daemon/oci_linux.go and container_operations_unix.go `getPIDContainer`, named as typed.
    const joined = pid.slice('container:'.length);
    if (!target)
      return fail(
        withRunHelp(`Error response from daemon: failed to join PID namespace: ${noSuchContainer(joined)}`),
        125,
      );
    if (target.state !== 'running')
      return fail(
        withRunHelp(
          `Error response from daemon: failed to join PID namespace: container ${joined} is not running`,
        ),
        125,
      );
    pidOf = target;
  }
  let stored = findImage(session, ref);
  let pulled = '';
  const notes: string[] = [];
  if (!stored) {
    const pull = pullFromCatalog(session, ref);
    if (!pull) return unknownImage(ref);
    stored = pull.stored;
    pulled = pull.lines;
    notes.push(PULL_NOTE);
  }
  const image = stored.image;
  const entrypoint = flagValue(flags, 'entrypoint');
  const runArgs = {
    args: args.length > 0 ? args : undefined,
    entrypoint: entrypoint === null ? undefined : entrypoint === '' ? [] : [entrypoint],
  };
  const argv = formedArgv(image, runArgs);
  if (!argv || argv.length === 0) {
    return {
      stdout: '',
      stderr: `${pulled}${withRunHelp('Error response from daemon: no command specified')}\n`,
      exitCode: 125,
      notes,
      clear: false,
    };
  }
  notes.push(...hardeningNotes(flags));
  session.created++;
  const identity = containerIdentity(session.created, stored.id);
  const user = userInfo(flagValue(flags, 'user') ?? (image.config.user || 'root'), image);
  const hostname = shortId(identity.id);
  const workdir = normalizePath(flagValue(flags, 'workdir') ?? (image.config.workdir || '/'));
  const c: Container = {
    id: identity.id,
    name: name ?? identity.name,
    imageRef: ref,
    image,
    argv,
    createdAt: session.now(),
    startedAt: null,
    finishedAt: null,
    state: 'created',
    exitCode: null,
    logs: [],
    fs: containerFs(image, hostname, flagOn(flags, 'read-only'), tmpfsMounts(flags.get('tmpfs') ?? [])),
    env: containerEnv(image, hostname, tty, envFlags(flags.get('env') ?? []), user),
    workdir,
    user,
    ports: publishedPorts(
      flags.get('publish') ?? [],
      flagOn(flags, 'publish-all') ? image.config.exposedPorts : [],
    ),
    autoRemove: flagOn(flags, 'rm'),
    tty,
    interactive,
    pidOf,
    main: 'program',
    runArgs,
  };
  session.containers.push(c);
  const attach = interactive && stdin === null && !detach;
  const started = startMain(c, { attach, stdin: interactive ? stdin : null, detach, now: session.now() });
  if (c.autoRemove && c.state === 'exited') removeContainer(session, c);
  if (started.foreground === null && c.state !== 'running' && c.main === 'failed' && c.autoRemove)
    removeContainer(session, c);
  const out = started.output;
  const stdoutText =
    detach && c.main !== 'failed'
      ? `${c.id}\n`
      : out
          .filter((o) => o.stream === 'stdout')
          .map((o) => o.text)
          .join('');
  const stderrText =
    pulled +
    (detach && c.main !== 'failed'
      ? ''
      : out
          .filter((o) => o.stream === 'stderr')
          .map((o) => o.text)
          .join(''));
  if (interactive && stdin === null && !attach && !detach) notes.push('Standard input is closed.');
  return {
    stdout: stdoutText,
    stderr: stderrText,
    exitCode: detach && c.main !== 'failed' ? 0 : started.exitCode,
    notes: [
      ...notes,
      ...(detach && c.main !== 'failed'
        ? started.notes.filter((n) => !/stopped it here/.test(n))
        : started.notes),
    ],
    clear: false,
    unknown: started.unknown,
    foreground: started.foreground ?? undefined,
  };
}

/** `docker run` (and `docker container run`). */
export const runCommand: CommandDefinition = {
  paths: [['run'], ['container', 'run']],
  summary: 'Create and run a new container from an image',
  usage: USAGE,
  interspersed: false,
  args: { min: 1 },
  flags: RUN_FLAGS,
  run: ({ session, flags, positional, stdin }) => run(session, flags, positional, stdin),
};

/**
 * `docker pull IMAGE`: from the simulator's catalog. "Using default tag" when none is given and the
 * full name last (docker/cli cli/command/image/pull.go); the layer and digest lines are left out.
 */
export const pullCommand: CommandDefinition = {
  paths: [['pull'], ['image', 'pull']],
  summary: 'Download an image from a registry',
  usage: 'Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nDownload an image from a registry',
  args: { exact: 1 },
  flags: [
    { name: 'platform', takesValue: true },
    { name: 'quiet', short: 'q', takesValue: false },
  ],
  run({ session, flags, positional }) {
    const ref = positional[0];
    const badRef = referenceError(ref);
    if (badRef) return fail(badRef, 1);
    const tag = normalizeTag(ref);
    const defaultTag = tag !== null && !/:[\w][\w.-]*$/.test(ref.slice(ref.lastIndexOf('/') + 1));
    const intro = defaultTag ? 'Using default tag: latest\n' : '';
    const existing = findImage(session, ref);
    const lines = (status: string) =>
      flagOn(flags, 'quiet')
        ? `${fullImageName(tag ?? ref)}\n`
        : `${intro}${tag?.split(':').pop()}: Pulling from ${familiarPath(tag ?? ref)}\n${status}\n${fullImageName(tag ?? ref)}\n`;
    if (existing && tag)
      return { ...ok(lines(`Status: Image is up to date for ${tag}`)), notes: [PULL_NOTE] };
    const pull = pullFromCatalog(session, ref);
    // What the registry would answer is not known here: no made-up error, the outcome is unknown.
    if (!pull)
      return {
        ...ok(intro),
        notes: [
          `There is no registry here, and the simulator's catalog does not know ${tag ?? ref}: whether a registry has it can't be told.`,
        ],
        unknown: true,
      };
    return { ...ok(lines(`Status: Downloaded newer image for ${tag}`)), notes: [PULL_NOTE] };
  },
};

/** The repository path a pull names: `library/ubuntu` for Docker Hub's official images. */
function familiarPath(tag: string): string {
  const repo = tag.slice(0, tag.lastIndexOf(':'));
  return repo.includes('/') ? repo : `library/${repo}`;
}
