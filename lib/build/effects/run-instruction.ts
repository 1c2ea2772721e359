/**
 * RUN: the script (shell form, exec form, or a heredoc) is walked as sh runs it (lib/shell): each
 * simple command, with its words expanded at that moment, goes to its model in the command table,
 * against one layer; redirections write files (with their text when the command's output is known);
 * the script's exit status decides whether a failing command stops the build (`|| true`, `;` without
 * `set -e`, and `if` tests do not). Mounts come from ./run-mounts.
 */
import type { RunInstruction } from '../../dockerfile/types';
import { commandName, parseScript, type Invocation, testStatus, walkScript } from '../../shell';
import {
  findCommandModel,
  NO_EFFECT_COMMANDS,
  onlyReads,
  UNKNOWN_EFFECT_COMMANDS,
  unknownEffectRegions,
} from './command-table';
import { isDevicePath, writeFile } from './commands/coreutils/write';
import { addFog, resolvePath, unmodelledRegions } from './helpers';
import { type MountSource, runMounts } from './run-mounts';
import type { CommandFailure, Contribution, RunContext } from './types';
import { exitCodeCause, processFailed } from '../errors';

/** What a RUN did: contributions for the explanation and failures for diagnostics. */
export interface RunEffect {
  contributions: Contribution[];
  /** Failures that stop the build (or, when not certain, may). */
  failures: CommandFailure[];
  /** Commands no model recognised. */
  unrecognised: string[];
  /** The script's exit status (null when the model cannot tell). */
  status: number | null;
}

const SHELL_NAMES = /^(ba|da|a|z|k|mk)?sh$/;

function quote(a: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`;
}

/**
 * The script a RUN executes, as the shell receives it: a heredoc that is the whole command is the
 * script (run by its `#!` interpreter if it names one); heredocs fed to a command are appended to the
 * line with their delimiters, as BuildKit passes them to `sh -c`; the exec form is its argv.
 */
export function runScript(ins: RunInstruction): string {
  if (ins.command.form === 'exec') return ins.command.argv.map(quote).join(' ');
  const script = ins.command.script;
  if (ins.heredocs.length === 0) return script;
  const first = script.trim().split(/\s+/)[0] ?? '';
  if (ins.heredocs.length === 1 && (first === '' || first.startsWith('<<'))) {
    const body = ins.heredocs[0].content;
    if (body.startsWith('#!')) {
      const interp = body.slice(2).split('\n')[0].trim().split(/\s+/);
      const prog = interp[0]?.endsWith('/env') ? (interp[1] ?? '') : (interp[0] ?? '');
      const name = prog.slice(prog.lastIndexOf('/') + 1);
      if (name && !SHELL_NAMES.test(name)) return quote(prog);
    }
    return body;
  }
  let text = script;
  for (const h of ins.heredocs)
    text += `\n${h.content}${h.content.endsWith('\n') || h.content === '' ? '' : '\n'}${h.name}`;
  return `${text}\n`;
}

/** `set -e` and `pipefail` from the SHELL instruction (`["/bin/bash", "-eo", "pipefail", "-c"]`). */
function shellOptions(shell: readonly string[]): { errexit: boolean; pipefail: boolean } {
  let errexit = false;
  let pipefail = false;
  for (let i = 1; i < shell.length; i++) {
    const a = shell[i];
    if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('e')) errexit = true;
      if (a.endsWith('o') && shell[i + 1] === 'pipefail') pipefail = true;
      if (a.endsWith('o') && shell[i + 1] === 'errexit') errexit = true;
    }
  }
  return { errexit, pipefail };
}

/** Commands whose exit status answers a question the model usually cannot: `[ -f x ] || …`. */
const QUERIES = new Set([
  'test',
  '[',
  '[[',
  'grep',
  'egrep',
  'fgrep',
  'command',
  'which',
  'type',
  'hash',
  'getent',
  'id',
  'cmp',
  'diff',
  'pgrep',
  'pidof',
  'dpkg',
  'dpkg-query',
  'read',
]);

/** Builtins whose effect the walker applies. */
const SHELL_STATE = new Set([
  'cd',
  'export',
  'unset',
  'set',
  'readonly',
  'local',
  'declare',
  'typeset',
  'exit',
  'true',
  'false',
  ':',
  'shift',
  'trap',
  'umask',
  'wait',
  'return',
  'alias',
  'ulimit',
]);

const CONFIDENCE_ORDER = ['low', 'medium', 'high', 'exact'] as const;

function atMost(c: Contribution['confidence'], cap: Contribution['confidence']): Contribution['confidence'] {
  return CONFIDENCE_ORDER.indexOf(c) > CONFIDENCE_ORDER.indexOf(cap) ? cap : c;
}

/** How the RUN's `--mount=from=` stages and images are found. */
export type MountResolver = (from: string) => MountSource | null;

/**
 * Apply a RUN to the context's layer writer. `ctx.contribute`/`ctx.fail` are wired to collect here;
 * the caller builds the layer from the writer.
 */
export function applyRun(
  ins: RunInstruction,
  base: Omit<RunContext, 'contribute' | 'fail' | 'cwd' | 'env' | 'cacheMounts'> & {
    resolveMount?: MountResolver;
    /** The ids of the secrets passed to the build (`--secret id=…`); undefined: every secret is given. */
    secrets?: readonly string[];
  },
): RunEffect {
  const contributions: Contribution[] = [];
  const failures: Array<{ failure: CommandFailure; seq: number; name: string; conditional: boolean }> = [];
  const unrecognised: string[] = [];
  const state = base.state;
  const mounts = runMounts(ins, state.config.workdir, base.context, base.resolveMount ?? null, base.secrets);
  const cacheMounts = mounts.hidden;
  const hasMountEnv = Object.keys(mounts.env).length > 0;
  const mounted = (p: string) =>
    mounts.present.has(p) || cacheMounts.some((m) => p === m || p.startsWith(`${m}/`));
  const mountedText = (p: string) => mounts.texts.get(p);
  // Known texts the models read (requirements.txt, package.json, go.mod…): mounted ones over copied ones.
  const restore: Array<[string, string | undefined]> = [];
  for (const [p, t] of mounts.texts) {
    restore.push([p, state.contents.get(p)]);
    state.contents.set(p, t);
  }
  const { errexit, pipefail } = shellOptions(state.config.shell);
  const readFile = (p: string) => mounts.texts.get(p) ?? state.contents.get(p) ?? null;

  const visit = (inv: Invocation) => {
    const env = inv.vars as Record<string, string>;
    if (hasMountEnv) Object.assign(env, mounts.env);
    const name = commandName(inv.argv);
    let stdout: string | null | undefined;
    let failedHere: CommandFailure | null = null;
    const ctx: RunContext = {
      writer: base.writer,
      state,
      context: base.context,
      catalog: base.catalog,
      cwd: inv.cwd,
      env,
      cacheMounts,
      contribute: inv.conditional
        ? (c) =>
            contributions.push({
              ...c,
              text: `${c.text} (if this branch runs)`,
              confidence: atMost(c.confidence, 'medium'),
            })
        : (c) => contributions.push(c),
      fail: (f) => {
        if (!failedHere) failedHere = f;
        failures.push({ failure: f, seq: inv.seq, name, conditional: inv.conditional });
      },
      stdin: inv.stdin,
      output: (t) => (stdout = t),
      unknownWords: inv.unknown,
      mounted,
      mountedText,
    };
    if (inv.argv.length === 0) stdout = '';
    else if (name === 'cd') {
      const dir = inv.argv[1];
      if (dir && dir !== '-' && !inv.unknown) {
        const path = resolvePath(ctx, dir);
        if (base.writer.probe(path).presence === 'absent' && !mounted(path))
          ctx.fail({
            message: `/bin/sh: 1: cd: can't cd to ${dir}`,
            hint: `Create ${path} first (mkdir -p, or WORKDIR).`,
            certain: true,
          });
      }
    } else if (SHELL_STATE.has(name)) {
      // The walker applies these.
    } else {
      const model = findCommandModel(name);
      if (model) {
        try {
          model.apply(inv, ctx);
        } catch {
          contributions.push({
            text: `${name}: the model could not read this command.`,
            confidence: 'low',
            citations: [],
          });
        }
      } else if (
        (UNKNOWN_EFFECT_COMMANDS.has(name) && !onlyReads(inv.argv)) ||
        (!NO_EFFECT_COMMANDS.has(name) && !UNKNOWN_EFFECT_COMMANDS.has(name))
      ) {
        unrecognised.push(name);
        addFog(
          ctx,
          unknownEffectRegions(inv.argv) ?? unmodelledRegions(inv.argv, inv.cwd),
          `\`${name}\` is not modelled: what it writes is unknown`,
        );
      }
    }
    // Redirections: `>`/`>>`/`&>` write the output; `2>` an error stream the model does not know.
    let redirectFailed = false;
    for (const r of inv.redirects) {
      if (redirectFailed) break;
      const writes = r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>' || r.op === '&>>';
      if (!writes || r.fd === 0 || (r.fd !== null && r.fd > 2)) continue;
      const path = r.unknown ? null : resolvePath(ctx, r.target);
      if (path === null || isDevicePath(path)) continue;
      const text = r.fd === 2 ? null : stdout === undefined ? null : stdout;
      const res = writeFile(
        ctx,
        r.target,
        inv.unknown ? null : text,
        r.op === '>>' || r.op === '&>>',
        `written by \`${inv.text.slice(0, 60)}\``,
      );
      if (!res.ok) redirectFailed = true;
    }
    const f = failedHere as CommandFailure | null;
    // `[ -f yarn.lock ]`: a file test answers from the filesystem where the model knows the path.
    const tested =
      (name === '[' || name === 'test') && !inv.unknown
        ? testStatus(inv.argv, (p) => {
            const path = resolvePath(ctx, p);
            if (mounted(path)) return mountedText(path) !== undefined ? 'file' : null;
            const probe = base.writer.probe(path);
            if (probe.presence === 'absent') return 'missing';
            if (probe.presence === 'unknown' || !probe.entry) return null;
            return probe.entry.kind === 'dir' || probe.entry.kind === 'bulk' || probe.viaBulk
              ? probe.viaBulk
                ? null
                : 'dir'
              : probe.entry.kind === 'symlink'
                ? null
                : 'file';
          })
        : null;
    const status =
      f === null
        ? QUERIES.has(name)
          ? tested
          : 0
        : !f.certain
          ? null
          : /^\/bin\/sh: \d+: [^:]+: not found$/.test(f.message)
            ? 127
            : /^\/bin\/sh: 1: (cannot create|cd:)/.test(f.message)
              ? 2
              : 1;
    const piping = inv.piped;
    return { status, stdout: piping ? stdout : undefined };
  };

  const result = walkScript(
    parseScript(runScript(ins)),
    {
      vars: hasMountEnv ? { ...state.vars, ...mounts.env } : state.vars,
      cwd: state.config.workdir,
      errexit,
      pipefail,
      readFile,
    },
    visit,
  );
  for (const [p, t] of restore) {
    if (t === undefined) state.contents.delete(p);
    else state.contents.set(p, t);
  }

  // Which failures stop the build: those whose status became the script's exit status.
  const stopping: CommandFailure[] = [];
  const swallowed = new Set<string>();
  for (const f of failures) {
    if (result.failedAt !== null && f.seq === result.failedAt) {
      stopping.push(f.conditional || result.status === null ? { ...f.failure, certain: false } : f.failure);
    } else swallowed.add(f.name);
  }
  if (result.status !== null && result.status !== 0 && stopping.length === 0) {
    stopping.push({
      message: processFailed(
        ins.command.form === 'exec' ? ins.command.argv : [...state.config.shell, runScript(ins)],
        exitCodeCause(result.status),
      ),
      hint: 'A command of this RUN exits with a failure status.',
      certain: true,
    });
  }
  if (swallowed.size > 0) {
    const names = [...swallowed];
    contributions.push({
      text: `${names.map((n) => `\`${n}\``).join(', ')} ${names.length === 1 ? 'fails' : 'fail'} here, but the RUN goes on: the script's exit status comes from a later command (\`|| …\`, \`;\` without \`set -e\`, or a test).`,
      confidence: 'medium',
      citations: [],
    });
  }
  if (unrecognised.length > 0) {
    const names = [...new Set(unrecognised)];
    contributions.push({
      kind: 'unmodelled',
      text: `Not modelled: ${names.map((n) => `\`${n}\``).join(', ')}; what ${names.length === 1 ? 'it writes' : 'they write'} is counted as 0 B.`,
      confidence: 'low',
      citations: [],
    });
  }
  contributions.push(...mounts.notes);
  return { contributions, failures: stopping, unrecognised, status: result.status };
}
