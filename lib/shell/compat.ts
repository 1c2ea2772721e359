/**
 * Flat readings of a script for callers that need the commands in order rather than a walk: the
 * docker terminal (commands with the operator after each), `docker run` (a CMD's first command) and
 * lint (words without values). All read the one tree from ./parse.
 */
import { expandString, expandWord, LITERAL_SCOPE, recordScope, type Scope } from './expand';
import { parseScript } from './parse';
import type { CommandNode, ListNode, SimpleNode } from './types';

/** One simple command: its words after expansion and its `NAME=value` prefixes. */
export interface SimpleCommand {
  argv: string[];
  env: Record<string, string>;
  /** The command as written (for explanations). */
  text: string;
}

/** A simple command and the operator that follows it (`|`, `&&`, `;`, …), or null at the end. */
export interface ListedCommand {
  command: SimpleCommand;
  next: string | null;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** Calls `visit` for each simple command of `list` in the order written, with the operator after it. */
export function eachSimple(
  list: ListNode,
  visit: (node: SimpleNode, next: string | null) => void,
  after: string | null = null,
): void {
  list.items.forEach((item, i) => {
    const last = i === list.items.length - 1;
    const itemNext = item.background ? '&' : last ? after : ';';
    const pipes = [item.andOr.first, ...item.andOr.rest.map((r) => r.pipeline)];
    pipes.forEach((p, pi) => {
      const pipeNext = pi < item.andOr.rest.length ? item.andOr.rest[pi].op : itemNext;
      p.commands.forEach((c, ci) => eachInCommand(c, visit, ci < p.commands.length - 1 ? '|' : pipeNext));
    });
  });
}

function eachInCommand(
  c: CommandNode,
  visit: (node: SimpleNode, next: string | null) => void,
  next: string | null,
): void {
  switch (c.kind) {
    case 'simple':
      visit(c, next);
      return;
    case 'subshell':
    case 'group':
      eachSimple(c.body, visit, next);
      return;
    case 'if':
      c.clauses.forEach((cl) => {
        eachSimple(cl.cond, visit, ';');
        eachSimple(cl.body, visit, ';');
      });
      if (c.elseBody) eachSimple(c.elseBody, visit, next);
      return;
    case 'for':
      eachSimple(c.body, visit, next);
      return;
    case 'while':
    case 'until':
      eachSimple(c.cond, visit, ';');
      eachSimple(c.body, visit, next);
      return;
    case 'case':
      for (const arm of c.arms) eachSimple(arm.body, visit, next);
      return;
    case 'function':
      eachInCommand(c.body, visit, next);
  }
}

function expandNode(node: SimpleNode, scope: Scope): SimpleCommand {
  const env: Record<string, string> = {};
  for (const a of node.assignments) {
    const eq = a.raw.indexOf('=');
    env[a.raw.slice(0, eq)] = expandString(a.raw.slice(eq + 1), scope).value;
  }
  const argv: string[] = [];
  for (const w of node.words) argv.push(...expandWord(w.raw, scope).fields);
  const text =
    node.words.length > 0 || node.assignments.length > 0
      ? [...node.assignments, ...node.words].map((w) => w.raw).join(' ')
      : node.text;
  return { argv, env, text };
}

function listCommands(
  script: string,
  vars: Record<string, string>,
  depth: number,
  out: ListedCommand[],
  after: string | null,
): void {
  const scope = recordScope(vars);
  eachSimple(
    parseScript(script),
    (node, next) => {
      const command = expandNode(node, scope);
      if (command.argv.length === 0) return;
      const name = commandName(command.argv);
      if (SHELLS.has(name) && command.argv[1] === '-c' && command.argv[2] !== undefined && depth < 4) {
        const before = out.length;
        listCommands(command.argv[2], { ...vars, ...command.env }, depth + 1, out, next);
        if (out.length > before) out[out.length - 1].next = next;
        return;
      }
      out.push({ command, next });
    },
    after,
  );
}

/**
 * Split a shell script into its simple commands, in the order written. `vars` are used for `$VAR`
 * expansion; `NAME=value` prefixes are expanded and returned per command; `sh -c "…"` is read
 * recursively; redirections are left out of argv. Never throws.
 */
export function splitCommands(script: string, vars: Record<string, string> = {}, depth = 0): SimpleCommand[] {
  return splitCommandList(script, vars, depth).map((c) => c.command);
}

/** Like {@link splitCommands}, with the operator after each command kept. Never throws. */
export function splitCommandList(
  script: string,
  vars: Record<string, string> = {},
  depth = 0,
): ListedCommand[] {
  const out: ListedCommand[] = [];
  try {
    listCommands(script, vars, depth, out, null);
  } catch {
    // parseScript never throws; this only guards a visitor bug from reaching callers.
  }
  return out;
}

/** The command name without its folder (`/usr/bin/apt-get` → `apt-get`). */
export function commandName(argv: readonly string[]): string {
  const first = argv[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1);
}

/** One command for lint: its words with quotes removed and `$X` as written, and whether it pipes. */
export interface WordsCommand {
  words: string[];
  pipedInto: boolean;
}

/** The simple commands of a script with their words unexpanded (quotes removed). Never throws. */
export function wordsOf(script: string): WordsCommand[] {
  const out: WordsCommand[] = [];
  try {
    eachSimple(parseScript(script), (node, next) => {
      const words: string[] = [];
      for (const w of [...node.assignments, ...node.words])
        words.push(...expandWord(w.raw, LITERAL_SCOPE).fields);
      if (words.length > 0) out.push({ words, pipedInto: next === '|' });
    });
  } catch {
    // as above
  }
  return out;
}
