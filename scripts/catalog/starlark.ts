/**
 * Reads the literal assignments of a Bazel/Starlark config file (`NAME = {...}` / `[...]` / `"..."` / 123)
 * into JSON values. Only literals are understood; anything else is skipped. Pure and deterministic.
 */
export function starlarkLiterals(text: string): Record<string, unknown> {
  const noComments = text
    .split('\n')
    .map((line) => line.replace(/(^|[^"'])#.*$/, '$1'))
    .join('\n');
  const out: Record<string, unknown> = {};
  const head = /^([A-Z_][A-Z0-9_]*)\s*=\s*/gm;
  let match: RegExpExecArray | null;
  while ((match = head.exec(noComments))) {
    const start = match.index + match[0].length;
    const literal = takeLiteral(noComments, start);
    if (literal === null) continue;
    const json = literal
      .replace(/'/g, '"')
      .replace(/,(\s*[\]}])/g, '$1')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false')
      .replace(/\bNone\b/g, 'null');
    try {
      out[match[1]] = JSON.parse(json);
    } catch {
      // not a plain literal (calls, concatenations): skipped
    }
  }
  return out;
}

/** The bracketed literal (or a simple scalar) starting at `start`, or null. */
function takeLiteral(text: string, start: number): string | null {
  const open = text[start];
  if (open !== '{' && open !== '[') {
    const line = text.slice(start, text.indexOf('\n', start) >>> 0 || undefined).trim();
    return /^("[^"]*"|-?\d+)$/.test(line) ? line : null;
  }
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}
