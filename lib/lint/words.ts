/**
 * Small readings of instruction arguments the way the builder sees them after its word processing:
 * quotes removed (`COPY a "/abs"` copies to an absolute path; `WORKDIR "rel"` is relative).
 */

/** The word without its quotes (`"a b"` → `a b`, `'x'` → `x`); other words as they are. */
export function unquote(word: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"' && (word[i + 1] === '"' || word[i + 1] === '\\'))
        out += word[++i];
      else out += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else out += ch;
  }
  return out;
}

/** An absolute path on Linux or Windows (`/x`, `C:\x`, `c:`), or one that starts with a variable. */
export function absoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:/.test(path);
}
