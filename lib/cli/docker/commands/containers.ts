/**
 * Container commands: `docker ps`, `logs`, `exec`, `stop`, `start`, `restart`, `rm`, `cp`, `diff`,
 * `top`, `container prune` and Docker Desktop's `docker debug`, with the docker CLI's output formats
 * and the daemon's error texts (moby daemon/*.go, docker/cli cli/command/container/*.go).
 */
import { formatSize } from '../../../build/format';
import { withProtocol } from '../../../build/simulate/metadata';
import { normalizePath } from '../../../build/fs/paths';
import {
  commandColumn,
  containerEnv,
  processContext,
  resolveIn,
  runProgram,
  userInfo,
  type Container,
} from '../../container/container';
import { ContainerFs, MountedFs } from '../../container/fs';
import { newShell, runShellLine, SHELL_IMPLS, type ConfirmSession } from '../../container/shell';
import { flagOn, flagValue } from '../flags';
import { fail, goTime, humanDuration, NOT_A_TERMINAL, ok, partial, table } from '../output';
import { Unknown } from '../template';
import { filterNotModelled, formatList } from './format';
import { familiarName, findImage, shortId } from '../session';
import type { CommandDefinition, CommandResult, DockerSession, OutputChunk } from '../types';
import { envFlags, removeContainer, startMain } from './run';
import { psFilter } from './filters';

/** The daemon's answer for an unknown container. */
export function noSuchContainer(ref: string): string {
  return `No such container: ${ref}`;
}

/** The daemon's error for a container `ref` that does not exist, as a command's result (exit 1). */
export function noSuchContainerError(ref: string): CommandResult {
  return fail(`Error response from daemon: ${noSuchContainer(ref)}`, 1);
}

/** The container `ref` names: its name, its full id, or an unambiguous id prefix. */
export function findContainer(session: DockerSession, ref: string): Container | null {
  const byName = session.containers.find((c) => c.name === ref.replace(/^\//, ''));
  if (byName) return byName;
  if (!/^[0-9a-f]+$/.test(ref)) return null;
  const matches = session.containers.filter((c) => c.id.startsWith(ref));
  return matches.length === 1 ? matches[0] : null;
}

/** `Up 2 minutes`, `Exited (0) 5 seconds ago`, `Created` (docker/cli container State/Status). */
export function statusText(c: Container, now: number): string {
  // moby container/state.go `String`: a paused container is "Up … (Paused)".
  if (c.state === 'running')
    return `Up ${humanDuration(now - (c.startedAt ?? now))}${c.paused ? ' (Paused)' : ''}`;
  if (c.state === 'created') return 'Created';
  return `Exited (${c.exitCode ?? '?'}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
}

/** A `-p` mapping as given (docker run's --publish) (`8080:80`, `127.0.0.1:8080:80/udp`, `80`). */
export interface Published {
  container: string;
  hostIp: string | null;
  /** Null when Docker picks the host port (`-p 80`, `-p 127.0.0.1::80`): the model cannot tell it. */
  hostPort: string | null;
}

export function parseMapping(spec: string): Published | null {
  const [addr, proto = 'tcp'] = spec.split('/');
  const parts = addr.split(':');
  if (parts.some((p) => p.includes('-')) || parts.length > 3) return null;
  const container = `${parts[parts.length - 1]}/${proto}`;
  if (parts.length === 1) return { container, hostIp: null, hostPort: null };
  const hostPort = parts[parts.length - 2] || null;
  return { container, hostIp: parts.length === 3 ? parts[0] : null, hostPort };
}

/** Go's `net.JoinHostPort`: an IPv6 address in brackets. */
const joinHostPort = (host: string, port: string) =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;

/** The host addresses a mapping listens on: both wildcards unless `-p` named an address. */
export function frontends(p: Published, hostPort: string): string[] {
  return p.hostIp
    ? [joinHostPort(p.hostIp, hostPort)]
    : [joinHostPort('0.0.0.0', hostPort), joinHostPort('::', hostPort)];
}

/** The exposed ports (`80/tcp`) no `-p` spec publishes. */
export function unpublished(specs: readonly string[], exposed: readonly string[]): string[] {
  const mapped = new Set(
    specs.map((spec) => parseMapping(spec)?.container ?? withProtocol(spec.split(':').pop() ?? spec)),
  );
  return exposed.filter((e) => !mapped.has(e));
}

/** The PORTS column: published ports (`0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`) or exposed ones. */
export function portsText(c: Container): string {
  if (c.state !== 'running') return '';
  const published = c.ports.flatMap((spec) => {
    const m = parseMapping(spec);
    // A range (`8000-8010:80`): which host port Docker gives is not modelled.
    if (!m) return [`0.0.0.0:?->${spec.split(':').pop()}`];
    // A host port Docker picks is not known here.
    return m.hostPort === null
      ? [`${m.hostIp ?? '0.0.0.0'}:?->${m.container}`]
      : frontends(m, m.hostPort).map((f) => `${f}->${m.container}`);
  });
  return [...published, ...unpublished(c.ports, c.image.config.exposedPorts)].join(', ');
}

/** The header of each `docker ps --format` placeholder (docker/cli cli/command/formatter/container.go). */
const PS_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
  HealthStatus: 'HEALTH STATUS',
  IPAddresses: 'IP ADDRESSES',
};

/** A container's `docker ps --format` placeholders: what the model knows, Unknown for the rest. */
function psFields(c: Container, now: number, full: boolean): Record<string, unknown> {
  const unknown = (what: string) => new Unknown(`the simulator does not model a container's ${what}`);
  return {
    ID: full ? c.id : shortId(c.id),
    Names: c.name,
    Image: familiarName(c.imageRef),
    Command: commandColumn(c.argv, full),
    CreatedAt: goTime(c.createdAt),
    RunningFor: `${humanDuration(now - c.createdAt)} ago`,
    Ports: portsText(c),
    State: c.paused ? 'paused' : c.state,
    Status: statusText(c, now),
    Size: unknown('size (.Size)'),
    Labels: unknown('labels (.Labels)'),
    Mounts: unknown('mounts (.Mounts)'),
    LocalVolumes: unknown('volumes (.LocalVolumes)'),
    Networks: unknown('networks (.Networks)'),
    Platform: unknown('platform (.Platform)'),
    HealthStatus: unknown('health status (.HealthStatus)'),
    IPAddresses: unknown('IP addresses (.IPAddresses)'),
  };
}

function psCommand(paths: string[][], summary: string): CommandDefinition {
  return {
    paths,
    summary,
    usage: `Usage:  docker ps [OPTIONS]

List containers

Options:
  -a, --all             Show all containers (default shows just running)
  -f, --filter filter   Filter output based on conditions provided
  -l, --latest          Show the latest created container (includes all states)
      --no-trunc        Don't truncate output
  -q, --quiet           Only display container IDs
      --format string   Format output using a custom template`,
    args: { none: true },
    flags: [
      { name: 'all', short: 'a', takesValue: false },
      { name: 'quiet', short: 'q', takesValue: false },
      { name: 'latest', short: 'l', takesValue: false },
      { name: 'no-trunc', takesValue: false },
      { name: 'format', takesValue: true },
      { name: 'filter', short: 'f', takesValue: true, repeatable: true },
    ],
    run({ session, flags }) {
      const filters = flags.get('filter') ?? [];
      const filter = filters.length > 0 ? psFilter(session, filters) : null;
      if (filter?.kind === 'error') return fail(filter.message, 1, [filter.hint]);
      if (filter?.kind === 'unmodelled') return filterNotModelled('docker ps', filters);
      const now = session.now();
      let list = [...session.containers].reverse();
      if (flagOn(flags, 'latest')) list = list.slice(0, 1);
      else if (!flagOn(flags, 'all') && !filter?.all) list = list.filter((c) => c.state === 'running');
      // An exit code the model cannot tell leaves `exited=N` unanswered for that container.
      const untold =
        filters.some((f) => /^exited=/i.test(f)) &&
        list.some((c) => c.state === 'exited' && c.exitCode === null);
      if (filter?.kind === 'ok') list = list.filter(filter.keep);
      const listed = (r: CommandResult): CommandResult =>
        untold
          ? {
              ...r,
              notes: [
                ...(r.notes ?? []),
                'Some stopped containers’ exit codes are not known to the model, so whether they match exited= cannot be told; they are left out.',
              ],
              unknown: true,
            }
          : r;
      const full = flagOn(flags, 'no-trunc');
      const id = (c: Container) => (full ? c.id : shortId(c.id));
      if (flagOn(flags, 'quiet')) return listed(ok(list.map((c) => `${id(c)}\n`).join('')));
      const format = flagValue(flags, 'format');
      if (format && format !== 'table')
        return listed(
          formatList(
            format,
            list.map((c) => psFields(c, now, full)),
            PS_HEADERS,
            { typeName: '*formatter.ContainerContext' },
          ),
        );
      const rows = list.map((c) => [
        id(c),
        familiarName(c.imageRef),
        commandColumn(c.argv, full),
        `${humanDuration(now - c.createdAt)} ago`,
        statusText(c, now),
        portsText(c),
        c.name,
      ]);
      return listed(
        ok(table(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], rows)),
      );
    },
  };
}

/** Runs `fn` on each named container, printing each name as Docker does (stop, start, rm…). */
export function eachContainer(
  session: DockerSession,
  positional: string[],
  fn: (c: Container, ref: string) => string | null,
  ignoreMissing = false,
): CommandResult {
  const out: string[] = [];
  const errors: string[] = [];
  for (const ref of positional) {
    const c = findContainer(session, ref);
    if (!c) {
      // `docker rm -f` passes over a container that is not there (docker/cli rm.go).
      if (!ignoreMissing) errors.push(`Error response from daemon: ${noSuchContainer(ref)}`);
      continue;
    }
    const error = fn(c, ref);
    if (error) errors.push(error);
    else out.push(ref);
  }
  return partial(out.map((o) => `${o}\n`).join(''), errors);
}

const STOP_NOTE = (c: Container) =>
  c.main === 'shell'
    ? 'A shell as PID 1 ignores SIGTERM, so Docker waited its 10 seconds and sent SIGKILL: exit code 137.'
    : `docker stop sends SIGTERM and, 10 seconds later, SIGKILL. How ${c.argv[0]} answers SIGTERM as PID 1 is not modelled, so its exit code is unknown.`;

function stop(session: DockerSession, c: Container): string[] {
  if (c.state !== 'running') return [];
  c.state = 'exited';
  // A paused container is thawed after the signal is sent, so it stops as a running one does
  // (moby daemon/kill.go `killWithSignal`: "kill signal will be sent once resume is finished").
  c.paused = false;
  c.finishedAt = session.now();
  c.exitCode = c.main === 'shell' ? 137 : null;
  session.foreground = session.foreground.filter((f) => f.kind === 'confirm' || f.container !== c);
  if (c.autoRemove) removeContainer(session, c);
  return [STOP_NOTE(c)];
}

function start(session: DockerSession, c: Container): string[] {
  if (c.state === 'running') return [];
  const r = startMain(c, { attach: false, stdin: null, detach: true, now: session.now() });
  return r.notes;
}

/** The daemon's message inside a `docker run` error the container's log kept. */
function daemonMessage(c: Container): string {
  const text = (c.startError ?? '')
    .trim()
    .replace(/^docker: /, '')
    .replace(/^Error response from daemon: /, '')
    .replace(/: unknown\.$/, ': unknown');
  return text || 'failed to start';
}

/**
 * `docker start`: each container's name on success; a failure prints the daemon's error and the
 * CLI ends with "failed to start containers: …" (docker/cli cli/command/container/start.go
 * `startContainersWithoutAttachments`), exit 1.
 */
function startEach(session: DockerSession, refs: string[]): CommandResult {
  let stdout = '';
  let stderr = '';
  const failed: string[] = [];
  const notes: string[] = [];
  for (const ref of refs) {
    const c = findContainer(session, ref);
    if (!c) {
      stderr += `Error response from daemon: ${noSuchContainer(ref)}\n`;
      failed.push(ref);
      continue;
    }
    // moby daemon/start.go `ContainerStart`: a paused container cannot be started.
    if (c.paused) {
      stderr += 'Error response from daemon: cannot start a paused container, try unpause instead\n';
      failed.push(ref);
      continue;
    }
    if (c.state !== 'running') notes.push(...start(session, c));
    if (c.main === 'failed') {
      stderr += `Error response from daemon: ${daemonMessage(c)}\n`;
      failed.push(ref);
      continue;
    }
    stdout += `${ref}\n`;
  }
  if (failed.length > 0) stderr += `failed to start containers: ${failed.join(', ')}\n`;
  return { stdout, stderr, exitCode: failed.length > 0 ? 1 : 0, notes: [...new Set(notes)], clear: false };
}

function lifecycle(name: 'stop' | 'start' | 'restart' | 'kill', summary: string): CommandDefinition {
  return {
    paths: [[name], ['container', name]],
    summary,
    usage: `Usage:  docker ${name} [OPTIONS] CONTAINER [CONTAINER...]\n\n${summary}`,
    args: { min: 1 },
    flags: [
      { name: 'time', short: 't', takesValue: true },
      { name: 'signal', short: 's', takesValue: true },
    ],
    run({ session, positional }) {
      const notes: string[] = [];
      if (name === 'start') return startEach(session, positional);
      const r = eachContainer(session, positional, (c, ref) => {
        if (name === 'kill') {
          // moby daemon/server/router/container/container_routes.go names the container as typed.
          if (c.state !== 'running')
            return `Error response from daemon: cannot kill container: ${ref}: container ${c.id} is not running`;
          stop(session, c);
          c.exitCode = 137;
          return null;
        }
        notes.push(...stop(session, c));
        if (name === 'restart') notes.push(...start(session, c));
        return null;
      });
      return { ...r, notes: [...new Set(notes)] };
    },
  };
}

const rmCommand: CommandDefinition = {
  paths: [['rm'], ['container', 'rm']],
  summary: 'Remove one or more containers',
  usage:
    'Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n\nOptions:\n  -f, --force   Force the removal of a running container (uses SIGKILL)',
  args: { min: 1 },
  flags: [
    { name: 'force', short: 'f', takesValue: false },
    { name: 'volumes', short: 'v', takesValue: false },
  ],
  run({ session, flags, positional }) {
    return eachContainer(
      session,
      positional,
      (c, ref) => {
        // moby daemon/delete.go `containerRm`: the container as typed, then its state.
        if (c.state === 'running' && !flagOn(flags, 'force'))
          return `Error response from daemon: cannot remove container "${ref.replace(/^\/+|\/+$/g, '')}": container is running: stop the container before removing or force remove`;
        session.foreground = session.foreground.filter((f) => f.kind === 'confirm' || f.container !== c);
        removeContainer(session, c, !flagOn(flags, 'volumes'));
        return null;
      },
      flagOn(flags, 'force'),
    );
  },
};

/** `--tail N`: the last N lines of the log, both streams counted together; `all` or none keeps all. */
export function tailLines(logs: OutputChunk[], tail: string | null): OutputChunk[] {
  if (tail === null || tail === 'all' || !/^\d+$/.test(tail)) return logs;
  const lines = logs.flatMap((l) =>
    (l.text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((text) => ({ stream: l.stream, text })),
  );
  const n = Number(tail);
  return n === 0 ? [] : lines.slice(-n);
}

const logsCommand: CommandDefinition = {
  paths: [['logs'], ['container', 'logs']],
  summary: 'Fetch the logs of a container',
  usage: 'Usage:  docker logs [OPTIONS] CONTAINER\n\nFetch the logs of a container',
  args: { exact: 1 },
  flags: [
    { name: 'follow', short: 'f', takesValue: false },
    { name: 'tail', short: 'n', takesValue: true },
    { name: 'timestamps', short: 't', takesValue: false },
  ],
  run({ session, flags, positional }) {
    const c = findContainer(session, positional[0]);
    if (!c) return noSuchContainerError(positional[0]);
    const notes: string[] = [];
    const logs = tailLines(c.logs, flagValue(flags, 'tail'));
    if (c.state === 'running' && c.main === 'model')
      notes.push('The program is still running: the model shows its first rounds of output.');
    if (c.main === 'unknown')
      notes.push(`What ${c.argv[0]} prints is not simulated, so its logs are unknown.`);
    return {
      stdout: logs
        .filter((l) => l.stream === 'stdout')
        .map((l) => l.text)
        .join(''),
      stderr: logs
        .filter((l) => l.stream === 'stderr')
        .map((l) => l.text)
        .join(''),
      exitCode: 0,
      notes,
      clear: false,
    };
  },
};

/**
 * `docker exec`'s error when the program is not in the container: runc's exec wording
 * (opencontainers/runc exec.go "exec failed: %w", libcontainer/container_linux.go "unable to start
 * container process: %w", Go's os/exec LookPath), with containerd's `OCI runtime exec failed: `
 * and `: unknown`. The daemon writes it to the exec's output stream (moby
 * daemon/server/router/container/exec.go) and sets exit code 127 for a command not found (moby
 * daemon/errors.go `setExitCodeFromError`).
 */
export function execNotFound(name: string): string {
  const what = name.includes('/')
    ? `stat ${name}: no such file or directory`
    : 'executable file not found in $PATH';
  return `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": ${what}: unknown`;
}

const execCommand: CommandDefinition = {
  paths: [['exec'], ['container', 'exec']],
  summary: 'Execute a command in a running container',
  usage: `Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]

Execute a command in a running container

Options:
  -e, --env list          Set environment variables
  -i, --interactive       Keep STDIN open even if not attached
  -t, --tty               Allocate a pseudo-TTY
  -u, --user string       Username or UID (format: "<name|uid>[:<group|gid>]")
  -w, --workdir string    Working directory inside the container`,
  interspersed: false,
  args: { min: 2 },
  flags: [
    { name: 'interactive', short: 'i', takesValue: false },
    { name: 'tty', short: 't', takesValue: false },
    { name: 'detach', short: 'd', takesValue: false },
    { name: 'env', short: 'e', takesValue: true, repeatable: true },
    { name: 'user', short: 'u', takesValue: true },
    { name: 'workdir', short: 'w', takesValue: true },
  ],
  run({ session, flags, positional, stdin }) {
    const [ref, name, ...args] = positional;
    const c = findContainer(session, ref);
    if (!c) return noSuchContainerError(ref);
    const interactive = flagOn(flags, 'interactive');
    // The CLI checks the terminal after finding the container, before the daemon checks its state.
    if (interactive && flagOn(flags, 'tty') && stdin !== null && !flagOn(flags, 'detach'))
      return fail(NOT_A_TERMINAL, 1);
    // moby daemon/exec.go `getActiveContainer`: errNotRunning.
    if (c.state !== 'running') return fail(`Error response from daemon: container ${c.id} is not running`, 1);
    // moby daemon/exec.go `getActiveContainer`: errExecPaused, with the container as typed.
    if (c.paused)
      return fail(
        `Error response from daemon: Container ${ref} is paused, unpause the container before exec`,
        1,
      );
    const user = flagValue(flags, 'user') ? userInfo(flagValue(flags, 'user') ?? 'root', c.image) : c.user;
    const env = {
      ...containerEnv(c.image, c.fs.hostname, flagOn(flags, 'tty'), envFlags(flags.get('env') ?? []), user),
      ...c.env,
      ...envFlags(flags.get('env') ?? []),
    };
    const cwd = normalizePath(flagValue(flags, 'workdir') ?? c.workdir);
    const fs = c.pidOf ? new MountedFs(c.fs, '/proc/1/root', c.pidOf.fs) : c.fs;
    const found = resolveIn(c, fs, name, env.PATH, cwd);
    const detach = flagOn(flags, 'detach');
    // With -d the daemon answers the start request itself: its error, exit 1 (moby
    // daemon/server/router/container/exec.go returns it when detached).
    if (found.state === 'absent' && detach)
      return fail(`Error response from daemon: ${execNotFound(name)}`, 1);
    if (found.state === 'absent')
      return { stdout: `${execNotFound(name)}\n`, stderr: '', exitCode: 127, notes: [], clear: false };
    if (detach && found.state === 'found') {
      // The process runs in the background; what it prints goes nowhere the CLI shows.
      if (found.impl && !SHELL_IMPLS.has(found.impl))
        runProgram(
          found.impl,
          args,
          processContext(c, { fs, cwd, env, user, stdin: null, flavour: found.flavour }),
        );
      else if (found.impl && args.includes('-c')) {
        const shell = newShell(c, found.impl, { main: false, fs, flavour: found.flavour });
        Object.assign(shell, { cwd, env, user });
        runShellLine(shell, args[args.indexOf('-c') + 1] ?? '', false);
      }
      return ok('', ['docker exec -d runs the command in the background: its output is not shown.']);
    }
    if (found.state === 'unknown')
      return {
        stdout: '',
        stderr: '',
        exitCode: 0,
        notes: [`Can't tell whether the container has ${name}: ${found.why}.`],
        clear: false,
        unknown: true,
      };
    if (found.impl && SHELL_IMPLS.has(found.impl)) {
      const shell = newShell(c, found.impl, { main: false, fs, flavour: found.flavour });
      shell.cwd = cwd;
      shell.env = env;
      shell.user = user;
      const dashC = args.indexOf('-c');
      if (dashC !== -1 || stdin !== null) {
        const r = runShellLine(
          shell,
          dashC !== -1 ? (args[dashC + 1] ?? '') : (stdin ?? '').replace(/\n/g, '; '),
          false,
        );
        return fromOutput(r.output, r.exitCode, r.unknown);
      }
      if (!interactive) return ok('');
      return { ...ok(''), foreground: shell };
    }
    if (found.impl) {
      const r = runProgram(
        found.impl,
        args,
        processContext(c, { fs, cwd, env, user, stdin, flavour: found.flavour }),
      );
      return {
        stdout: r.stdout,
        stderr: r.stderr,
        exitCode: r.exitCode,
        notes: r.notes,
        clear: false,
        unknown: r.unknown,
      };
    }
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [`${name} runs in the container, but the model does not know what it prints.`],
      clear: false,
      unknown: true,
    };
  },
};

function fromOutput(output: OutputChunk[], exitCode: number, unknown?: boolean): CommandResult {
  return {
    stdout: output
      .filter((o) => o.stream === 'stdout')
      .map((o) => o.text)
      .join(''),
    stderr: output
      .filter((o) => o.stream === 'stderr')
      .map((o) => o.text)
      .join(''),
    exitCode,
    notes: output.filter((o) => o.stream === 'note').map((o) => o.text.trimEnd()),
    clear: false,
    unknown,
  };
}

const diffCommand: CommandDefinition = {
  paths: [['diff'], ['container', 'diff']],
  summary: "Inspect changes to files or directories on a container's filesystem",
  usage:
    "Usage:  docker diff CONTAINER\n\nInspect changes to files or directories on a container's filesystem",
  args: { exact: 1 },
  flags: [],
  run({ session, positional }) {
    const c = findContainer(session, positional[0]);
    if (!c) return noSuchContainerError(positional[0]);
    return ok(
      c.fs
        .diff()
        .map((d) => `${d.kind} ${d.path}\n`)
        .join(''),
    );
  },
};

const topCommand: CommandDefinition = {
  paths: [['top'], ['container', 'top']],
  summary: 'Display the running processes of a container',
  usage: 'Usage:  docker top CONTAINER [ps OPTIONS]\n\nDisplay the running processes of a container',
  args: { min: 1 },
  interspersed: false,
  flags: [],
  run({ session, positional }) {
    const c = findContainer(session, positional[0]);
    if (!c) return noSuchContainerError(positional[0]);
    if (c.state !== 'running') return fail(`Error response from daemon: container ${c.id} is not running`, 1);
    const uid = c.user.name ?? String(c.user.uid ?? '?');
    return ok(
      table(
        ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
        [[uid, '?', '?', '?', '?', c.tty ? 'pts/0' : '?', '?', c.argv.join(' ')]],
        20,
      ),
      ['docker top shows host process ids and times, which the simulator does not have (shown as ?).'],
    );
  },
};

/**
 * The tar stream `docker cp` sends for one file of `size` bytes: a 512-byte header, the content
 * padded to 512-byte blocks, and the two zero blocks that end an archive (POSIX ustar; Go's
 * archive/tar `Writer.Close`).
 */
export function tarBytes(size: number): number {
  return 512 + Math.ceil(Math.max(0, size) / 512) * 512 + 1024;
}

/**
 * "Successfully copied 1.8MB (transferred 1.81MB) to …", on standard error: the content's size and,
 * when it differs, the archive's (docker/cli cli/command/container/cp.go `copySummary`, v29.4 and
 * later), in go-units `HumanSizeWithPrecision(n, 3)`.
 */
export function copySummary(size: number, dest: string): string {
  const content = formatSize(size);
  const sent = formatSize(tarBytes(size));
  return `Successfully copied ${content}${tarBytes(size) !== size ? ` (transferred ${sent})` : ''} to ${dest}\n`;
}

/** `docker cp CONTAINER:SRC DEST` and `docker cp SRC CONTAINER:DEST`; the host side is the build context. */
const cpCommand: CommandDefinition = {
  paths: [['cp'], ['container', 'cp']],
  summary: 'Copy files/folders between a container and the local filesystem',
  usage:
    'Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nCopy files/folders between a container and the local filesystem',
  args: { exact: 2 },
  flags: [
    { name: 'quiet', short: 'q', takesValue: false },
    { name: 'archive', short: 'a', takesValue: false },
    { name: 'follow-link', short: 'L', takesValue: false },
  ],
  run({ session, flags, positional }) {
    const quiet = flagOn(flags, 'quiet');
    const [src, dest] = positional;
    const split = (s: string) => {
      const i = s.indexOf(':');
      return i > 0 && !s.startsWith('/') && !s.startsWith('.')
        ? { ref: s.slice(0, i), path: s.slice(i + 1) }
        : null;
    };
    const from = split(src);
    const to = split(dest);
    // docker/cli cp.go `runCopy`.
    if (from && to) return fail('copying between containers is not supported', 1);
    if (!from && !to) return fail('must specify at least one container source', 1);
    const ref = (from ?? to)!.ref;
    const c = findContainer(session, ref);
    if (!c) return noSuchContainerError(ref);
    if (from) {
      const s = c.fs.stat(normalizePath(from.path, c.workdir));
      if (s.state === 'absent')
        return fail(
          `Error response from daemon: Could not find the file ${from.path} in container ${ref}`,
          1,
        );
      if (s.state === 'unknown')
        return {
          ...ok(''),
          notes: [`Can't tell whether ${from.path} is in the container: ${s.why}.`],
          unknown: true,
        };
      const name = dest.replace(/^\.\//, '').replace(/\/$/, '') || from.path.split('/').pop() || 'file';
      const hostPath =
        dest.endsWith('/') || dest === '.'
          ? `${dest === '.' ? '' : dest.replace(/^\.\//, '')}${from.path.split('/').pop()}`
          : name;
      session.hostFiles = session.hostFiles.filter((f) => f.path !== hostPath);
      session.hostFiles.push({
        path: hostPath,
        sizeBytes: s.node.size ?? 0,
        ...(s.node.content !== null ? { content: s.node.content } : {}),
      });
      const notes = [
        ...(s.node.estimate ? ['The size is the model’s estimate.'] : []),
        'Docker names the destination by its absolute path on your machine; here the build context stands for it.',
      ];
      return {
        stdout: '',
        stderr: quiet ? '' : s.node.size === null ? '' : copySummary(s.node.size, dest),
        exitCode: 0,
        notes:
          s.node.size === null
            ? [...notes, 'The file’s size is not known, so the summary line is left out.']
            : notes,
        clear: false,
        unknown: s.node.size === null || undefined,
      };
    }
    const hostPath = src.replace(/^\.\//, '');
    const file = [...session.hostFiles, ...session.context.files].find((f) => f.path === hostPath);
    if (!file) return fail(`lstat ${hostPath}: no such file or directory`, 1);
    if (c.fs.readOnly) return fail('Error response from daemon: container rootfs is marked read-only', 1);
    const target = normalizePath(to!.path, c.workdir);
    const d = c.fs.stat(target);
    const path =
      d.state === 'present' && d.node.kind === 'dir'
        ? `${target === '/' ? '' : target}/${hostPath.split('/').pop()}`
        : target;
    c.fs.write({
      path,
      kind: 'regular',
      size: file.sizeBytes,
      estimate: false,
      mode: 0o644,
      content: file.content ?? null,
      origin: 'container',
    });
    return {
      stdout: '',
      stderr: quiet ? '' : copySummary(file.sizeBytes, `${to!.ref}:${to!.path}`),
      exitCode: 0,
      notes: [],
      clear: false,
    };
  },
};

const pruneCommand: CommandDefinition = {
  paths: [['container', 'prune']],
  summary: 'Remove all stopped containers',
  usage:
    'Usage:  docker container prune [OPTIONS]\n\nRemove all stopped containers\n\nOptions:\n  -f, --force   Do not prompt for confirmation',
  args: { none: true },
  flags: [{ name: 'force', short: 'f', takesValue: false }],
  run({ session, flags }) {
    const prune = () => {
      const gone = session.containers.filter((c) => c.state !== 'running');
      for (const c of gone) removeContainer(session, c, true);
      const bytes = gone.reduce(
        (sum, c) =>
          sum +
          [...c.fs.layer.values()].reduce((n, ch) => n + (ch.op === 'write' ? (ch.node.size ?? 0) : 0), 0),
        0,
      );
      const lines = gone.length > 0 ? `Deleted Containers:\n${gone.map((c) => `${c.id}\n`).join('')}\n` : '';
      // docker/cli cli/command/container/prune.go: go-units HumanSize (4 digits).
      return `${lines}Total reclaimed space: ${formatSize(bytes, 4)}\n`;
    };
    if (flagOn(flags, 'force')) return ok(prune());
    const confirm: ConfirmSession = {
      kind: 'confirm',
      prompt: 'Are you sure you want to continue? [y/N] ',
      onYes: () => ({ output: [{ stream: 'stdout', text: prune() }], exitCode: 0 }),
    };
    return { ...ok('WARNING! This will remove all stopped containers.\n'), foreground: confirm };
  },
};

/**
 * `docker debug CONTAINER|IMAGE` (Docker Desktop): a shell with its own toolbox (mounted at /nix,
 * invisible to the container) beside the container's filesystem, even where the image has no
 * shell (docs.docker.com/reference/cli/docker/debug/).
 */
const debugCommand: CommandDefinition = {
  paths: [['debug']],
  summary: 'Get a shell into any container or image',
  usage:
    'Usage:  docker debug [OPTIONS] {CONTAINER|IMAGE}\n\nGet a shell into any container or image. An alternative to debugging with `docker exec`.',
  args: { min: 1 },
  flags: [{ name: 'shell', takesValue: true }],
  run({ session, positional, stdin }) {
    if (stdin !== null) return fail('the input device is not a TTY', 1);
    let c = findContainer(session, positional[0]);
    if (!c) {
      // An image: Docker Debug starts a throwaway container from it.
      const stored = findImage(session, positional[0]);
      if (!stored) return noSuchContainerError(positional[0]);
      const hostname = shortId(stored.id);
      const user = userInfo(stored.image.config.user || 'root', stored.image);
      c = {
        id: stored.id,
        name: positional[0],
        imageRef: positional[0],
        image: stored.image,
        argv: [],
        createdAt: session.now(),
        startedAt: null,
        finishedAt: null,
        state: 'running',
        exitCode: null,
        logs: [],
        fs: new ContainerFs(stored.image, hostname),
        env: containerEnv(stored.image, hostname, true, {}, user),
        workdir: stored.image.config.workdir || '/',
        user,
        ports: [],
        autoRemove: true,
        tty: true,
        interactive: true,
        pidOf: null,
        main: 'unknown',
        runArgs: {},
      };
    }
    const shell = newShell(c, 'bash', { main: false, debug: true });
    // The toolbox shell runs as root whatever the image's USER is.
    shell.user = { name: 'root', uid: 0, gid: 0, group: 'root' };
    shell.env = { ...shell.env, HOME: '/root' };
    const banner = [
      'This is an attach shell: changes to the container’s files are seen by the container;',
      'the toolbox in /nix is not. Builtins: install, uninstall, entrypoint, builtins.',
      '',
    ].join('\n');
    return {
      ...ok(banner, [
        'Docker Debug (Docker Desktop) gives this shell its own toolbox: ls, cat, find, curl… work even where the image has none. Its banner is abridged here.',
      ]),
      foreground: shell,
    };
  },
};

/** The container commands of the table. */
export const CONTAINER_COMMANDS: CommandDefinition[] = [
  psCommand([['ps'], ['container', 'ls'], ['container', 'list'], ['container', 'ps']], 'List containers'),
  execCommand,
  logsCommand,
  lifecycle('stop', 'Stop one or more running containers'),
  lifecycle('start', 'Start one or more stopped containers'),
  lifecycle('restart', 'Restart one or more containers'),
  lifecycle('kill', 'Kill one or more running containers'),
  rmCommand,
  cpCommand,
  diffCommand,
  topCommand,
  pruneCommand,
  debugCommand,
];
