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
