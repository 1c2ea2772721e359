/**
 * What `echo` and `printf` print, so that `echo x > f`, `printf '%s\n' a b | tee f` and the like
 * write files whose content (and size) is known. dash's echo (Debian's and Ubuntu's /bin/sh)
 * interprets backslash escapes; bash's and busybox's only with -e. Null when the output cannot be
 * told (a format the model does not read, an argument it does not know).
 */

function escapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    if (n === 'n') out += '\n';
    else if (n === 't') out += '\t';
    else if (n === 'r') out += '\r';
    else if (n === '\\') out += '\\';
    else if (n === 'a') out += '\x07';
    else if (n === 'b') out += '\b';
    else if (n === 'f') out += '\f';
    else if (n === 'v') out += '\v';
    else if (n === 'e') out += '\x1b';
    else if (n === 'c') return { text: out, stop: true };
    else if (n === '0' || (n >= '1' && n <= '7')) {
      let k = i;
      let digits = '';
      while (k < s.length && digits.length < (n === '0' ? 4 : 3) && s[k] >= '0' && s[k] <= '7')
        digits += s[k++];
      out += String.fromCharCode(parseInt(digits, 8) & 255);
      i = k - 1;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

/** `echo ARGS…` output. `interpretEscapes`: dash's behaviour (true) or bash's without -e (false). */
export function echoOutput(args: readonly string[], interpretEscapes = false): string {
  let k = 0;
  let newline = true;
  let esc = interpretEscapes;
  while (k < args.length && /^-[neE]+$/.test(args[k])) {
    for (const f of args[k].slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') esc = true;
      else esc = false;
    }
    k++;
  }
  const joined = args.slice(k).join(' ');
  if (!esc) return newline ? `${joined}\n` : joined;
  const r = escapes(joined);
  return r.stop || !newline ? r.text : `${r.text}\n`;
}

/** `printf FORMAT ARGS…` output, or null when the format uses what the model does not read. */
export function printfOutput(args: readonly string[]): string | null {
  if (args.length === 0) return null;
  const format = args[0];
  const rest = args.slice(1);
  let out = '';
  let used = 0;
  for (let round = 0; round < 64; round++) {
    let i = 0;
    let consumed = false;
    while (i < format.length) {
      const c = format[i];
      if (c === '\\') {
        const r = escapes(format.slice(i, i + 2));
        out += r.text;
        i += 2;
        continue;
      }
      if (c !== '%') {
        out += c;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < format.length && '-+ #0123456789.'.includes(format[j])) j++;
      const conv = format[j];
      const spec = format.slice(i + 1, j);
      i = j + 1;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const arg = rest[used];
      if (arg !== undefined) {
        used++;
        consumed = true;
      }
      if (spec !== '' && !/^-?\d+$/.test(spec)) return null;
      let text: string;
      if (conv === 's') text = arg ?? '';
      else if (conv === 'b') text = escapes(arg ?? '').text;
      else if (conv === 'd' || conv === 'i') {
        const v = Number(arg ?? 0);
        if (!Number.isFinite(v)) return null;
        text = String(Math.trunc(v));
      } else if (conv === 'c') text = (arg ?? '').slice(0, 1);
      else return null;
      const width = spec === '' ? 0 : Math.abs(Number(spec));
      if (width > 256) return null;
      text = spec.startsWith('-') ? text.padEnd(width) : text.padStart(width);
      out += text;
    }
    if (!consumed || used >= rest.length) break;
  }
  return out;
}

/** What `test` needs to know about a path: missing, a file, a folder, or unknown (null). */
export type PathKind = 'missing' | 'file' | 'dir' | null;

function unaryTest(op: string, arg: string, kind: (path: string) => PathKind): boolean | null {
  switch (op) {
    case '-n':
      return arg !== '';
    case '-z':
      return arg === '';
    case '-e':
    case '-f':
    case '-d':
    case '-s':
    case '-r':
    case '-x': {
      const k = kind(arg);
      if (k === null) return null;
      if (k === 'missing') return false;
      if (op === '-f') return k === 'file';
      if (op === '-d') return k === 'dir';
      // -s (not empty), -r/-x (permissions) the model does not read past existence.
      return op === '-e' ? true : null;
    }
    default:
      return null;
  }
}

/**
 * The exit status of `test ARGS…` / `[ ARGS… ]` (POSIX test, the forms with up to four arguments), or
 * null when it depends on what the model does not know. `kind` says what is at a path.
 */
export function testStatus(argv: readonly string[], kind: (path: string) => PathKind): 0 | 1 | null {
  let args = argv.slice(1);
  if (argv[0] === '[') {
    if (args[args.length - 1] !== ']') return null;
    args = args.slice(0, -1);
  }
  let negate = false;
  if (args.length > 1 && args[0] === '!') {
    negate = true;
    args = args.slice(1);
  }
  let r: boolean | null = null;
  if (args.length === 0) r = false;
  else if (args.length === 1) r = args[0] !== '';
  else if (args.length === 2) r = unaryTest(args[0], args[1], kind);
  else if (args.length === 3) {
    const [a, op, b] = args;
    if (op === '=' || op === '==') r = a === b;
    else if (op === '!=') r = a !== b;
  }
  if (r === null) return null;
  return r !== negate ? 0 : 1;
}
