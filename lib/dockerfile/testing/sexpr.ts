/**
 * Reader for the `result` files of BuildKit's parser test corpus: one instruction a line, as
 * `(keyword ["--flag" ...] "arg" ...)` with Go-quoted strings, and ONBUILD as
 * `(onbuild (run "echo" "test"))`.
 */

/** One instruction of a `result` file. */
export interface ResultNode {
  keyword: string;
  flags: string[];
  args: string[];
  /** ONBUILD's trigger. */
  sub: ResultNode | null;
}

/** Decodes a Go `strconv.Quote` string starting at `s[i]` (a `"`); returns the value and the end index. */
export function readGoString(s: string, i: number): { value: string; end: number } {
  let out = '';
  let j = i + 1;
  while (j < s.length && s[j] !== '"') {
    if (s[j] !== '\\') {
      out += s[j++];
      continue;
    }
    const e = s[j + 1];
    j += 2;
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      '"': '"',
      "'": "'",
    };
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(s.slice(j, j + 2), 16));
      j += 2;
    } else if (e === 'u') {
      out += String.fromCodePoint(parseInt(s.slice(j, j + 4), 16));
      j += 4;
    } else if (e === 'U') {
      out += String.fromCodePoint(parseInt(s.slice(j, j + 8), 16));
      j += 8;
    } else if (e >= '0' && e <= '7') {
      out += String.fromCharCode(parseInt(s.slice(j - 1, j + 2), 8));
      j += 2;
    } else out += e;
  }
  return { value: out, end: j + 1 };
}

function readNode(s: string, i: number): { node: ResultNode; end: number } {
  let j = i + 1;
  let k = j;
  while (k < s.length && s[k] !== ' ' && s[k] !== ')') k++;
  const node: ResultNode = { keyword: s.slice(j, k), flags: [], args: [], sub: null };
  j = k;
  while (j < s.length) {
    const c = s[j];
    if (c === ' ') j++;
    else if (c === ')') return { node, end: j + 1 };
    else if (c === '[') {
      j++;
      while (s[j] !== ']') {
        if (s[j] === '"') {
          const r = readGoString(s, j);
          node.flags.push(r.value);
          j = r.end;
        } else j++;
      }
      j++;
    } else if (c === '"') {
      const r = readGoString(s, j);
      node.args.push(r.value);
      j = r.end;
    } else if (c === '(') {
      const r = readNode(s, j);
      node.sub = r.node;
      j = r.end;
    } else j++;
  }
  return { node, end: j };
}

/** Parses a whole `result` file. */
export function parseResultFile(text: string): ResultNode[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('('))
    .map((l) => readNode(l, 0).node);
}
