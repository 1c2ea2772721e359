/**
 * The checks Docker makes when it turns parsed lines into instructions
 * (BuildKit frontend/dockerfile/instructions/parse.go): argument counts, known flags, HEALTHCHECK
 * types, ONBUILD triggers, SHELL in JSON form, unknown instructions. Each returns Docker's message
 * and a hint saying what to do.
 */
import type { RawInstruction } from './convert';
import { flagParts } from './split-command';

/** A problem with one instruction. */
export interface InstructionProblem {
  message: string;
  hint: string;
  /** Offsets in the logical line to point at, or null for the whole instruction. */
  span: [number, number] | null;
}

const FLAGS: Record<string, string[]> = {
  add: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  copy: ['chown', 'from', 'chmod', 'link', 'parents', 'exclude'],
  from: ['platform'],
  run: ['mount', 'network', 'security', 'device'],
  healthcheck: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

const KEYWORDS = [
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
];

const KEYWORD_SET = new Set(KEYWORDS);

/**
 * The Levenshtein distance between two strings (insertions, deletions and substitutions of one
 * UTF-16 unit each), for "did you mean" suggestions. With `max`, only distances up to `max` are
 * exact and anything larger is reported as `max + 1`; the work is then about
 * `(2 × max + 1) × a.length` steps instead of `a.length × b.length`, which keeps long hostile names
 * cheap. Without it (Infinity) the distance is always exact.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const limit = Number.isNaN(max) ? Infinity : Math.max(0, Math.floor(max));
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  // One row of the table; cells outside the band |i - j| <= limit stand for "more than limit".
  const row = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    let diag = row[lo - 1];
    row[lo - 1] = lo === 1 ? i : over;
    let least = row[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (row[j] < least) least = row[j];
    }
    // Every edit path crosses this row and distances never shrink along a path.
    if (least > limit) return over;
  }
  return Math.min(row[b.length], over);
}

/**
 * The name in `names` closest to a misspelt `word` (a stage name, say): at most two edits away, and
 * fewer edits than half the name's letters, so short names are not matched by anything; else null.
 */
export function closestName(word: string, names: Iterable<string>): string | null {
  const w = word.toLowerCase().slice(0, 64);
  let best: string | null = null;
  let bestD = Infinity;
  for (const name of names) {
    const d = editDistance(w, name.toLowerCase(), 2);
    if (d < bestD) {
      bestD = d;
      best = name;
    }
  }
  return best !== null && bestD > 0 && bestD <= 2 && bestD * 2 < best.length ? best : null;
}

/** The closest known keyword to a misspelt one (as Docker's "did you mean" does), or null. */
export function suggestKeyword(word: string): string | null {
  const w = word.toLowerCase().slice(0, 40);
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of KEYWORDS) {
    const d = editDistance(w, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== null && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

function count(cmd: string, args: string[]): InstructionProblem | null {
  const up = cmd.toUpperCase();
  const need = (m: string, hint: string): InstructionProblem => ({ message: m, hint, span: null });
  switch (cmd) {
    case 'add':
    case 'copy':
      return args.length < 2
        ? need(
            `${up} requires at least two arguments, but only one was provided. Destination could not be determined`,
            `Give ${up} a source and a destination, e.g. \`${up} app.go /src/\`.`,
          )
        : null;
    case 'maintainer':
    case 'workdir':
    case 'user':
    case 'stopsignal':
      return args.length !== 1
        ? need(`${up} requires exactly one argument`, `Write exactly one value after ${up}.`)
        : null;
    case 'env':
    case 'label':
    case 'expose':
    case 'volume':
    case 'arg':
    case 'onbuild':
    case 'healthcheck':
      return args.length === 0
        ? need(`${up} requires at least one argument`, `Add a value after ${up}.`)
        : null;
    default:
      return null;
  }
}

function healthcheck(raw: RawInstruction): InstructionProblem | null {
  const type = (raw.args[0] ?? '').toUpperCase();
  if (raw.args.length === 0) return null;
  if (type === 'NONE') {
    return raw.args.length > 1
      ? {
          message: 'HEALTHCHECK NONE takes no arguments',
          hint: 'Write `HEALTHCHECK NONE` alone.',
          span: null,
        }
      : null;
  }
  if (type !== 'CMD') {
    return {
      message: `Unknown type ${JSON.stringify(type)} in HEALTHCHECK (try CMD)`,
      hint: 'Use `HEALTHCHECK CMD <command>` or `HEALTHCHECK NONE`.',
      span: null,
    };
  }
  if (raw.args.length < 2) {
    return {
      message: 'Missing command after HEALTHCHECK CMD',
      hint: 'Add the command to run after CMD.',
      span: null,
    };
  }
  return null;
}

/** Docker's complaints about one instruction, in the order Docker would find them. */
export function validateInstruction(raw: RawInstruction): InstructionProblem[] {
  const out: InstructionProblem[] = [];
  const { cmd } = raw;
  if (!KEYWORD_SET.has(cmd)) {
    const s = suggestKeyword(cmd);
    out.push({
      message: `unknown instruction: ${raw.keyword}${s ? ` (did you mean ${s}?)` : ''}`,
      hint: s
        ? `Docker does not know \`${raw.keyword}\`; did you mean \`${s.toUpperCase()}\`?`
        : `Docker does not know \`${raw.keyword}\`; every line must start with an instruction such as FROM, RUN or COPY.`,
      span: [raw.keywordStart, raw.keywordStart + raw.keyword.length],
    });
    return out;
  }
  const c = count(cmd, raw.args);
  if (c) out.push(c);
  const allowed = FLAGS[cmd] ?? [];
  for (const f of raw.flags) {
    const { name } = flagParts(f.text);
    if (!allowed.includes(name)) {
      out.push({
        message: `unknown flag: ${name}`,
        hint: allowed.length
          ? `${cmd.toUpperCase()} accepts ${allowed.map((n) => `--${n}`).join(', ')}.`
          : `${cmd.toUpperCase()} takes no flags.`,
        span: [f.start, f.end],
      });
    }
  }
  if (cmd === 'healthcheck') {
    const h = healthcheck(raw);
    if (h) out.push(h);
  }
  if (cmd === 'shell' && raw.args.length > 0 && !raw.json) {
    out.push({
      message: 'SHELL requires the arguments to be in JSON form',
      hint: 'Write SHELL as a JSON array, e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
      span: null,
    });
  } else if (cmd === 'shell' && raw.json && raw.args.length === 0) {
    out.push({ message: 'SHELL requires at least one argument', hint: 'Name the shell to use.', span: null });
  }
  if ((cmd === 'env' || cmd === 'label') && raw.args.some((a, i) => i % 3 === 0 && a === '')) {
    out.push({
      message: `${cmd.toUpperCase()} names can not be blank`,
      hint: 'Give every value a name: `name=value`.',
      span: null,
    });
  }
  if (cmd === 'arg' && raw.args.some((a) => a.startsWith('='))) {
    out.push({ message: 'ARG names can not be blank', hint: 'Write `ARG NAME=value`.', span: null });
  }
  if ((cmd === 'copy' || cmd === 'add') && raw.args.length >= 2 && !raw.json) {
    if (parseHeredocDest(raw.args[raw.args.length - 1])) {
      out.push({
        message: `${cmd.toUpperCase()} cannot accept a heredoc as a destination`,
        hint: 'Put the heredoc before the destination path.',
        span: null,
      });
    }
  }
  if (cmd === 'onbuild' && raw.sub) {
    const t = raw.sub.cmd.toUpperCase();
    if (t === 'ONBUILD') {
      out.push({
        message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
        hint: 'Use a single ONBUILD.',
        span: null,
      });
    } else if (t === 'MAINTAINER' || t === 'FROM') {
      out.push({
        message: `${t} isn't allowed as an ONBUILD trigger`,
        hint: 'ONBUILD may register any other instruction.',
        span: null,
      });
    } else {
      for (const p of validateInstruction(raw.sub)) out.push(p);
    }
  }
  return out;
}

function parseHeredocDest(dest: string): boolean {
  return /^\d*<<-?[^<]+$/.test(dest);
}
