/**
 * Docker's variable substitution ("Environment replacement" in the Dockerfile reference), as
 * BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) performs it on the arguments of
 * ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR, ARG (and ONBUILD of
 * those). RUN, CMD and ENTRYPOINT are not expanded by Docker: the shell does that when it runs.
 *
 * Rules: `$NAME` and `${NAME}`; `${NAME:-word}` (word if unset or empty), `${NAME-word}` (if
 * unset), `${NAME:+word}` (word if set and not empty), `${NAME+word}` (if set), `${NAME:?msg}` /
 * `${NAME?msg}` (an error), `${NAME#p}`, `${NAME##p}`, `${NAME%p}`, `${NAME%%p}`,
 * `${NAME/p/r}`, `${NAME//p/r}`; single quotes keep everything literal; inside double quotes the
 * escape character escapes only `"`, `$` and itself; outside quotes it escapes any character.
 * Quotes are removed from the result.
 */
import type { InstructionKind } from '../dockerfile/types';

/** The instruction kinds whose arguments Docker expands. */
export const EXPANDING_KINDS: ReadonlySet<InstructionKind> = new Set<InstructionKind>([
  'add',
  'copy',
  'env',
  'expose',
  'from',
  'label',
  'stopsignal',
  'user',
  'volume',
  'workdir',
  'arg',
]);

/** The result of expanding one word. */
export interface Expansion {
  value: string;
  /** Names referenced without a default (`$X`, `${X}`) that had no value. Each name once. */
  undefinedVars: string[];
  /** A substitution error with BuildKit's wording (`syntax error: bad substitution`, ...), or null. */
  error: string | null;
  /**
   * The variable whose value made the result longer than {@link MAX_EXPANDED_CHARS}, or null. The value
   * is then cut to that length and `error` says so.
   */
  tooLong?: string | null;
}

type Vars = Readonly<Record<string, string | undefined>>;

/**
 * The longest value an expansion may produce: 64 KiB, the size of the longest Dockerfile a share link
 * carries. A shell would let `ENV A=$A$A` double until memory runs out; the simulator stops here and
 * says so ({@link Expansion.tooLong}).
 */
export const MAX_EXPANDED_CHARS = 64 * 1024;

/** Thrown inside the lexer when the result grows past {@link MAX_EXPANDED_CHARS}. */
class TooLong extends Error {
  constructor(readonly variable: string) {
    super(`${variable} expands to more than ${MAX_EXPANDED_CHARS.toLocaleString('en-US')} characters`);
  }
}

class Lexer {
  pos = 0;
  readonly undefinedVars: string[] = [];
  /** The last variable looked up: the one blamed when the result grows too long. */
  lastName = '';
  constructor(
    readonly s: string,
    readonly vars: Vars,
    readonly escape: string,
  ) {}

  lookup(name: string, track: boolean): string | undefined {
    this.lastName = name;
    const v = Object.prototype.hasOwnProperty.call(this.vars, name) ? this.vars[name] : undefined;
    if (v === undefined && track && !this.undefinedVars.includes(name)) this.undefinedVars.push(name);
    return v;
  }

  /** Reads until `stop` (consumed) or the end; `stop` null means read to the end. */
  word(stop: string | null): string {
    let out = '';
    const s = this.s;
    while (this.pos < s.length) {
      const ch = s[this.pos];
      if (stop !== null && ch === stop) {
        this.pos++;
        return out;
      }
      if (ch === "'") out += this.single();
      else if (ch === '"') out += this.double();
      else if (ch === '$') out = this.capped(out + this.dollar());
      else {
        this.pos++;
        if (ch === this.escape) {
          if (this.pos >= s.length) break;
          out += s[this.pos++];
        } else out += ch;
      }
    }
    if (stop !== null) throw new Error(`unexpected end of statement while looking for matching ${stop}`);
    return out;
  }

  /** `out`, or a {@link TooLong} when a substitution made it longer than the cap. */
  capped(out: string): string {
    if (out.length > MAX_EXPANDED_CHARS) throw new TooLong(this.lastName);
    return out;
  }

  single(): string {
    const end = this.s.indexOf("'", this.pos + 1);
    if (end < 0) throw new Error('unexpected end of statement while looking for matching single-quote');
    const out = this.s.slice(this.pos + 1, end);
    this.pos = end + 1;
    return out;
  }

  double(): string {
    let out = '';
    const s = this.s;
    this.pos++;
    while (this.pos < s.length) {
      const ch = s[this.pos];
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch === '$') {
        out = this.capped(out + this.dollar());
        continue;
      }
      this.pos++;
      if (ch === this.escape && this.pos < s.length) {
        const next = s[this.pos];
        if (next === '"' || next === '$' || next === this.escape) {
          out += next;
          this.pos++;
          continue;
        }
      } else if (ch === this.escape) continue;
      out += ch;
    }
    throw new Error('unexpected end of statement while looking for matching double-quote');
  }

  name(): string {
    const s = this.s;
    const start = this.pos;
    if (this.pos < s.length && /[0-9]/.test(s[this.pos])) {
      while (this.pos < s.length && /[0-9]/.test(s[this.pos])) this.pos++;
      return s.slice(start, this.pos);
    }
    if (this.pos < s.length && '@*#?-$!0'.includes(s[this.pos])) return s[this.pos++];
    while (this.pos < s.length && /[\p{L}\p{N}_]/u.test(s[this.pos])) this.pos++;
    return s.slice(start, this.pos);
  }

  dollar(): string {
    const s = this.s;
    this.pos++;
    if (s[this.pos] !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.lookup(name, true) ?? '';
    }
    this.pos++;
    if (this.pos >= s.length) throw new Error("syntax error: missing '}'");
    if ('{}:'.includes(s[this.pos])) throw new Error('syntax error: bad substitution');
    const name = this.name();
    if (this.pos >= s.length) throw new Error("syntax error: missing '}'");
    const ch = s[this.pos++];
    if (ch === '}') return this.lookup(name, true) ?? '';
    const colon = ch === ':';
    const mod = colon ? s[this.pos++] : ch;
    if (mod === undefined) throw new Error("syntax error: missing '}'");
    if ('-+?'.includes(mod)) {
      const word = this.word('}');
      const v = this.lookup(name, false);
      const unset = v === undefined || (colon && v === '');
      if (mod === '-') return unset ? word : (v ?? '');
      if (mod === '+') return unset ? '' : word;
      if (unset) throw new Error(`${name}: ${word || 'is not allowed to be unset'}`);
      return v ?? '';
    }
    if (colon) throw new Error(`unsupported modifier (${mod}) in substitution`);
    if (mod === '#' || mod === '%') {
      const longest = s[this.pos] === mod;
      if (longest) this.pos++;
      const pattern = this.word('}');
      return trimPattern(this.lookup(name, true) ?? '', pattern, mod === '#', longest);
    }
    if (mod === '/') {
      const all = s[this.pos] === '/';
      if (all) this.pos++;
      const pattern = this.word('/');
      const repl = this.word('}');
      const v = this.lookup(name, true) ?? '';
      if (pattern === '') return v;
      return this.capped(all ? v.split(pattern).join(repl) : v.replace(pattern, () => repl));
    }
    throw new Error(`unsupported modifier (${mod}) in substitution`);
  }
}

/**
 * The lengths of the prefixes of `units` that the glob matches (`*` any run, `?` one character, the rest
 * literal), by walking the glob as a set of states: O(value × pattern), never the exponential
 * backtracking a regular expression with several `.*` can take. Returns the shortest or the longest.
 */
function globPrefix(units: readonly string[], glob: readonly string[], longest: boolean): number | null {
  const m = glob.length;
  let states = new Uint8Array(m + 1);
  const close = (set: Uint8Array): void => {
    for (let k = 0; k < m; k++) if (set[k] && glob[k] === '*') set[k + 1] = 1;
  };
  states[0] = 1;
  close(states);
  let best: number | null = states[m] ? 0 : null;
  if (best !== null && !longest) return 0;
  for (let i = 0; i < units.length; i++) {
    const next = new Uint8Array(m + 1);
    let any = false;
    for (let k = 0; k < m; k++) {
      if (!states[k]) continue;
      const g = glob[k];
      if (g === '*') next[k] = 1;
      else if (g === '?' || g === units[i]) next[k + 1] = 1;
      else continue;
      any = true;
    }
    if (!any) break;
    close(next);
    states = next;
    if (states[m]) {
      best = i + 1;
      if (!longest) return best;
    }
  }
  return best;
}

function trimPattern(value: string, pattern: string, prefix: boolean, longest: boolean): string {
  const units = [...value];
  const glob = [...pattern];
  if (prefix) {
    const n = globPrefix(units, glob, longest);
    return n === null ? value : units.slice(n).join('');
  }
  // A suffix of the value is a prefix of the reversed value, matched by the reversed pattern.
  const n = globPrefix(units.slice().reverse(), glob.slice().reverse(), longest);
  return n === null ? value : units.slice(0, units.length - n).join('');
}

/**
 * Expands Docker variables in one word. `vars` maps names to values; a name that is absent (or
 * `undefined`) is unset. Never throws: a syntax error returns the text unchanged with `error` set.
 */
export function expandVariables(text: string, vars: Vars, escapeChar: '\\' | '`' = '\\'): Expansion {
  if (!text.includes('$') && !text.includes("'") && !text.includes('"') && !text.includes(escapeChar)) {
    return { value: text, undefinedVars: [], error: null };
  }
  const lexer = new Lexer(text, vars, escapeChar);
  try {
    const value = lexer.word(null);
    return { value, undefinedVars: lexer.undefinedVars, error: null };
  } catch (e) {
    if (e instanceof TooLong) {
      return {
        value: text.length > MAX_EXPANDED_CHARS ? text.slice(0, MAX_EXPANDED_CHARS) : text,
        undefinedVars: lexer.undefinedVars,
        error: `${e.message}: the simulator stops there`,
        tooLong: e.variable,
      };
    }
    const msg = e instanceof Error ? e.message : String(e);
    return { value: text, undefinedVars: lexer.undefinedVars, error: `failed to process "${text}": ${msg}` };
  }
}
