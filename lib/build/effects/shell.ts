/**
 * A small POSIX-shell reader for RUN lines: enough to find the simple commands inside
 * `a && b || c; d | e`, continuations, quotes, `$VAR` expansion, env prefixes
 * (`CGO_ENABLED=0 go build`), redirections, `sh -c "…"`, and compound keywords (`if … then … fi`).
 * It does not execute anything; the command models decide what each command does to the filesystem.
 */
import { MAX_EXPANDED_CHARS } from '../../variables/expand';

/** One simple command: its words after expansion and its `NAME=value` prefixes. */
export interface SimpleCommand {
  argv: string[];
  env: Record<string, string>;
  /** The command as written (for explanations). */
  text: string;
}

const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  '{',
  '}',
  '(',
  ')',
]);
const MAX_COMMANDS = 2000;

type Token = { kind: 'word'; value: string; raw: string } | { kind: 'op'; value: string };

// Hoisted: a regex literal inside a loop makes a new RegExp object each time it is evaluated.
const WORD_BREAK = /[\s;&|<>]/;
const WORD_STOP = /[\s;&|<>'"\\]/;
const REDIRECTION = /^(\d*)(>>|>&|<&|>|<)(&?\d+|-)?/;
const ANGLE = /[<>]/;
const ENV_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*=/;
const CONTINUATION = /\\\r?\n/g;

/**
 * `$VAR` and `${VAR}` in a RUN word. A script's expansions may add at most MAX_EXPANDED_CHARS in all
 * (`budget`): past that, variables stay unexpanded, so `RUN echo $A $A $A …` cannot exhaust memory.
 */
function expand(text: string, vars: Record<string, string>, budget: { left: number }): string {
  if (!text.includes('$')) return text;
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-=+?]([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, a, def, b) => {
      const name = (a ?? b) as string;
      const v = vars[name];
      const value = v !== undefined && v !== '' ? v : typeof def === 'string' ? def : '';
      const growth = value.length - m.length;
      if (growth > budget.left) return m;
      budget.left -= Math.max(0, growth);
      return value;
    },
  );
}

function tokenize(script: string, vars: Record<string, string>): Token[] {
  const tokens: Token[] = [];
  const budget = { left: MAX_EXPANDED_CHARS };
  const s = script.includes('\\') ? script.replace(CONTINUATION, ' ') : script;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n') {
      tokens.push({ kind: 'op', value: ';' });
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && s[i] !== '\n') i++;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === ';;') {
      tokens.push({ kind: 'op', value: two });
      i += 2;
      continue;
    }
    if (c === ';' || c === '|' || c === '&') {
      tokens.push({ kind: 'op', value: c });
      i++;
      continue;
    }
    // Redirections: [n]>, >>, <, 2>&1 — skip the operator and its target word.
    // A redirection starts with a digit, `<` or `>`.
    const redir =
      (c >= '0' && c <= '9') || c === '<' || c === '>' ? REDIRECTION.exec(s.slice(i, i + 8)) : null;
    if (redir && (redir[1] === '' || ANGLE.test(s[i + redir[1].length]))) {
      i += redir[0].length;
      if (!redir[3]) {
        while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
        i = readWord(s, i, vars, budget).end;
      }
      continue;
    }
    const w = readWord(s, i, vars, budget);
    if (w.end === i) {
      i++;
      continue;
    }
    tokens.push({ kind: 'word', value: w.value, raw: s.slice(i, w.end) });
    i = w.end;
  }
  return tokens;
}

function readWord(
  s: string,
  start: number,
  vars: Record<string, string>,
  budget: { left: number },
): { value: string; end: number } {
  let i = start;
  let value = '';
  let depth = 0;
  while (i < s.length) {
    const c = s[i];
    if (depth === 0 && WORD_BREAK.test(c)) break;
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      const stop = end === -1 ? s.length : end;
      value += s.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let inner = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length) {
          inner += s[j + 1];
          j += 2;
        } else inner += s[j++];
      }
      value += expand(inner, vars, budget);
      i = j + 1;
      continue;
    }
    if (c === '\\' && i + 1 < s.length) {
      value += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '$' && s[i + 1] === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    // Unquoted text: expand variables word by word.
    let j = i + 1;
    while (
      j < s.length &&
      !WORD_STOP.test(s[j]) &&
      !(s[j] === ')' && depth > 0) &&
      !(s[j] === '$' && s[j + 1] === '(')
    )
      j++;
    if (c === '$' && s[i + 1] === '(') {
      value += '$(';
      i += 2;
      continue;
    }
    value += c === ')' ? ')' : expand(s.slice(i, j), vars, budget);
    i = c === ')' ? i + 1 : j;
  }
  return { value, end: i };
}

/** A simple command and the operator that follows it (`|`, `&&`, `;`, …), or null at the end. */
export interface ListedCommand {
  command: SimpleCommand;
  next: string | null;
}

/**
 * Appends the simple commands of `script` to `out` and, when `ops` is given, the operator after each to
 * `ops` (the same index). Kept as two plain arrays: the simulation reads every RUN on every edit and
 * needs no operators.
 */
function listCommands(
  script: string,
  vars: Record<string, string>,
  depth: number,
  out: SimpleCommand[],
  ops: Array<string | null> | null,
): void {
  let tokens: Token[];
  try {
    tokens = tokenize(script, vars);
  } catch {
    return;
  }
  let current: Token[] = [];
  const flush = (next: string | null) => {
    const words = current.filter((t): t is Extract<Token, { kind: 'word' }> => t.kind === 'word');
    current = [];
    let k = 0;
    while (k < words.length && KEYWORDS.has(words[k].value)) k++;
    const env: Record<string, string> = {};
    while (k < words.length && ENV_PREFIX.test(words[k].raw)) {
      const eq = words[k].value.indexOf('=');
      env[words[k].value.slice(0, eq)] = words[k].value.slice(eq + 1);
      k++;
    }
    const argv = words.slice(k).map((w) => w.value);
    while (argv.length > 0 && KEYWORDS.has(argv[argv.length - 1])) argv.pop();
    if (argv.length === 0 || out.length >= MAX_COMMANDS) return;
    const text = words.map((w) => w.raw).join(' ');
    const base = commandName(argv);
    if (
      (base === 'sh' || base === 'bash' || base === 'ash' || base === 'dash') &&
      argv[1] === '-c' &&
      argv[2] &&
      depth < 4
    ) {
      listCommands(argv[2], { ...vars, ...env }, depth + 1, out, ops);
      if (ops && ops.length > 0) ops[ops.length - 1] = next;
      return;
    }
    out.push({ argv, env, text });
    ops?.push(next);
  };
  for (const t of tokens) {
    if (t.kind === 'op') flush(t.value);
    else current.push(t);
  }
  flush(null);
}

/**
 * Split a shell script into its simple commands, in order. `vars` (the stage's ENV and ARGs) are
 * used for `$VAR` expansion; `NAME=value` prefixes are expanded and returned per command.
 * `sh -c "…"` / `bash -c "…"` are read recursively. Never throws.
 */
export function splitCommands(script: string, vars: Record<string, string> = {}, depth = 0): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  listCommands(script, vars, depth, out, null);
  return out;
}

/**
 * Like {@link splitCommands}, with the operator after each command kept, so a caller can tell
 * `a | b` from `a; b`. Never throws.
 */
export function splitCommandList(
  script: string,
  vars: Record<string, string> = {},
  depth = 0,
): ListedCommand[] {
  const commands: SimpleCommand[] = [];
  const ops: Array<string | null> = [];
  listCommands(script, vars, depth, commands, ops);
  return commands.map((command, i) => ({ command, next: ops[i] }));
}

/** The command name without its folder (`/usr/bin/apt-get` → `apt-get`). */
export function commandName(argv: readonly string[]): string {
  const first = argv[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1);
}
