/**
 * Containers: what `docker run` creates — an id and a name, the image, the command, its state,
 * its logs and its own writable layer — and how its main process runs: a program of this terminal
 * (`ls`, a shell), a program model of the simulator (the calculator), or one whose output the model
 * does not know.
 */
import { basename } from '../../build/fs/paths';
import { WELL_KNOWN_UIDS } from '../../build/effects/from';
import { formCommand, runImage } from '../../build/run/index';
import type { RunOutcome, SimulatedImage } from '../../build/types';
import { contentId } from '../docker/image-id';
import type { OutputChunk } from '../docker/types';
import { ContainerFs, type FsView } from './fs';
import { PROGRAMS, type ProcessContext, type ProcessResult, type UserInfo } from './programs';
import { resolveProgram, type Resolution } from './resolve';

export type ContainerState = 'created' | 'running' | 'exited';

/** One container of the session. */
export interface Container {
  id: string;
  name: string;
  /** The image as the learner named it (`calc`), shown by `docker ps`. */
  imageRef: string;
  image: SimulatedImage;
  /** The command Docker executes (ENTRYPOINT and CMD resolved, or the arguments given). */
  argv: string[];
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  state: ContainerState;
  /** True while `docker pause` has frozen a running container's processes. */
  paused?: boolean;
  /** The main process's exit code; null when the model cannot tell it. */
  exitCode: number | null;
  logs: OutputChunk[];
  fs: ContainerFs;
  env: Record<string, string>;
  workdir: string;
  user: UserInfo;
  /** `-p` mappings as given (`8080:80`). */
  ports: string[];
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  /** `--pid=container:X`: the container whose processes (and root, at /proc/1/root) this one sees. */
  pidOf: Container | null;
  /** How its main process behaves when it starts. */
  main: MainKind;
  /** The daemon's message when its process could not start (`docker start` repeats it). */
  startError?: string;
  /** Arguments `runImage` needs to replay a program model. */
  runArgs: { args?: string[]; entrypoint?: string[] | null };
}

/** What the main process is. */
export type MainKind = 'shell' | 'program' | 'model' | 'unknown' | 'failed';

/** A few of moby's name generator's adjectives and names (pkg/namesgenerator). */
const ADJECTIVES = [
  'admiring',
  'bold',
  'brave',
  'clever',
  'eager',
  'focused',
  'gifted',
  'happy',
  'jolly',
  'keen',
  'loving',
  'nifty',
  'quirky',
  'relaxed',
  'sharp',
  'upbeat',
];
const NAMES = [
  'hopper',
  'lovelace',
  'turing',
  'curie',
  'noether',
  'ritchie',
  'thompson',
  'torvalds',
  'hamilton',
  'goldberg',
  'knuth',
  'liskov',
  'babbage',
  'shannon',
  'wozniak',
  'kare',
];

/** A container id and a Docker-style name for the `n`-th container of a session. */
export function containerIdentity(n: number, seed: string): { id: string; name: string } {
  const id = contentId(`container\u0000${n}\u0000${seed}`);
  const a = Number.parseInt(id.slice(0, 4), 16);
  const b = Number.parseInt(id.slice(4, 8), 16);
  return { id, name: `${ADJECTIVES[a % ADJECTIVES.length]}_${NAMES[b % NAMES.length]}` };
}

/** The lines of a colon-separated account file (/etc/passwd, /etc/group) the image's model holds. */
function accountLines(image: SimulatedImage, path: string): string[][] {
  const text = image.textFiles?.[path] ?? '';
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(':'));
}

/**
 * The user `spec` (`-u` or USER: `name`, `uid`, `name:group`, `uid:gid`) as the image's /etc/passwd
 * and /etc/group give it; the well-known ids of root, nonroot and nobody where those are not listed.
 */
export function userInfo(spec: string, image: SimulatedImage): UserInfo {
  const [who = 'root', group] = spec.split(':');
  const names = image.users ?? [];
  const passwd = accountLines(image, '/etc/passwd');
  const groups = accountLines(image, '/etc/group');
  const groupName = (gid: number | null) =>
    gid === null ? null : (groups.find((g) => g[2] === String(gid))?.[0] ?? (gid === 0 ? 'root' : null));
  const id = (field: string | undefined) => (field && /^\d+$/.test(field) ? Number(field) : null);
  const groupId = (name: string) => {
    const g = groups.find((l) => l[0] === name)?.[2];
    return g && /^\d+$/.test(g) ? Number(g) : null;
  };
  const entry = /^\d+$/.test(who) ? passwd.find((l) => l[2] === who) : passwd.find((l) => l[0] === who);
  const home = entry?.[5] || undefined;
  // `uid:gid` and `name:group` name the group; else the user's own (passwd's gid).
  const chosenGid = (own: number | null) =>
    group === undefined ? own : /^\d+$/.test(group) ? Number(group) : groupId(group);
  if (/^\d+$/.test(who)) {
    const uid = Number(who);
    const name =
      entry?.[0] ??
      Object.entries(WELL_KNOWN_UIDS).find(([n, u]) => u === uid && names.includes(n))?.[0] ??
      null;
    const gid = chosenGid(entry ? id(entry[3]) : name ? uid : 0) ?? 0;
    return { name, uid, gid, group: group && !/^\d+$/.test(group) ? group : (groupName(gid) ?? name), home };
  }
  if (entry && id(entry[2]) !== null) {
    const gid = chosenGid(id(entry[3]));
    return { name: who, uid: id(entry[2]), gid, group: group ?? groupName(gid) ?? who, home };
  }
  const uid = WELL_KNOWN_UIDS[who] ?? null;
  return { name: who, uid, gid: uid, group: group ?? who };
}

/** The home folder of a user (passwd's; /root for root, / when unknown, as Docker sets HOME). */
function homeOf(user: UserInfo): string {
  if (user.home) return user.home;
  if (user.uid === 0) return '/root';
  if (user.name === 'nonroot') return '/home/nonroot';
  if (user.name === 'nobody') return '/nonexistent';
  return '/';
}

/**
 * The environment Docker gives the main process: PATH, HOSTNAME, TERM with -t, the image's ENV,
 * `-e` values, and HOME (moby's container environment order).
 */
export function containerEnv(
  image: SimulatedImage,
  hostname: string,
  tty: boolean,
  extra: Record<string, string>,
  user: UserInfo,
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: image.config.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: hostname,
  };
  if (tty) env.TERM = 'xterm';
  Object.assign(env, image.config.env, extra);
  env.HOME ??= homeOf(user);
  return env;
}

/** True when the image installs with apt (Debian, Ubuntu). */
export function aptFamily(image: SimulatedImage): boolean {
  return image.facts.packageManager === 'apt';
}

/** The OS release the catalog's package figures use, e.g. `ubuntu:22.04`. */
export function releaseOf(image: SimulatedImage): string | null {
  const n = image.base?.normalized ?? null;
  return n && /^(ubuntu|debian):/.test(n) ? n : null;
}

/** A process context for a program run in `c` (or through `fs` when given). */
export function processContext(
  c: Container,
  opts: {
    cwd?: string;
    env?: Record<string, string>;
    user?: UserInfo;
    stdin?: string | null;
    fs?: FsView;
    flavour?: 'gnu' | 'busybox';
    toolbox?: boolean;
    tty?: boolean;
  },
): ProcessContext {
  const fs = opts.fs ?? c.fs;
  const env = opts.env ?? c.env;
  const cwd = opts.cwd ?? c.workdir;
  return {
    fs,
    cwd,
    env,
    user: opts.user ?? c.user,
    stdin: opts.stdin ?? null,
    tty: opts.tty ?? c.tty,
    flavour: opts.flavour ?? 'gnu',
    aptFamily: aptFamily(c.image),
    release: releaseOf(c.image),
    which: (name) => {
      if (opts.toolbox && PROGRAMS[name]) return `/nix/var/nix/profiles/default/bin/${name}`;
      const r = resolveProgram(fs, name, env.PATH, cwd);
      return r.state === 'found' ? r.path : null;
    },
    whichUnknown: (name) => {
      if (opts.toolbox && PROGRAMS[name]) return null;
      const r = resolveProgram(fs, name, env.PATH, cwd);
      if (r.state !== 'unknown') return null;
      return r.onPath ? { why: r.onPath.why, candidate: r.onPath.candidate } : { why: r.why };
    },
    processes: processesOf(c),
  };
}

const userName = (u: UserInfo) => u.name ?? String(u.uid ?? 0);

/** What `ps` lists in `c`'s PID namespace (its own, or the one `--pid=container:` joined). */
function processesOf(c: Container): NonNullable<ProcessContext['processes']> {
  const owner = c.pidOf ?? c;
  // ps names users from its own container's /etc/passwd: another image's user shows as its uid.
  const ownerUser =
    owner === c || owner.user.uid === 0 ? userName(owner.user) : String(owner.user.uid ?? '?');
  const list = [{ pid: 1 as number | null, user: ownerUser, command: owner.argv.join(' ') }];
  if (c.pidOf) list.push({ pid: null, user: userName(c.user), command: c.argv.join(' ') });
  if (c.pidOf || basename(owner.argv[0] ?? '') !== 'ps')
    list.push({ pid: null, user: userName(c.user), command: 'ps' });
  return list;
}

/** Resolves a command in a container's filesystem. */
export function resolveIn(
  c: Container,
  fs: FsView,
  name: string,
  pathVar: string | undefined,
  cwd: string,
): Resolution {
  return resolveProgram(fs, name, pathVar, cwd);
}

/** Runs one of this terminal's programs. */
export function runProgram(impl: string, args: string[], ctx: ProcessContext): ProcessResult {
  const program = PROGRAMS[impl];
  if (!program)
    return { stdout: '', stderr: '', exitCode: 0, notes: [`${impl} is not simulated.`], unknown: true };
  try {
    return program(args, ctx);
  } catch (error) {
    return {
      stdout: '',
      stderr: '',
      exitCode: 1,
      notes: [`The simulator failed on ${impl}: ${error instanceof Error ? error.message : String(error)}`],
      unknown: true,
    };
  }
}

/** Runs the container's program model with `stdin` (closed after it). */
export function runModel(c: Container, stdin: string): RunOutcome {
  return runImage(
    {
      ...c.image,
      config: {
        ...c.image.config,
        user: c.user.name ?? String(c.user.uid ?? 'root'),
        env: c.env,
        workdir: c.workdir,
      },
    },
    { ...c.runArgs, stdin },
  );
}

/** The command Docker forms for `c`, or null when the image has none. */
export function formedArgv(image: SimulatedImage, runArgs: Container['runArgs']): string[] | null {
  return formCommand(image.config, runArgs)?.argv ?? null;
}

/**
 * `docker ps`'s COMMAND: the command cut to 20 characters with `…`, then quoted as Go's
 * `strconv.Quote` does (docker/cli cli/command/formatter/container.go `Command`).
 */
export function commandColumn(argv: string[], full = false): string {
  const text = argv.join(' ');
  const chars = [...text];
  const shown = chars.length > 20 && !full ? `${chars.slice(0, 19).join('')}…` : text;
  return goQuote(shown);
}

/** Go's `strconv.Quote` for printable text: `"` and `\\` escaped, control characters as escapes. */
export function goQuote(text: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '"': '\\"', '\\': '\\\\' };
  const body = [...text]
    .map((ch) => {
      if (named[ch]) return named[ch];
      const code = ch.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : ch;
    })
    .join('');
  return `"${body}"`;
}

/** Output chunks from a result, in order. */
export function chunks(stdout: string, stderr: string): OutputChunk[] {
  const out: OutputChunk[] = [];
  if (stdout) out.push({ stream: 'stdout', text: stdout });
  if (stderr) out.push({ stream: 'stderr', text: stderr });
  return out;
}
