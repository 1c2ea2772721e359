/**
 * Word expansion as sh does it when a command runs (XCU 2.6): tilde, parameters (`$X`, `${X}`,
 * `${X:-w}`, `${X-w}`, `${X:=w}`, `${X:+w}`, `${X+w}`, `${X:?w}`, `${#X}`, `${X#p}`, `${X##p}`,
 * `${X%p}`, `${X%%p}`, and bash's `${X/p/r}`, `${X^^}`, `${X,,}`, `${X:o:l}`), field splitting of
 * unquoted expansions, and quote removal. Command substitutions (`$(…)`, backticks) and arithmetic
 * are not run: their text is kept and the result is marked unknown. Pathname globbing is not done
 * (the command models read globs themselves).
 *
 * Linear in the word's length except for bounded work on `${…}` nesting (MAX_NEST) and patterns
 * (values over MAX_PATTERN_VALUE characters give an unknown result). Never throws.
 */

/** What a word's variables resolve to. */
export interface Scope {
  /** The variable's value, or undefined when it is unset. */
  get(name: string): string | undefined;
  /** True when unset variables may have been set by something the model did not follow (`. file`). */
  opaque?: boolean;
  /** True for a variable whose value the model does not know (set from a command's output). */
  isUnknown?(name: string): boolean;
  /** Keep `$X` references as written instead of expanding them (a reading without values). */
  literal?: boolean;
  /**
   * Characters expansions may still add, shared by every word of a script: past it a reference stays
   * as written (and unknown), so `echo $A $A $A …` with a huge A cannot exhaust memory.
   */
  budget?: { left: number };
}

export interface Expanded {
  fields: string[];
  /** True when part of the word could not be known (a command substitution, an unknown variable). */
  unknown: boolean;
}

import { MAX_EXPANDED_CHARS } from '../variables/expand';

const MAX_NEST = 8;
const MAX_PATTERN_VALUE = 256;
const NO_VARS: Scope = { get: () => undefined };

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

/** The index of the `close` matching an opener just before `i`, following quotes; -1 when none. */
function matching(s: string, i: number, open: string, close: string): number {
  let depth = 1;
  let q = '';
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (q === "'") {
      if (c === "'") q = '';
      continue;
    }
    if (c === '\\') {
      k++;
      continue;
    }
    if (q === '"') {
      if (c === '"') q = '';
      continue;
    }
    if (c === "'" || c === '"') q = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}

/** The index of the `"` that closes a double-quoted string starting at `i`; -1 when none. */
function closingDouble(s: string, i: number): number {
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '"') return k;
    else if (c === '$' && s[k + 1] === '(') {
      const e = matching(s, k + 2, '(', ')');
      if (e < 0) return -1;
      k = e;
    } else if (c === '`') {
      const e = s.indexOf('`', k + 1);
      if (e < 0) return -1;
      k = e;
    }
  }
  return -1;
}

/** Glob match of `*`, `?` and literal characters over a whole string (bounded by callers). */
export function globMatch(str: string, pat: string): boolean {
  let si = 0;
  let pi = 0;
  let star = -1;
  let mark = 0;
  while (si < str.length) {
    if (pi < pat.length && (pat[pi] === '?' || pat[pi] === str[si])) {
      si++;
      pi++;
    } else if (pi < pat.length && pat[pi] === '*') {
      star = pi++;
      mark = si;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else return false;
  }
  while (pi < pat.length && pat[pi] === '*') pi++;
  return pi === pat.length;
}

class Expander {
  unknown = false;
  constructor(
    readonly scope: Scope,
    readonly nest: number,
  ) {}

  lookup(name: string): string | undefined {
    const v = this.scope.get(name);
    if ((v === undefined && this.scope.opaque) || this.scope.isUnknown?.(name)) this.unknown = true;
    return v;
  }

  /**
   * Expands `s`, calling `emit(text, splittable)` for each piece: literal and quoted text is not
   * split, unquoted expansions are.
   */
  run(s: string, emit: (text: string, split: boolean) => void, inDouble = false): void {
    let i = 0;
    const n = s.length;
    if (!inDouble && s[0] === '~' && (n === 1 || s[1] === '/')) {
      const home = this.scope.literal ? undefined : this.lookup('HOME');
      emit(home ?? '~', false);
      i = 1;
    }
    while (i < n) {
      const c = s[i];
      if (c === "'" && !inDouble) {
        const e = s.indexOf("'", i + 1);
        const end = e < 0 ? n : e;
        emit(s.slice(i + 1, end), false);
        i = end + 1;
        continue;
      }
      if (c === '"' && !inDouble) {
        const e = closingDouble(s, i + 1);
        const end = e < 0 ? n : e;
        emit('', false);
        this.run(s.slice(i + 1, end), (t) => emit(t, false), true);
        i = end + 1;
        continue;
      }
      if (c === '\\') {
        const next = s[i + 1];
        if (next === undefined) {
          emit('\\', false);
          i++;
        } else if (next === '\n') i += 2;
        else if (inDouble && next !== '$' && next !== '`' && next !== '"' && next !== '\\') {
          emit(`\\${next}`, false);
          i += 2;
        } else {
          emit(next, false);
          i += 2;
        }
        continue;
      }
      if (c === '`') {
        const e = s.indexOf('`', i + 1);
        const end = e < 0 ? n : e + 1;
        this.unknown = true;
        emit(s.slice(i, end), false);
        i = end;
        continue;
      }
      if (c === '$' && s[i + 1] === '(') {
        // Not run: its text is kept as one piece.
        i = this.dollar(s, i, (t) => emit(t, false));
        continue;
      }
      if (c === '$') {
        i = this.dollar(s, i, (t) => emit(t, !inDouble));
        continue;
      }
      emit(c, false);
      i++;
    }
  }

  /** Expands the `$…` at `i`; returns the index after it. */
  dollar(s: string, i: number, emit: (text: string) => void): number {
    const next = s[i + 1];
    if (next === '(') {
      const e = matching(s, i + 2, '(', ')');
      const end = e < 0 ? s.length : e + 1;
      this.unknown = true;
      emit(s.slice(i, end));
      return end;
    }
    if (next === '{') {
      const e = matching(s, i + 2, '{', '}');
      const end = e < 0 ? s.length : e;
      const raw = s.slice(i, Math.min(end + 1, s.length));
      emit(this.spend(this.braced(s.slice(i + 2, end), raw), raw));
      return end + 1;
    }
    if (next !== undefined && isNameStart(next)) {
      let j = i + 2;
      while (j < s.length && isNameChar(s[j])) j++;
      const name = s.slice(i + 1, j);
      if (this.scope.literal) emit(s.slice(i, j));
      else emit(this.spend(this.special(name) ?? this.lookup(name) ?? '', s.slice(i, j)));
      return j;
    }
    if (next !== undefined && '0123456789@*#?$!-'.includes(next)) {
      if (this.scope.literal) emit(s.slice(i, i + 2));
      else emit(this.special(next) ?? '');
      return i + 2;
    }
    emit('$');
    return i + 1;
  }

  /** `value` when the script's budget allows it, else `raw` (kept as written, unknown). */
  spend(value: string, raw: string): string {
    const budget = this.scope.budget;
    if (!budget || value.length <= raw.length) return value;
    const growth = value.length - raw.length;
    if (growth > budget.left) {
      this.unknown = true;
      return raw;
    }
    budget.left -= growth;
    return value;
  }

  special(name: string): string | undefined {
    if (name === '$' || name === '!' || name === '?' || name === 'RANDOM' || name === '-') {
      this.unknown = true;
      return `$${name}`;
    }
    if (name === '@' || name === '*' || name === '#' || (name >= '0' && name <= '9')) {
      const v = this.scope.get(name);
      return v ?? (name === '#' ? '0' : '');
    }
    return undefined;
  }

  /** The value of `${body}`; `raw` is the whole `${…}` as written. */
  braced(body: string, raw: string): string {
    if (this.scope.literal) return raw;
    if (this.nest >= MAX_NEST) {
      this.unknown = true;
      return raw;
    }
    if (body.startsWith('#') && body.length > 1) {
      const v = this.lookup(body.slice(1));
      return String((v ?? '').length);
    }
    let j = 0;
    if (body[0] !== undefined && '@*#?$!-0123456789'.includes(body[0])) j = 1;
    else while (j < body.length && isNameChar(body[j])) j++;
    const name = body.slice(0, j);
    if (name === '') {
      this.unknown = true;
      return raw;
    }
    const value = this.special(name) ?? this.lookup(name);
    const rest = body.slice(j);
    if (rest === '') return value ?? '';
    const sub = (w: string): string => {
      const inner = new Expander(this.scope, this.nest + 1);
      let out = '';
      inner.run(w, (t) => (out += t));
      if (inner.unknown) this.unknown = true;
      return out;
    };
    const colon = rest[0] === ':';
    const op = colon ? rest[1] : rest[0];
    const arg = rest.slice(colon ? 2 : 1);
    const unset = value === undefined || (colon && value === '');
    if (op === '-') return unset ? sub(arg) : (value ?? '');
    if (op === '=') return unset ? sub(arg) : (value ?? '');
    if (op === '+') return unset ? '' : sub(arg);
    if (op === '?') return value ?? '';
    if (colon) {
      // ${X:offset[:length]}
      const [o, l] = rest.slice(1).split(':');
      const off = Number(o.trim());
      const len = l === undefined ? undefined : Number(l.trim());
      if (Number.isInteger(off) && (len === undefined || Number.isInteger(len))) {
        const v = value ?? '';
        const from = off < 0 ? Math.max(0, v.length + off) : off;
        return len === undefined ? v.slice(from) : len < 0 ? v.slice(from, len) : v.slice(from, from + len);
      }
      this.unknown = true;
      return raw;
    }
    const v = value ?? '';
    if (op === '#' || op === '%') {
      const longest = arg[0] === op;
      const pat = sub(longest ? arg.slice(1) : arg);
      if (v.length > MAX_PATTERN_VALUE || pat.length > 64) {
        this.unknown = true;
        return v;
      }
      if (op === '#') {
        for (let k = longest ? v.length : 0; longest ? k >= 0 : k <= v.length; k += longest ? -1 : 1)
          if (globMatch(v.slice(0, k), pat)) return v.slice(k);
        return v;
      }
      for (let k = longest ? 0 : v.length; longest ? k <= v.length : k >= 0; k += longest ? 1 : -1)
        if (globMatch(v.slice(k), pat)) return v.slice(0, k);
      return v;
    }
    if (op === '/') {
      const all = arg[0] === '/';
      const spec = all ? arg.slice(1) : arg;
      const slash = spec.indexOf('/');
      const pat = sub(slash < 0 ? spec : spec.slice(0, slash));
      const rep = slash < 0 ? '' : sub(spec.slice(slash + 1));
      if (pat === '' || /[*?[]/.test(pat)) {
        if (pat !== '') this.unknown = true;
        return v;
      }
      return all ? v.split(pat).join(rep) : v.replace(pat, () => rep);
    }
    if (rest === '^^') return v.toUpperCase();
    if (rest === ',,') return v.toLowerCase();
    if (rest === '^') return v.charAt(0).toUpperCase() + v.slice(1);
    if (rest === ',') return v.charAt(0).toLowerCase() + v.slice(1);
    this.unknown = true;
    return raw;
  }
}

function isIfs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

/** Expands one word into fields (field splitting of unquoted expansions, quote removal). */
export function expandWord(raw: string, scope: Scope = NO_VARS): Expanded {
  const fields: string[] = [];
  let cur = '';
  let has = false;
  const x = new Expander(scope, 0);
  try {
    x.run(raw, (text, split) => {
      if (!split) {
        cur += text;
        has = true;
        return;
      }
      for (const c of text) {
        if (isIfs(c)) {
          if (has) fields.push(cur);
          cur = '';
          has = false;
        } else {
          cur += c;
          has = true;
        }
      }
    });
  } catch {
    return { fields: [raw], unknown: true };
  }
  if (has) fields.push(cur);
  return { fields, unknown: x.unknown };
}

/** Expands one word without field splitting (assignments, redirection targets, `case` words). */
export function expandString(raw: string, scope: Scope = NO_VARS): { value: string; unknown: boolean } {
  let value = '';
  const x = new Expander(scope, 0);
  try {
    x.run(raw, (t) => (value += t));
  } catch {
    return { value: raw, unknown: true };
  }
  return { value, unknown: x.unknown };
}

/**
 * Expands a heredoc body (`<<EOF`): parameters, command substitutions and `\$`, `` \` ``, `\\`,
 * `\<newline>` escapes; quotes stay as written.
 */
export function expandHeredoc(body: string, scope: Scope = NO_VARS): { value: string; unknown: boolean } {
  let value = '';
  const x = new Expander(scope, 0);
  try {
    let i = 0;
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$`\\\n'.includes(body[i + 1])) {
        if (body[i + 1] !== '\n') value += body[i + 1];
        i += 2;
      } else if (c === '$') i = x.dollar(body, i, (t) => (value += t));
      else if (c === '`') {
        const e = body.indexOf('`', i + 1);
        const end = e < 0 ? body.length : e + 1;
        x.unknown = true;
        value += body.slice(i, end);
        i = end;
      } else {
        value += c;
        i++;
      }
    }
  } catch {
    return { value: body, unknown: true };
  }
  return { value, unknown: x.unknown };
}

/** A scope over a plain record. */
export function recordScope(vars: Readonly<Record<string, string>>, opaque = false): Scope {
  return {
    get: (name) => (Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined),
    opaque,
    budget: { left: MAX_EXPANDED_CHARS },
  };
}

/** A scope that keeps every `$X` as written: quote removal only. */
export const LITERAL_SCOPE: Scope = { get: () => undefined, literal: true };
