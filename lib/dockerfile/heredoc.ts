/**
 * Heredocs as BuildKit finds them (parser.go `heredocsFromLine`, `heredocFromMatch`): the line is
 * split into shell words with quotes and escapes kept; every word of the form `[n]<<[-]NAME`
 * opens a heredoc. The name has its quotes removed; a quoted name (`<<"EOF"`, `<<'EOF'`) makes the
 * body literal (not expanded); `<<-` strips leading tabs from the body and the terminator.
 */

/** A heredoc opener found on an instruction line. */
export interface HeredocOpener {
  name: string;
  expand: boolean;
  chomp: boolean;
  fileDescriptor: number;
}

const OPENER = /^(\d*)<<(-?)([^<]*)$/;

/** Shell-like word split keeping quotes and escapes raw (BuildKit's lexer with RawQuotes/RawEscapes). */
export function rawShellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      word += ch;
      if (ch === '\\' && quote === '"' && i + 1 < line.length) {
        word += line[++i];
      } else if (ch === quote) {
        quote = '';
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === '\\' && i + 1 < line.length) word += line[++i];
    else if (ch === '"' || ch === "'") quote = ch;
  }
  if (inWord) words.push(word);
  return words;
}

/** Removes shell quotes and escapes from one word; returns null when it is not exactly one word. */
function unquoteWord(raw: string): string | null {
  let out = '';
  let quote = '';
  let sawWord = false;
  let afterSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = '';
      else if (ch === '\\' && i + 1 < raw.length && '"$\\'.includes(raw[i + 1])) out += raw[++i];
      else out += ch;
      continue;
    }
    if (ch === ' ' || ch === '\t') {
      if (sawWord) afterSpace = true;
      continue;
    }
    if (afterSpace) return null;
    sawWord = true;
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') {
      if (i + 1 < raw.length) out += raw[++i];
    } else out += ch;
  }
  return sawWord ? out : null;
}

/** Parses one word as a heredoc opener (`<<EOF`, `<<-"EOF"`, `3<<EOF`), or returns null. */
export function parseHeredocOpener(word: string): HeredocOpener | null {
  const m = OPENER.exec(word);
  if (!m || m[3].length === 0) return null;
  const name = unquoteWord(m[3]);
  if (name === null || name === '') return null;
  const rawQuotes = (m[3].match(/['"]/g) ?? []).length;
  const keptQuotes = (name.match(/['"]/g) ?? []).length;
  return {
    name,
    expand: rawQuotes === keptQuotes,
    chomp: m[2] === '-',
    fileDescriptor: m[1] === '' ? 0 : Number(m[1]),
  };
}

/** All heredoc openers on an instruction line, in order. */
export function heredocsFromLine(line: string): HeredocOpener[] {
  if (!line.includes('<<')) return [];
  const out: HeredocOpener[] = [];
  for (const w of rawShellWords(line)) {
    const h = parseHeredocOpener(w);
    if (h) out.push(h);
  }
  return out;
}

/** Go's `ChompHeredocContent`: leading tabs removed from every line. */
export function chompContent(content: string): string {
  return content.replace(/^\t+/gm, '');
}
