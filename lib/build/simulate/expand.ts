/**
 * Variable substitution in instruction arguments (ENV, WORKDIR, COPY, USER, …) with Docker's
 * rules: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`, and `\$` for a literal dollar.
 */

/** Expand `$VAR` forms in a word using `vars`; unknown variables expand to the empty string. */
export function expandWords(text: string, vars: Record<string, string>): string {
  if (!text.includes('$')) return text;
  return text.replace(
    /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, braced, op, word, bare) => {
      if (m === '\\$') return '$';
      const name = (braced ?? bare) as string;
      const value = vars[name];
      const set = value !== undefined;
      const nonEmpty = set && value !== '';
      switch (op) {
        case ':-':
          return nonEmpty ? value : word;
        case '-':
          return set ? value : word;
        case ':+':
          return nonEmpty ? word : '';
        case '+':
          return set ? word : '';
        default:
          return value ?? '';
      }
    },
  );
}

/**
 * Docker's processing of one word of ENV, LABEL, ARG, WORKDIR, USER, COPY…: quotes are removed
 * (single quotes keep `$` literal, double quotes expand), backslash escapes the next character, and
 * variables are expanded.
 */
export function expandWord(text: string, vars: Record<string, string>): string {
  if (!/["'\\$]/.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) {
        out += text.slice(i + 1);
        break;
      }
      out += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let inner = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && (text[j + 1] === '"' || text[j + 1] === '\\' || text[j + 1] === '$')) {
          inner += text[j + 1] === '$' ? '\\$' : text[j + 1];
          j += 2;
        } else inner += text[j++];
      }
      out += expandWords(inner, vars);
      i = j + 1;
    } else if (c === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
    } else {
      let j = i;
      while (j < text.length && text[j] !== '"' && text[j] !== "'" && text[j] !== '\\') j++;
      out += expandWords(text.slice(i, j), vars);
      i = j;
    }
  }
  return out;
}
