/**
 * Splits a logical line into keyword, `--flags` and the rest, as BuildKit's `splitCommand` and
 * `extractBuilderFlags` do (frontend/dockerfile/parser/split_command.go): flags are the leading
 * words that start with `--`, quotes inside them are removed, `\` escapes the next character,
 * and a bare `--` ends the flags.
 */
import { isGoSpace, isTokenSpace } from './text';

/** A flag word with its offsets in the logical line. */
export interface RawFlag {
  /** The flag as BuildKit records it, e.g. `--from=build` (quotes removed). */
  text: string;
  start: number;
  end: number;
}

/** The parts of a logical line. */
export interface SplitLine {
  /** The keyword as written. */
  keyword: string;
  keywordStart: number;
  flags: RawFlag[];
  /** The arguments after the flags, trimmed. */
  rest: string;
  /** Offset of `rest` in the logical line. */
  restStart: number;
}

/** Splits `line` into its keyword, flags and the rest. */
export function splitCommand(line: string): SplitLine {
  let a = 0;
  while (a < line.length && isGoSpace(line.charCodeAt(a))) a++;
  let k = a;
  while (k < line.length && !isTokenSpace(line.charCodeAt(k))) k++;
  const keyword = line.slice(a, k);
  let end = line.length;
  while (end > k && isGoSpace(line.charCodeAt(end - 1))) end--;
  if (k >= end) return { keyword, keywordStart: a, flags: [], rest: '', restStart: end };
  let s = k;
  while (s < end && isTokenSpace(line.charCodeAt(s))) s++;
  const { flags, restStart } = extractBuilderFlags(line, s, end);
  let r = restStart;
  while (r < end && isGoSpace(line.charCodeAt(r))) r++;
  return { keyword, keywordStart: a, flags, rest: line.slice(r, end), restStart: r };
}

const IN_SPACES = 0;
const IN_WORD = 1;
const IN_QUOTE = 2;

function extractBuilderFlags(
  line: string,
  from: number,
  end: number,
): { flags: RawFlag[]; restStart: number } {
  const flags: RawFlag[] = [];
  let phase = IN_SPACES;
  let word = '';
  let wordStart = from;
  let quote = '';
  let blankOK = false;
  for (let pos = from; pos <= end; pos++) {
    const ch = pos < end ? line[pos] : '';
    if (phase === IN_SPACES) {
      if (pos === end) break;
      if (isGoSpace(line.charCodeAt(pos))) continue;
      if (ch !== '-' || pos + 1 === end || line[pos + 1] !== '-') return { flags, restStart: pos };
      phase = IN_WORD;
      wordStart = pos;
    }
    if (pos === end) {
      if (word !== '--' && (blankOK || word.length > 0))
        flags.push({ text: word, start: wordStart, end: pos });
      break;
    }
    if (phase === IN_WORD) {
      if (isGoSpace(line.charCodeAt(pos))) {
        phase = IN_SPACES;
        if (word === '--') return { flags, restStart: pos };
        if (blankOK || word.length > 0) flags.push({ text: word, start: wordStart, end: pos });
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
        continue;
      }
      let c = ch;
      if (c === '\\') {
        if (pos + 1 === end) continue;
        pos++;
        c = line[pos];
      }
      word += c;
      continue;
    }
    // IN_QUOTE
    if (ch === quote) {
      phase = IN_WORD;
      continue;
    }
    let c = ch;
    if (c === '\\') {
      if (pos + 1 === end) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      c = line[pos];
    }
    word += c;
  }
  return { flags, restStart: end };
}

/** Splits a BuildKit flag word (`--name=value` or `--name`) into name and value. */
export function flagParts(text: string): { name: string; value: string | null } {
  const body = text.startsWith('--') ? text.slice(2) : text;
  const eq = body.indexOf('=');
  return eq < 0 ? { name: body, value: null } : { name: body.slice(0, eq), value: body.slice(eq + 1) };
}
