/**
 * What runs in the terminal's foreground inside a container: an interactive shell (bash, dash,
 * BusyBox ash, or Docker Debug's toolbox shell), a program reading its standard input line by line
 * (the calculator behind `docker run -it calc`), or a y/N question. Each line typed goes to the
 * foreground; `exit`, Ctrl+D and Ctrl+C end it as in a real terminal.
 */
import { joinPath, walkScript } from '../../shell';
import type { RunOutcome } from '../../build/types';
import type { OutputChunk } from '../docker/types';
import { chunks, processContext, resolveIn, runModel, runProgram, type Container } from './container';
import type { FsView } from './fs';
import { printfFormat, type UserInfo } from './programs';

/** An interactive shell in a container. */
export interface ShellSession {
  kind: 'shell';
  container: Container;
  fs: FsView;
  /** Which shell: its prompt and messages differ. `debug` is Docker Debug's toolbox shell. */
  name: 'bash' | 'sh' | 'ash' | 'debug';
  cwd: string;
  env: Record<string, string>;
  user: UserInfo;
  lastExit: number;
  /** True when the shell is the container's main process: leaving it stops the container. */
  main: boolean;
  /** True while it runs a script (`bash -c`, piped input) rather than lines typed at its prompt. */
  script?: boolean;
}

/** A program reading standard input from the terminal. */
export interface ProgramSession {
  kind: 'program';
  container: Container;
  /** Lines typed so far. */
  lines: string[];
  /** How much of its output is already on the screen. */
  shownOut: number;
  shownErr: number;
  main: boolean;
  /** The program model's id (e.g. `go-calculator`), when known. */
  program?: string;
  /** Runs the program over `stdin`, closed after it. */
  run(stdin: string): RunOutcome;
}

/** A y/N question (`docker container prune`). */
export interface ConfirmSession {
  kind: 'confirm';
  prompt: string;
  onYes(): { output: OutputChunk[]; exitCode: number };
}

export type Foreground = ShellSession | ProgramSession | ConfirmSession;

/** What one line (or key) did in the foreground. */
export interface Step {
  output: OutputChunk[];
  exitCode: number;
  /** The foreground ended (it is popped). */
  ended: boolean;
  /** A foreground it started (a nested shell, a program). */
  push?: Foreground;
  unknown?: boolean;
}

function homeShown(sh: ShellSession): string {
  const home = sh.env.HOME;
  if (home && home !== '/' && (sh.cwd === home || sh.cwd.startsWith(`${home}/`)))
    return `~${sh.cwd.slice(home.length)}`;
  return sh.cwd;
}

/** The prompt a shell shows. */
export function shellPrompt(sh: ShellSession): string {
  const mark = sh.user.uid === 0 ? '#' : '$';
  switch (sh.name) {
    case 'bash':
      // Debian's and Ubuntu's /etc/bash.bashrc: PS1='${debian_chroot:+($debian_chroot)}\u@\h:\w\$ '
      return `${sh.user.name ?? `I have no name!`}@${sh.fs.hostname}:${homeShown(sh)}${mark} `;
    case 'ash':
      // BusyBox ash's default PS1 is '\w \$ '.
      return `${homeShown(sh)} ${mark} `;
    case 'debug':
      return `${sh.user.name ?? 'root'}@${sh.fs.hostname} ${sh.cwd} [${sh.container.name}]\ndocker > `;
    default:
      // dash prints '# ' for root and '$ ' otherwise.
      return `${mark} `;
  }
}

/** A shell for `container`, from the program's implementation name. */
export function newShell(
  container: Container,
  impl: string,
  opts: { main: boolean; fs?: FsView; debug?: boolean; flavour?: 'gnu' | 'busybox' },
): ShellSession {
  const name = opts.debug ? 'debug' : opts.flavour === 'busybox' ? 'ash' : impl === 'bash' ? 'bash' : 'sh';
  return {
    kind: 'shell',
    container,
    fs: opts.fs ?? container.fs,
    name,
    cwd: container.workdir,
    env: { ...container.env },
    user: container.user,
    lastExit: 0,
    main: opts.main,
  };
}

/**
 * Where bash says an error comes from: `bash: ` at its prompt, `bash: line 1: ` in a script or
 * `bash -c` (bash 5.1 and later; bash error.c `get_name_for_error` with the line number).
 */
function bashWhere(sh: ShellSession): string {
  return sh.script ? 'bash: line 1: ' : 'bash: ';
}

function notFound(sh: ShellSession, word: string): string {
  const slash = word.includes('/');
  if (sh.name === 'bash' || sh.name === 'debug')
    return `${bashWhere(sh)}${word}: ${slash ? 'No such file or directory' : 'command not found'}`;
  if (sh.name === 'ash') return `sh: ${word}: not found`;
  return `sh: 1: ${word}: not found`;
}

/** Programs the terminal runs as its own shell. */
export const SHELL_IMPLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash']);

/** Runs one simple command in the shell (builtins, then programs found on PATH). */
function runSimple(
  sh: ShellSession,
  argv: string[],
  stdin: string | null,
  interactive: boolean,
): Step & { stdout: string } {
  const [name = '', ...args] = argv;
  const plain = (
    stdout: string,
    stderr = '',
    exitCode = 0,
    notes: string[] = [],
  ): Step & { stdout: string } => ({
    stdout,
    output: [
      ...(stderr ? [{ stream: 'stderr' as const, text: stderr }] : []),
      ...notes.map((n) => ({ stream: 'note' as const, text: `${n}\n` })),
    ],
    exitCode,
    ended: false,
  });
  switch (name) {
    case '':
      return plain('');
    case 'exit':
      return {
        ...plain(''),
        exitCode: args[0] ? Number.parseInt(args[0], 10) & 255 : sh.lastExit,
        ended: true,
      };
    case 'cd': {
      const target = args[0] === undefined || args[0] === '~' ? (sh.env.HOME ?? '/') : args[0];
      const path = target.startsWith('/') ? target : `${sh.cwd}/${target}`;
      const s = sh.fs.stat(path);
      if (s.state === 'present' && (s.node.kind === 'dir' || s.node.kind === 'bulk')) {
        const parts: string[] = [];
        for (const p of path.split('/')) {
          if (p === '' || p === '.') continue;
          if (p === '..') parts.pop();
          else parts.push(p);
        }
        sh.cwd = `/${parts.join('/')}`;
        return plain('');
      }
      if (s.state === 'unknown') return plain('', '', 0, [`Can't tell whether ${target} exists: ${s.why}.`]);
      const why = s.state === 'present' ? 'Not a directory' : 'No such file or directory';
      const msg =
        sh.name === 'bash' || sh.name === 'debug'
          ? `${bashWhere(sh)}cd: ${target}: ${why}`
          : sh.name === 'ash'
            ? `sh: cd: can't cd to ${target}: ${why}`
            : `sh: 1: cd: can't cd to ${target}`;
      return plain('', `${msg}\n`, sh.name === 'sh' ? 2 : 1);
    }
    case 'export':
      for (const a of args) {
        const eq = a.indexOf('=');
        if (eq > 0) sh.env[a.slice(0, eq)] = a.slice(eq + 1);
      }
      return plain('');
    case 'echo':
    case 'printf':
    case 'pwd':
    case 'true':
    case 'false':
      // Builtins in every shell: they run even where the image has no such program.
      return resultStep(runProgram(name, args, ctxFor(sh, stdin, undefined, interactive)));
    default:
  }
  const found =
    sh.name === 'debug' && runProgramExists(name)
      ? ({ state: 'found', path: name, node: null, impl: name, flavour: 'gnu', presumed: null } as const)
      : resolveIn(sh.container, sh.fs, name, sh.env.PATH, sh.cwd);
  if (found.state === 'absent') return plain('', `${notFound(sh, name)}\n`, 127);
  if (found.state === 'unknown')
    return {
      ...plain('', '', 0, [`Can't tell whether this image has ${name}: ${found.why}.`]),
      unknown: true,
    };
  const notes = found.presumed ? [] : [];
  if (found.impl && SHELL_IMPLS.has(found.impl)) {
    const c = args.indexOf('-c');
    const nested = newShell(sh.container, found.impl, { main: false, fs: sh.fs, flavour: found.flavour });
    nested.cwd = sh.cwd;
    nested.env = { ...sh.env };
    if (c !== -1) {
      const r = runShellLine(nested, args[c + 1] ?? '', false);
      return { ...r, stdout: '', ended: false };
    }
    if (!interactive) return plain('');
    return { ...plain(''), push: nested };
  }
  if (found.impl) {
    const r = runProgram(
      found.impl,
      args,
      ctxFor(sh, stdin, sh.name === 'debug' ? 'gnu' : found.flavour, interactive),
    );
    return {
      ...resultStep(r),
      output: [...resultStep(r).output, ...notes.map((n) => ({ stream: 'note' as const, text: `${n}\n` }))],
    };
  }
  if (found.node?.program) {
    const runArgs = { entrypoint: [found.path], args };
    const run = (input: string) =>
      runModel({ ...sh.container, runArgs, env: sh.env, workdir: sh.cwd }, input);
    if (interactive && stdin === null) {
      const session: ProgramSession = {
        kind: 'program',
        container: sh.container,
        lines: [],
        shownOut: 0,
        shownErr: 0,
        main: false,
        program: found.node.program,
        run,
      };
      const first = programStep(session);
      return { ...first, stdout: '', ended: false, push: first.ended ? undefined : session };
    }
    const out = run(stdin ?? '');
    return {
      stdout: out.stdout,
      output: [
        ...chunks('', out.stderr),
        ...(out.truncated ? [{ stream: 'note' as const, text: `${out.explanation}\n` }] : []),
      ],
      exitCode: out.exitCode,
      ended: false,
    };
  }
  return {
    ...plain('', '', 0, [
      `${name} runs here, but the model does not know what it prints: its output is not simulated.`,
    ]),
    unknown: true,
  };
}

function runProgramExists(name: string): boolean {
  return (
    name !== '' &&
    !SHELL_IMPLS.has(name) &&
    [
      'ls',
      'cat',
      'head',
      'tail',
      'wc',
      'find',
      'du',
      'stat',
      'readlink',
      'file',
      'ldd',
      'env',
      'id',
      'whoami',
      'which',
      'uname',
      'touch',
      'mkdir',
      'rm',
      'cp',
      'curl',
      'wget',
      'hostname',
    ].includes(name)
  );
}

function ctxFor(
  sh: ShellSession,
  stdin: string | null,
  flavour: 'gnu' | 'busybox' = sh.name === 'ash' ? 'busybox' : 'gnu',
  tty = true,
) {
  return processContext(sh.container, {
    cwd: sh.cwd,
    env: sh.env,
    user: sh.user,
    stdin,
    fs: sh.fs,
    flavour,
    toolbox: sh.name === 'debug',
    tty: tty && sh.container.tty,
  });
}

function resultStep(r: {
  stdout: string;
  stderr: string;
  exitCode: number;
  notes: string[];
  unknown?: boolean;
}): Step & { stdout: string } {
  return {
    stdout: r.stdout,
    output: [
      ...(r.stderr ? [{ stream: 'stderr' as const, text: r.stderr }] : []),
      ...r.notes.map((n) => ({ stream: 'note' as const, text: `${n}\n` })),
    ],
    exitCode: r.exitCode,
    ended: false,
    unknown: r.unknown,
  };
}

/** Writes a redirection's text into the container's filesystem; an error line when it cannot. */
function redirectTo(sh: ShellSession, target: string, text: string, append: boolean): string | null {
  if (target === '/dev/null') return null;
  const path = joinPath(sh.cwd, target);
  // bash: `bash: /x: Read-only file system`; dash: `sh: 1: cannot create /x: …`; ash: `sh: can't create /x: …`.
  const say = (why: string) =>
    sh.name === 'ash'
      ? `sh: can't create ${target}: ${why}`
      : sh.name === 'sh'
        ? `sh: 1: cannot create ${target}: ${why}`
        : `${bashWhere(sh)}${target}: ${why}`;
  if (sh.fs.readOnly && !sh.fs.inTmpfs(path)) return say('Read-only file system');
  const parent = sh.fs.stat(path.slice(0, path.lastIndexOf('/')) || '/');
  if (parent.state === 'absent') return say('No such file or directory');
  const old = sh.fs.stat(path);
  const before = append && old.state === 'present' ? (old.node.content ?? '') : '';
  sh.fs.write({
    path,
    kind: 'regular',
    size: null,
    estimate: false,
    mode: 0o644,
    content: before + text,
    origin: 'container',
  });
  const written = sh.fs.lstat(path);
  if (written.state === 'present') written.node.size = new TextEncoder().encode(before + text).length;
  return null;
}

/**
 * Runs a command line in a shell, read and walked by lib/shell: `|`, `&&`, `||`, `;`, `cd`,
 * `export`, `$VAR` and `$?`, redirections into the container's files, `sh -c`. `interactive` is
 * false for `sh -c` and piped shells.
 */
export function runShellLine(sh: ShellSession, line: string, interactive = true): Step {
  sh.script = !interactive;
  const output: OutputChunk[] = [];
  let unknown = false;
  let ended = false;
  let push: Foreground | undefined;
  let exitCode = sh.lastExit;
  // `$?` outside single quotes: the walker expands named variables only.
  const expanded = line.replace(
    /('[^']*')|\$\?/g,
    (m, quoted: string | undefined) => quoted ?? String(sh.lastExit),
  );
  const walked = walkScript(
    expanded,
    {
      vars: { ...sh.env, '?': String(sh.lastExit) },
      cwd: sh.cwd,
      readFile: (path) => {
        const s = sh.fs.stat(path);
        return s.state === 'present' ? s.node.content : null;
      },
    },
    (inv) => {
      if (ended || push) return { status: 0 };
      sh.cwd = inv.cwd;
      const outFile = inv.redirects.find(
        (r) =>
          (r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>' || r.op === '&>>') &&
          (r.fd === null || r.fd === 1),
      );
      const errFile = inv.redirects.find((r) => (r.op === '>' || r.op === '>>') && r.fd === 2);
      const errToOut =
        inv.redirects.some((r) => r.op === '>&' && r.fd === 2 && r.target === '1') ||
        inv.redirects.some((r) => r.op === '&>' || r.op === '&>>');
      const env = { ...sh.env };
      for (const [k, v] of Object.entries(inv.env)) env[k] = v;
      const saved = sh.env;
      sh.env = env;
      const r = runSimple(sh, inv.argv, inv.stdin ?? null, interactive && !inv.piped && !outFile);
      sh.env = saved;
      unknown = unknown || r.unknown === true;
      let stdout = r.stdout;
      let errors = r.output
        .filter((o) => o.stream === 'stderr')
        .map((o) => o.text)
        .join('');
      if (errToOut) {
        stdout += errors;
        errors = '';
      }
      if (errFile && errors) {
        const e = redirectTo(sh, errFile.target, errors, errFile.op === '>>');
        errors = e ? `${e}\n` : '';
      }
      if (outFile) {
        const e = redirectTo(sh, outFile.target, stdout, outFile.op === '>>' || outFile.op === '&>>');
        if (e) {
          output.push({ stream: 'stderr', text: `${e}\n` });
          // dash fails a redirection with status 2, bash and ash with 1.
          exitCode = sh.name === 'sh' ? 2 : 1;
          return { status: exitCode };
        }
        stdout = '';
      }
      if (!inv.piped && stdout) output.push({ stream: 'stdout', text: stdout });
      if (errors) output.push({ stream: 'stderr', text: errors });
      output.push(...r.output.filter((o) => o.stream === 'note'));
      exitCode = r.exitCode;
      if (r.ended) ended = true;
      if (r.push) push = r.push;
      return { status: r.exitCode, stdout: inv.piped ? stdout : undefined };
    },
  );
  if (!push) sh.cwd = walked.cwd;
  const { '?': _status, ...vars } = walked.vars;
  void _status;
  sh.env = vars;
  exitCode = walked.status ?? exitCode;
  sh.lastExit = exitCode;
  return { output, exitCode, ended, push, unknown: unknown || walked.status === null };
}

function commonPrefix(texts: string[]): string {
  let n = 0;
  const first = texts[0] ?? '';
  while (n < first.length && texts.every((t) => t[n] === first[n])) n++;
  return first.slice(0, n);
}

/**
 * The program's answer to what was typed so far. What it prints before reading the next line is
 * what every continuation has in common: the input closing (Ctrl+D), `exit`, or an arbitrary line.
 * When all three give the same finished run, the program has ended.
 */
export function programStep(p: ProgramSession): Step {
  const typed = p.lines.map((l) => `${l}\n`).join('');
  const runs = [p.run(typed), p.run(`${typed}exit\n`), p.run(`${typed}\u0001\n`)];
  const same = runs.every(
    (r) =>
      r.stdout === runs[0].stdout &&
      r.stderr === runs[0].stderr &&
      r.exitCode === runs[0].exitCode &&
      !r.truncated,
  );
  const notes: OutputChunk[] = runs[0].outputSimulated
    ? []
    : [{ stream: 'note', text: `${runs[0].explanation}\n` }];
  if (same) {
    const out = runs[0];
    return {
      output: [...chunks(out.stdout.slice(p.shownOut), out.stderr.slice(p.shownErr)), ...notes],
      exitCode: out.exitCode,
      ended: true,
    };
  }
  const stdout = commonPrefix(runs.map((r) => r.stdout));
  const stderr = commonPrefix(runs.map((r) => r.stderr));
  const output = chunks(stdout.slice(p.shownOut), stderr.slice(p.shownErr));
  p.shownOut = Math.max(p.shownOut, stdout.length);
  p.shownErr = Math.max(p.shownErr, stderr.length);
  return { output: [...output, ...notes], exitCode: 0, ended: false, unknown: !runs[0].outputSimulated };
}

/** Standard input closes (Ctrl+D on an empty line): the program reads end of input. */
export function programEof(p: ProgramSession): Step {
  const out = p.run(p.lines.map((l) => `${l}\n`).join(''));
  const output = chunks(out.stdout.slice(p.shownOut), out.stderr.slice(p.shownErr));
  if (!out.truncated) return { output, exitCode: out.exitCode, ended: true };
  // It would go on (the calculator loops at end of input): it stays in the foreground until Ctrl+C.
  p.shownOut = out.stdout.length;
  p.shownErr = out.stderr.length;
  output.push({ stream: 'note', text: `${out.explanation} Press Ctrl+C to stop it.\n` });
  return { output, exitCode: 0, ended: false };
}

/** printf for the host shell (kept with the in-container one). */
export { printfFormat };
