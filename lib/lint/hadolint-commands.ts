/**
 * Shell commands as hadolint's rules look at them (hadolint's `src/Hadolint/Shell.hs`): a command
 * name (the first word after `VAR=value` assignments), its arguments, and the flags read from
 * them (`--name=value` gives `name`; `-abc` gives `a`, `b`, `c`). Built on the lint's shell reader.
 */
import type { RunInstruction } from '../dockerfile/types';
import { runScripts, splitCommands, type SimpleCommand } from './shell-commands';

/** One command of a RUN. */
export interface Command {
  name: string;
  args: string[];
  /** Flag names with the index of the argument they were read from. */
  flags: Array<{ name: string; at: number }>;
  /** Followed by `|` (a pipe, not `||`). */
  pipedInto: boolean;
}

/** A RUN's script and its commands. */
export interface Script {
  text: string;
  commands: Command[];
  /** The shell reader's commands, for the rules that read words directly. */
  simple: SimpleCommand[];
  /** The command names present, so rules about other programs can skip the script at once. */
  names: ReadonlySet<string>;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function flagsOf(args: string[]): Command['flags'] {
  const out: Command['flags'] = [];
  args.forEach((a, at) => {
    if (a === '--' || a === '-' || !a.startsWith('-')) return;
    if (a.startsWith('--')) out.push({ name: a.slice(2).split('=')[0], at });
    else for (const ch of a.slice(1)) out.push({ name: ch, at });
  });
  return out;
}

/** Reads a script into hadolint-shaped commands. Never throws. */
export function parseScript(text: string): Script {
  const commands: Command[] = [];
  const simple = splitCommands(text);
  for (const c of simple) {
    let k = 0;
    while (k < c.words.length && ASSIGNMENT.test(c.words[k])) k++;
    if (k >= c.words.length) continue;
    const args = c.words.slice(k + 1);
    commands.push({ name: c.words[k], args, flags: flagsOf(args), pipedInto: c.pipedInto });
  }
  return { text, commands, simple, names: new Set(commands.map((c) => c.name)) };
}

/** Scripts by text, shared and read-only (the rules only read them); bounded like the shell's trees. */
const byText = new Map<string, Script>();
const MAX_SCRIPTS = 500;
const byRun = new WeakMap<RunInstruction, Script>();

/** The commands of a RUN (cached per instruction; the same text gives the same script). */
export function scriptOf(run: RunInstruction): Script {
  let s = byRun.get(run);
  if (s) return s;
  const text = runScripts(run.command, run.heredocs);
  s = byText.get(text);
  if (!s) {
    s = parseScript(text);
    if (byText.size >= MAX_SCRIPTS) byText.clear();
    byText.set(text, s);
  }
  byRun.set(run, s);
  return s;
}

/** `name` is one of `names` and one of its arguments is in `args`. */
export function hasArgs(cmd: Command, names: string | string[], args: string[]): boolean {
  const ok = typeof names === 'string' ? cmd.name === names : names.includes(cmd.name);
  return ok && cmd.args.some((a) => args.includes(a));
}

export function hasFlag(cmd: Command, flag: string): boolean {
  return cmd.flags.some((f) => f.name === flag);
}

export function hasAnyFlag(cmd: Command, flags: string[]): boolean {
  return cmd.flags.some((f) => flags.includes(f.name));
}

export function countFlag(cmd: Command, flag: string): number {
  return cmd.flags.filter((f) => f.name === flag).length;
}

/**
 * The arguments that are not flags, leaving out the value after each flag in `dropValueOf` (when
 * written as a separate word, `-t bookworm`).
 */
export function argsNoFlags(cmd: Command, dropValueOf: string[] = []): string[] {
  const flagAt = new Set(cmd.flags.map((f) => f.at));
  const drop = new Set<number>();
  for (const f of cmd.flags) {
    if (dropValueOf.includes(f.name) && !cmd.args[f.at].includes('=')) drop.add(f.at + 1);
  }
  return cmd.args.filter((_, k) => !flagAt.has(k) && !drop.has(k));
}

/** Values given to a flag as the next word (`useradd -u 1000` → `1000` for `u`). */
export function flagValues(cmd: Command, flag: string): string[] {
  return cmd.flags
    .filter((f) => f.name === flag && f.at + 1 < cmd.args.length)
    .map((f) => cmd.args[f.at + 1]);
}

/** Index of the first command that satisfies `pred`, or -1. */
export function indexOf(s: Script, pred: (c: Command) => boolean): number {
  return s.commands.findIndex(pred);
}

/** `pip install` or `python -m pip install` (hadolint's `isPipInstall`). */
export function isPipInstall(cmd: Command): boolean {
  if (cmd.name.startsWith('pip') && !cmd.name.startsWith('pipenv')) return cmd.args.includes('install');
  if (!cmd.name.startsWith('python')) return false;
  return cmd.args.some((a, k) => a === '-m' && cmd.args[k + 1] === 'pip' && cmd.args[k + 2] === 'install');
}

/** A RUN mounts a cache or tmpfs at a target containing `fragment`. */
export function cacheOrTmpfsWith(run: RunInstruction, fragment: string): boolean {
  return run.mounts.some(
    (m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== null && m.target.includes(fragment),
  );
}
