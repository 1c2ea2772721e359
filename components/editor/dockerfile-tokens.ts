/**
 * A small Dockerfile highlighter for the static placeholder. It follows the rules of Monaco's
 * Dockerfile grammar (instructions in capitals, `#` comments, quoted strings, `$VAR` / `${VAR}`), so the
 * placeholder looks like the editor that replaces it.
 */
import type { TokenKind } from './editor-theme';

/** A run of text with one token kind. */
export interface Token {
  text: string;
  kind: TokenKind;
}

const KEYWORD =
  /^(\s*)(ONBUILD|FROM|MAINTAINER|RUN|EXPOSE|ENV|ADD|ARG|VOLUME|LABEL|USER|WORKDIR|COPY|CMD|STOPSIGNAL|SHELL|HEALTHCHECK|ENTRYPOINT)(?=\s|$)/;
const VARIABLE = /^\$\{?\w+\}?/;

function push(tokens: Token[], text: string, kind: TokenKind): void {
  if (!text) return;
  const last = tokens[tokens.length - 1];
  if (last && last.kind === kind) last.text += text;
  else tokens.push({ text, kind });
}

function argumentTokens(rest: string, tokens: Token[]): void {
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i];
    if (ch === '"' || ch === "'") {
      const close = rest.indexOf(ch, i + 1);
      const end = close === -1 ? rest.length : close + 1;
      const body = rest.slice(i, end);
      // Variables inside strings keep their own colour, as in the editor.
      const parts = body.split(/(\$\{?\w+\}?)/);
      for (const part of parts) push(tokens, part, VARIABLE.test(part) ? 'variable' : 'string');
      i = end;
      continue;
    }
    const variable = ch === '$' ? VARIABLE.exec(rest.slice(i)) : null;
    if (variable) {
      push(tokens, variable[0], 'variable');
      i += variable[0].length;
      continue;
    }
    push(tokens, ch, 'plain');
    i++;
  }
}

/** The tokens of one line. Never throws; their texts concatenate to the line. */
export function tokenizeLine(line: string): Token[] {
  const tokens: Token[] = [];
  if (/^\s*#/.test(line)) {
    push(tokens, line, 'comment');
    return tokens;
  }
  const keyword = KEYWORD.exec(line);
  if (!keyword) {
    argumentTokens(line, tokens);
    return tokens;
  }
  push(tokens, keyword[1], 'plain');
  push(tokens, keyword[2], 'keyword');
  argumentTokens(line.slice(keyword[0].length), tokens);
  return tokens;
}
