/**
 * BuildKit's per-keyword argument splitting (frontend/dockerfile/parser/line_parsers.go): what the
 * `args` of each instruction are, exactly as Docker's parser produces them. Values keep their
 * quotes here; quotes and variables are processed later, per instruction, by `expandVariables`.
 */
import type { EscapeChar } from './logical-lines';
import { isGoSpace, splitTokenSpace } from './text';

/** The result of splitting one instruction's arguments. */
export interface ParsedArgs {
  args: string[];
  /** True when the arguments were a JSON array (exec form). */
  json: boolean;
  /** A parse error, with Docker's wording, or null. */
  error: string | null;
}

const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

/** BuildKit's `parseWords`: words split on whitespace, quotes kept, the escape char kept. */
export function parseWords(rest: string, escape: EscapeChar): string[] {
  const words: string[] = [];
  let phase = 0; // 0 spaces, 1 word, 2 quote
  let word = '';
  let quote = '';
  let blankOK = false;
  const n = rest.length;
  for (let pos = 0; pos <= n; pos++) {
    let ch = pos < n ? rest[pos] : '';
    if (phase === 0) {
      if (pos === n) break;
      if (isGoSpace(rest.charCodeAt(pos))) continue;
      phase = 1;
    }
    if (phase === 1 && pos === n) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 2 && pos === n) {
      // An unterminated quote: the word so far is kept (Go's older loop did the same).
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 1) {
      if (isGoSpace(rest.charCodeAt(pos))) {
        phase = 0;
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 2;
      }
      if (ch === escape) {
        if (pos + 1 === n) continue;
        word += ch;
        pos++;
        ch = rest[pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 1;
    if (ch === escape && quote !== "'") {
      if (pos + 1 === n) {
        phase = 1;
        continue;
      }
      pos++;
      word += ch;
      ch = rest[pos];
    }
    word += ch;
  }
  return words;
}

/** Go's `json.Unmarshal` into `[]interface{}` followed by the string check. */
function parseJson(rest: string): { ok: true; values: string[] } | { ok: false; notStrings: boolean } {
  let i = 0;
  while (i < rest.length && isGoSpace(rest.charCodeAt(i))) i++;
  if (rest[i] !== '[') return { ok: false, notStrings: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(rest.slice(i));
  } catch {
    return { ok: false, notStrings: false };
  }
  if (!Array.isArray(parsed)) return { ok: false, notStrings: false };
  const values: string[] = [];
  for (const v of parsed) {
    if (typeof v !== 'string') return { ok: false, notStrings: true };
    values.push(v);
  }
  return { ok: true, values };
}

function maybeJson(rest: string): ParsedArgs {
  if (rest === '') return { args: [], json: false, error: null };
  const j = parseJson(rest);
  if (j.ok) return { args: j.values, json: true, error: null };
  if (j.notStrings) return { args: [rest], json: false, error: NOT_STRING_ARRAY };
  return { args: [rest], json: false, error: null };
}

function whitespaceList(rest: string): string[] {
  if (rest === '') return [];
  return splitTokenSpace(rest).map((w) => w.text);
}

function maybeJsonToList(rest: string): ParsedArgs {
  const j = parseJson(rest);
  if (j.ok) return { args: j.values, json: true, error: null };
  if (j.notStrings) return { args: whitespaceList(rest), json: false, error: NOT_STRING_ARRAY };
  return { args: whitespaceList(rest), json: false, error: null };
}

function nameVal(rest: string, key: string, escape: EscapeChar): ParsedArgs {
  const words = parseWords(rest, escape);
  if (words.length === 0) return { args: [], json: false, error: null };
  if (!words[0].includes('=')) {
    const parts = splitTokenSpace(rest);
    if (parts.length < 2) return { args: [], json: false, error: `${key} must have two arguments` };
    const valueStart = parts[1].start;
    return { args: [parts[0].text, rest.slice(valueStart), ''], json: false, error: null };
  }
  const args: string[] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) {
      return {
        args,
        json: false,
        error: `Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`,
      };
    }
    args.push(w.slice(0, eq), w.slice(eq + 1), '=');
  }
  return { args, json: false, error: null };
}

function healthConfig(rest: string): ParsedArgs {
  let sep = 0;
  while (sep < rest.length && !isGoSpace(rest.charCodeAt(sep))) sep++;
  let next = sep;
  while (next < rest.length && isGoSpace(rest.charCodeAt(next))) next++;
  if (sep === 0) return { args: [], json: false, error: null };
  const cmd = maybeJson(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json, error: cmd.error };
}

/**
 * Splits the arguments of one instruction by its lowercased keyword, as BuildKit's dispatch table
 * does. ONBUILD is handled by the caller (its argument is itself an instruction).
 */
export function parseArgs(keyword: string, rest: string, escape: EscapeChar): ParsedArgs {
  switch (keyword) {
    case 'add':
    case 'copy':
    case 'volume':
      return maybeJsonToList(rest);
    case 'arg':
      return { args: parseWords(rest, escape), json: false, error: null };
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return maybeJson(rest);
    case 'env':
      return nameVal(rest, 'ENV', escape);
    case 'label':
      return nameVal(rest, 'LABEL', escape);
    case 'expose':
    case 'from':
      return { args: whitespaceList(rest), json: false, error: null };
    case 'healthcheck':
      return healthConfig(rest);
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { args: rest === '' ? [] : [rest], json: false, error: null };
    default:
      return { args: [], json: false, error: null };
  }
}
