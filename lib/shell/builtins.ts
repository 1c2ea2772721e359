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
