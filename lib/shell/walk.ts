/**
 * Walks a script's tree the way sh runs it, without running anything: each simple command is
 * handed to a visitor with its words expanded at that moment (variables assigned or exported
 * earlier in the line, `cd`, positional parameters of `sh -c '…' a b`), its redirections, and its
 * standard input when that is known (a heredoc, a here-string, the output of the command before it
 * in a pipeline). The visitor answers with the command's exit status and, when known, its output.
 *
 * The walker itself does what the shell does: `&&`/`||`/`;`, `!`, pipelines (each part in a
 * subshell; `pipefail`), subshells and groups, `if`/`case` (the branch when the test is known, else
 * every branch marked conditional), `for` over known words, `while` (its body once, conditional),
 * functions, `set -e`/`-o pipefail`, `exit`, `export`/`unset`/assignments, `eval`, `. file` when
 * the file's text is known, and `sh -c`/`bash -c` (or a shell reading a heredoc) nested.
 * Bounded: at most MAX_VISITS commands and MAX_NESTING nested scripts. Never throws.
 */
import { expandHeredoc, expandString, expandWord, globMatch, type Scope } from './expand';
import { parseScript } from './parse';
import { MAX_EXPANDED_CHARS } from '../variables/expand';
import type { CommandNode, ListNode, PipelineNode, Redirect, RedirectOp, SimpleNode } from './types';

/** A redirection with its target expanded. */
export interface ExpandedRedirect {
  fd: number | null;
  op: RedirectOp;
  /** The target path or descriptor as expanded (relative paths are not resolved). */
  target: string;
  /** True when the target could not be fully expanded. */
  unknown: boolean;
}

/** One simple command as it runs. */
export interface Invocation {
  /** Words after expansion, field splitting and quote removal. */
  argv: string[];
  /** The command's `NAME=value` prefixes, expanded. */
  env: Record<string, string>;
  redirects: ExpandedRedirect[];
  /** Standard input: its text when known, null when something unknown feeds it, undefined for none. */
  stdin: string | null | undefined;
  /** The working directory (absolute) when the command runs. */
  cwd: string;
  /** Every variable the shell has at that moment (the stage's, the line's, the prefixes). */
  vars: Readonly<Record<string, string>>;
  /** True when the command may or may not run (a branch whose test the model cannot tell). */
  conditional: boolean;
  /** True when a word held something the model cannot know (`$(…)`, an unknown variable). */
  unknown: boolean;
  /** The command as written. */
  text: string;
  /** Its position in the walk (0, 1, …), to match failures with the script's exit status. */
  seq: number;
  /** True when its output goes into a pipe. */
  piped: boolean;
}

/** What a command did: its exit status (null when unknown) and its output when known. */
export interface Outcome {
  status: number | null;
  /** Standard output: its text when known; null or undefined when unknown. */
  stdout?: string | null;
}

export interface WalkOptions {
  /** Variables at the start (ENV and ARG values). */
  vars?: Readonly<Record<string, string>>;
  /** The working directory at the start (WORKDIR). */
  cwd?: string;
  /** `set -e` at the start (a SHELL such as `bash -e -c`). */
  errexit?: boolean;
  /** `set -o pipefail` at the start (e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`). */
  pipefail?: boolean;
  /** The text of a file the model knows (for `. file`, `sh file`, `< file`), or null. */
  readFile?: (path: string) => string | null;
  /** Start with the walk marked conditional (a script that may not run). */
  conditional?: boolean;
  /** Variables set to values the model does not know (an unknown base image's ENV). */
  unknownVars?: readonly string[];
}

export interface WalkResult {
  /** The script's exit status (null when the model cannot tell). */
  status: number | null;
  /** `seq` of the command whose failure became the exit status, or null. */
  failedAt: number | null;
  /** The working directory at the end. */
  cwd: string;
  /** Variables at the end (exported or not). */
  vars: Record<string, string>;
  /** Number of commands visited. */
  visited: number;
}

const MAX_VISITS = 5000;
const MAX_NESTING = 8;
const MAX_LOOP = 64;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox-sh']);
const WRAPPERS = new Set(['sudo', 'nohup', 'time', 'exec', 'nice', 'doas']);

interface Status {
  code: number | null;
  seq: number | null;
}

interface State {
  vars: Map<string, string>;
  cwd: string;
  errexit: boolean;
  pipefail: boolean;
  opaque: boolean;
  positional: string[];
  functions: Map<string, CommandNode>;
  /** Variables whose value the model cannot know (set from a command's output, in an unsure branch). */
  unknownVars: Set<string>;
}

class Exit {
  constructor(readonly status: Status) {}
}

/** Joins a path to a directory and resolves `.` and `..`. */
export function joinPath(cwd: string, p: string): string {
  const raw = p.startsWith('/') ? p : `${cwd}/${p}`;
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function base(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

function fork(s: State): State {
  return {
    ...s,
    vars: new Map(s.vars),
    positional: [...s.positional],
    functions: new Map(s.functions),
    unknownVars: new Set(s.unknownVars),
  };
}

const OK: Status = { code: 0, seq: null };

class Walker {
  visits = 0;
  nesting = 0;
  constructor(
    readonly opts: WalkOptions,
    readonly visit: (inv: Invocation) => Outcome,
  ) {}

  /** Sets a variable; `unsure`: its value is not known (an unknown expansion, a branch that may not run). */
  assign(s: State, name: string, value: string, unsure: boolean): void {
    s.vars.set(name, value);
    if (unsure) s.unknownVars.add(name);
    else s.unknownVars.delete(name);
  }

  /** One expansion budget for the whole walk (see Scope.budget). */
  readonly budget = { left: MAX_EXPANDED_CHARS };

  scope(s: State): Scope {
    return {
      budget: this.budget,
      get: (name) => {
        if (name >= '0' && name <= '9' && name.length === 1) return s.positional[Number(name)];
        if (name === '@' || name === '*') return s.positional.slice(1).join(' ');
        if (name === '#') return String(Math.max(0, s.positional.length - 1));
        return s.vars.get(name);
      },
      isUnknown: (name) => s.unknownVars.has(name),
      opaque: s.opaque,
    };
  }

  list(node: ListNode, s: State, cond: boolean, tested: boolean): Status {
    let last: Status = OK;
    for (const item of node.items) {
      if (item.background) {
        this.andOr(item.andOr, fork(s), cond, true);
        last = OK;
        continue;
      }
      last = this.andOr(item.andOr, s, cond, tested);
    }
    return last;
  }

  andOr(
    node: { first: PipelineNode; rest: Array<{ op: '&&' | '||'; pipeline: PipelineNode }> },
    s: State,
    cond: boolean,
    tested: boolean,
  ): Status {
    const chained = node.rest.length > 0;
    let st = this.pipeline(node.first, s, cond, tested || chained);
    let lastRan = !chained;
    for (let k = 0; k < node.rest.length; k++) {
      const { op, pipeline } = node.rest[k];
      const isLast = k === node.rest.length - 1;
      const runs = op === '&&' ? st.code === 0 : st.code !== 0 && st.code !== null;
      const maybe = st.code === null;
      if (runs || maybe) {
        const next = this.pipeline(pipeline, s, cond || maybe, tested || !isLast);
        // An unknown test: the result is the command's when it ran, unknown otherwise.
        st = maybe ? { code: next.code === 0 ? null : next.code, seq: next.seq } : next;
        lastRan = isLast;
      } else lastRan = false;
    }
    if (s.errexit && !tested && lastRan && st.code !== null && st.code !== 0) throw new Exit(st);
    return st;
  }

  pipeline(node: PipelineNode, s: State, cond: boolean, tested: boolean): Status {
    const t = tested || node.negated;
    let st: Status;
    if (node.commands.length === 1) st = this.command(node.commands[0], s, cond, t, undefined, false).status;
    else {
      let stdin: string | null | undefined;
      let failed: Status | null = null;
      st = OK;
      for (let k = 0; k < node.commands.length; k++) {
        const last = k === node.commands.length - 1;
        const r = this.command(node.commands[k], fork(s), cond, true, stdin, !last);
        stdin = r.stdout === undefined ? null : r.stdout;
        st = r.status;
        if (r.status.code !== 0 && (failed === null || failed.code === null)) failed = r.status;
      }
      if (s.pipefail && failed) st = failed.code === null && st.code !== 0 ? st : failed;
    }
    if (node.negated) st = { code: st.code === null ? null : st.code === 0 ? 1 : 0, seq: st.seq };
    if (s.errexit && !t && st.code !== null && st.code !== 0) throw new Exit(st);
    return st;
  }

  command(
    node: CommandNode,
    s: State,
    cond: boolean,
    tested: boolean,
    stdin: string | null | undefined,
    piped: boolean,
  ): { status: Status; stdout?: string | null } {
    switch (node.kind) {
      case 'simple':
        return this.simple(node, s, cond, tested, stdin, piped);
      case 'subshell': {
        const inner = fork(s);
        try {
          return { status: this.list(node.body, inner, cond, tested) };
        } catch (e) {
          if (e instanceof Exit) return { status: e.status };
          throw e;
        }
      }
      case 'group':
        return { status: this.list(node.body, s, cond, tested) };
      case 'if': {
        let unsure = false;
        for (const clause of node.clauses) {
          const c = this.list(clause.cond, s, cond || unsure, true);
          if (c.code === 0 && !unsure) return { status: this.list(clause.body, s, cond, tested) };
          if (c.code === null || unsure) {
            unsure = true;
            this.list(clause.body, s, true, tested);
          }
        }
        if (node.elseBody) {
          const st = this.list(node.elseBody, s, cond || unsure, tested);
          return { status: unsure ? { code: null, seq: st.seq } : st };
        }
        return { status: unsure ? { code: null, seq: null } : OK };
      }
      case 'for': {
        const words: string[] = [];
        let unknown = false;
        if (node.words === null) words.push(...s.positional.slice(1));
        else
          for (const w of node.words) {
            const x = expandWord(w.raw, this.scope(s));
            unknown ||= x.unknown || /[*?[]/.test(w.raw);
            words.push(...x.fields);
          }
        if (unknown || words.length > MAX_LOOP) {
          this.assign(s, node.name, words[0] ?? '', true);
          this.list(node.body, s, true, tested);
          return { status: { code: null, seq: null } };
        }
        let st: Status = OK;
        for (const w of words) {
          s.vars.set(node.name, w);
          st = this.list(node.body, s, cond, tested);
        }
        return { status: st };
      }
      case 'while':
      case 'until': {
        this.list(node.cond, s, cond, true);
        this.list(node.body, s, true, tested);
        return { status: { code: null, seq: null } };
      }
      case 'case': {
        const x = expandString(node.word.raw, this.scope(s));
        if (!x.unknown) {
          for (const arm of node.arms) {
            const hit = arm.patterns.some((p) => {
              const pat = expandString(p.raw, this.scope(s));
              return !pat.unknown && globMatch(x.value, pat.value);
            });
            if (hit) return { status: this.list(arm.body, s, cond, tested) };
          }
          return { status: OK };
        }
        for (const arm of node.arms) this.list(arm.body, s, true, tested);
        return { status: { code: null, seq: null } };
      }
      case 'function':
        s.functions.set(node.name, node.body);
        return { status: OK };
    }
  }

  redirects(list: Redirect[], s: State): { out: ExpandedRedirect[]; stdin: string | null | undefined } {
    const out: ExpandedRedirect[] = [];
    let stdin: string | null | undefined;
    for (const r of list) {
      if (r.op === '<<' || r.op === '<<-') {
        const body = r.heredoc?.body ?? '';
        stdin = r.heredoc && !r.heredoc.expand ? body : expandHeredoc(body, this.scope(s)).value;
        continue;
      }
      const x = expandString(r.target.raw, this.scope(s));
      if (r.op === '<<<') {
        stdin = x.unknown ? null : `${x.value}\n`;
        continue;
      }
      if (r.op === '<' && (r.fd === null || r.fd === 0)) {
        const text = x.unknown ? null : (this.opts.readFile?.(joinPath(s.cwd, x.value)) ?? null);
        stdin = text;
      }
      out.push({ fd: r.fd, op: r.op, target: x.value, unknown: x.unknown });
    }
    return { out, stdin };
  }

  simple(
    node: SimpleNode,
    s: State,
    cond: boolean,
    tested: boolean,
    pipeIn: string | null | undefined,
    piped: boolean,
  ): { status: Status; stdout?: string | null } {
    const scope = this.scope(s);
    let unknown = false;
    const env: Record<string, string> = {};
    const unknownValues = new Set<string>();
    for (const a of node.assignments) {
      const eq = a.raw.indexOf('=');
      const x = expandString(a.raw.slice(eq + 1), scope);
      unknown ||= x.unknown;
      env[a.raw.slice(0, eq)] = x.value;
      if (x.unknown) unknownValues.add(a.raw.slice(0, eq));
    }
    let argv: string[] = [];
    for (const w of node.words) {
      const x = expandWord(w.raw, scope);
      unknown ||= x.unknown;
      argv.push(...x.fields);
    }
    const red = this.redirects(node.redirects, s);
    const stdin = red.stdin !== undefined ? red.stdin : pipeIn;
    if (argv.length === 0) {
      for (const k in env) this.assign(s, k, env[k], cond || unknownValues.has(k));
      if (red.out.length === 0) return { status: OK };
    }
    // `sudo`, `env A=1`, `exec`, `command` (not -v) run the command after them.
    for (let guard = 0; guard < 8 && argv.length > 1; guard++) {
      const name = base(argv[0]);
      if (WRAPPERS.has(name)) {
        let k = 1;
        while (k < argv.length && argv[k].startsWith('-')) k += argv[k] === '-u' ? 2 : 1;
        argv = argv.slice(k);
      } else if (name === 'env') {
        let k = 1;
        while (k < argv.length && (argv[k].startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[k]))) {
          const eq = argv[k].indexOf('=');
          if (eq > 0 && !argv[k].startsWith('-')) env[argv[k].slice(0, eq)] = argv[k].slice(eq + 1);
          k++;
        }
        argv = argv.slice(k);
      } else if (name === 'command' && argv[1] !== '-v' && argv[1] !== '-V') argv = argv.slice(1);
      else break;
    }
    const name = base(argv[0] ?? '');
    const merged: Record<string, string> = {};
    for (const [k, v] of s.vars) merged[k] = v;
    for (const k in env) merged[k] = env[k];

    // Nested shells: `sh -c 'script' arg0 args…`, `bash <<EOF`, `sh script.sh`.
    if (SHELLS.has(name) && this.nesting < MAX_NESTING) {
      const nested = this.nestedShell(argv, env, s, cond, stdin);
      if (nested) return nested;
    }
    const fn = s.functions.get(argv[0] ?? '');
    if (fn && this.nesting < MAX_NESTING) {
      const saved = s.positional;
      s.positional = [argv[0], ...argv.slice(1)];
      this.nesting++;
      try {
        return this.command(fn, s, cond, tested, stdin, piped);
      } finally {
        this.nesting--;
        s.positional = saved;
      }
    }
    if (name === 'eval' && this.nesting < MAX_NESTING) {
      return { status: this.nested(argv.slice(1).join(' '), s, cond, tested) };
    }
    if ((name === '.' || name === 'source') && argv[1] && this.nesting < MAX_NESTING) {
      const text = unknown ? null : (this.opts.readFile?.(joinPath(s.cwd, argv[1])) ?? null);
      if (text !== null) return { status: this.nested(text, s, cond, tested) };
      s.opaque = true;
    }

    if (this.visits >= MAX_VISITS) return { status: { code: null, seq: null } };
    const seq = this.visits++;
    const outcome = this.visit({
      argv,
      env,
      redirects: red.out,
      stdin,
      cwd: s.cwd,
      vars: merged,
      conditional: cond,
      unknown,
      text: node.text,
      seq,
      piped,
    });
    let code = outcome.status;
    // The shell's own builtins change the shell's state.
    switch (name) {
      case 'cd': {
        if (code === 0 || code === null) {
          const dir = argv[1] === undefined || argv[1] === '~' ? (s.vars.get('HOME') ?? '/root') : argv[1];
          if (dir !== '-') s.cwd = joinPath(s.cwd, dir);
        }
        break;
      }
      case 'export':
      case 'readonly':
      case 'local':
      case 'declare':
      case 'typeset':
        for (const a of argv.slice(1)) {
          const eq = a.indexOf('=');
          if (eq > 0) this.assign(s, a.slice(0, eq), a.slice(eq + 1), cond || unknown);
        }
        code = 0;
        break;
      case 'unset':
        for (const a of argv.slice(1))
          if (!a.startsWith('-')) {
            s.vars.delete(a);
            if (!cond) s.unknownVars.delete(a);
          }
        code = 0;
        break;
      case 'set':
        for (let k = 1; k < argv.length; k++) {
          const a = argv[k];
          if ((a === '-o' || a === '+o') && argv[k + 1]) {
            const on = a === '-o';
            if (argv[k + 1] === 'pipefail') s.pipefail = on;
            if (argv[k + 1] === 'errexit') s.errexit = on;
            k++;
          } else if (/^[-+][a-zA-Z]+$/.test(a) && a.includes('e')) s.errexit = a[0] === '-';
          else if (a === '--') {
            s.positional = [s.positional[0] ?? 'sh', ...argv.slice(k + 1)];
            break;
          }
        }
        code = 0;
        break;
      case 'true':
      case ':':
        code = code ?? 0;
        break;
      case 'false':
        code = 1;
        break;
      case 'exit': {
        // In a branch the model is not sure runs (after a test or `case` word it cannot tell), the
        // exit may not happen: its status is unknown and the walk goes on.
        if (cond) {
          code = null;
          break;
        }
        const n = argv[1] === undefined ? 0 : Number(argv[1]);
        throw new Exit({ code: Number.isInteger(n) ? n & 255 : 2, seq });
      }
      default:
        break;
    }
    return { status: { code, seq }, stdout: outcome.stdout };
  }

  nestedShell(
    argv: string[],
    env: Record<string, string>,
    s: State,
    cond: boolean,
    stdin: string | null | undefined,
  ): { status: Status } | null {
    let errexit = false;
    let pipefail = false;
    let command = false;
    let k = 1;
    for (; k < argv.length; k++) {
      const a = argv[k];
      if (a === '-o' || a === '+o') {
        if (argv[k + 1] === 'pipefail') pipefail = a === '-o';
        if (argv[k + 1] === 'errexit') errexit = a === '-o';
        k++;
        continue;
      }
      if (a === '--') {
        k++;
        break;
      }
      if (!/^[-+][a-zA-Z]+$/.test(a)) break;
      if (a.includes('c')) command = true;
      if (a.includes('e')) errexit = a[0] === '-';
    }
    let script: string | null;
    let positional: string[];
    if (command) {
      script = argv[k] ?? '';
      positional = argv.slice(k + 1);
      if (positional.length === 0) positional = [argv[0]];
    } else if (argv[k] !== undefined) {
      script = this.opts.readFile?.(joinPath(s.cwd, argv[k])) ?? null;
      positional = argv.slice(k);
      if (script === null) return null;
    } else {
      if (typeof stdin !== 'string') return null;
      script = stdin;
      positional = [argv[0]];
    }
    // A new shell: the environment (not the caller's unexported variables; the model keeps them all).
    const inner: State = {
      ...fork(s),
      errexit,
      pipefail,
      positional,
      functions: new Map(),
    };
    for (const key in env) inner.vars.set(key, env[key]);
    return { status: this.nested(script, inner, cond, false, true) };
  }

  nested(script: string, s: State, cond: boolean, tested: boolean, ownShell = false): Status {
    this.nesting++;
    try {
      return this.list(parseScript(script), s, cond, tested);
    } catch (e) {
      if (ownShell && e instanceof Exit) return e.status;
      throw e;
    } finally {
      this.nesting--;
    }
  }
}

/**
 * Walks `script` (text or an already parsed tree), calling `visit` for each simple command in the
 * order the shell runs them. Never throws (a visitor that throws ends the walk with an unknown status).
 */
export function walkScript(
  script: string | ListNode,
  opts: WalkOptions,
  visit: (inv: Invocation) => Outcome,
): WalkResult {
  const s: State = {
    vars: new Map(Object.entries(opts.vars ?? {})),
    cwd: opts.cwd ?? '/',
    errexit: opts.errexit ?? false,
    pipefail: opts.pipefail ?? false,
    opaque: false,
    positional: ['sh'],
    functions: new Map(),
    unknownVars: new Set(opts.unknownVars ?? []),
  };
  const w = new Walker(opts, visit);
  let st: Status;
  try {
    st = w.list(
      typeof script === 'string' ? parseScript(script) : script,
      s,
      opts.conditional ?? false,
      false,
    );
  } catch (e) {
    st = e instanceof Exit ? e.status : { code: null, seq: null };
  }
  const vars: Record<string, string> = {};
  for (const [k, v] of s.vars) vars[k] = v;
  return {
    status: st.code,
    failedAt: st.code === 0 ? null : st.seq,
    cwd: s.cwd,
    vars,
    visited: w.visits,
  };
}
