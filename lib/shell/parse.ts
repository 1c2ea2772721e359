/**
 * Reads a shell script into the typed tree of ./types: `;`, `&`, newlines, `&&`, `||`, `|`, `!`,
 * subshells `( … )`, groups `{ …; }`, `if`, `for`, `while`/`until`, `case`, function definitions,
 * assignments, redirections (`>`, `>>`, `2>`, `&>`, `<`, `2>&1`, `<<<`) and heredocs (`<<EOF`,
 * `<<-EOF`, `<<'EOF'`) as POSIX sh (XCU 2.9–2.10) and bash read them.
 *
 * Never throws, and is linear in the script's length: one pass over the characters with an explicit
 * stack for quotes and substitutions (no regular expressions), and nesting bounded by MAX_DEPTH. What
 * it cannot read (an unterminated quote, a stray `)`) is read as far as it goes, as a lenient shell
 * would, since the walker only needs the commands.
 */
import type {
  AndOrNode,
  CaseNode,
  CommandNode,
  ForNode,
  IfNode,
  ListNode,
  PipelineNode,
  Redirect,
  RedirectOp,
  SimpleNode,
  SubshellNode,
  WhileNode,
  Word,
} from './types';

/** Deeper nesting is read flat: bounds recursion on hostile input such as 10,000 `(`. */
const MAX_DEPTH = 60;
/** At most this many simple commands are kept per script. */
export const MAX_COMMANDS = 2000;

type Token =
  | { t: 'word'; word: Word; heredoc?: { body: string; expand: boolean } }
  | { t: 'op'; v: string; start: number }
  | { t: 'redir'; fd: number | null; op: RedirectOp; start: number }
  | { t: 'nl'; start: number };

const DQ = 1;
const PAREN = 2;
const BRACE = 3;
const BACKTICK = 4;
const MAX_STACK = 64;

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
}

function isMeta(c: string): boolean {
  return (
    isBlank(c) ||
    c === '\n' ||
    c === ';' ||
    c === '&' ||
    c === '|' ||
    c === '<' ||
    c === '>' ||
    c === '(' ||
    c === ')'
  );
}

/**
 * The end of the word that starts at `start`: quotes, `\` escapes, `$( … )`, `${ … }` and backticks
 * are followed so that metacharacters inside them do not end the word.
 */
export function scanWord(s: string, start: number): number {
  const stack: number[] = [];
  let i = start;
  while (i < s.length) {
    const c = s[i];
    const top = stack.length > 0 ? stack[stack.length - 1] : 0;
    if (top === 0 && isMeta(c)) break;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'" && top !== DQ && top !== BACKTICK) {
      const e = s.indexOf("'", i + 1);
      i = e < 0 ? s.length : e + 1;
      continue;
    }
    if (c === '"') {
      if (top === DQ) stack.pop();
      else if (stack.length < MAX_STACK) stack.push(DQ);
      i++;
      continue;
    }
    if (c === '`') {
      if (top === BACKTICK) stack.pop();
      else if (stack.length < MAX_STACK) stack.push(BACKTICK);
      i++;
      continue;
    }
    if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      if (stack.length < MAX_STACK) stack.push(s[i + 1] === '(' ? PAREN : BRACE);
      i += 2;
      continue;
    }
    if (top === PAREN && c === '(') {
      if (stack.length < MAX_STACK) stack.push(PAREN);
    } else if ((top === PAREN && c === ')') || (top === BRACE && c === '}')) stack.pop();
    i++;
  }
  return Math.min(i, s.length);
}

const REDIRECT_OPS: readonly RedirectOp[] = [
  '<<<',
  '<<-',
  '&>>',
  '>>',
  '>|',
  '>&',
  '<<',
  '<&',
  '<>',
  '&>',
  '>',
  '<',
];

function redirectAt(s: string, i: number): RedirectOp | null {
  for (const op of REDIRECT_OPS) if (s.startsWith(op, i)) return op;
  return null;
}

/** Removes quotes from a heredoc delimiter; a quoted delimiter keeps the body literal. */
function delimiterOf(raw: string): { name: string; quoted: boolean } {
  let name = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "'" || c === '"') quoted = true;
    else if (c === '\\' && i + 1 < raw.length) {
      quoted = true;
      name += raw[++i];
    } else name += c;
  }
  return { name, quoted };
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const pending: Array<{
    tok: Extract<Token, { t: 'word' }>;
    name: string;
    expand: boolean;
    strip: boolean;
  }> = [];
  let heredocNext: { strip: boolean } | null = null;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === '\\' && s[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n') {
      tokens.push({ t: 'nl', start: i });
      i++;
      // Heredoc bodies start on the line after their operator.
      for (const h of pending.splice(0)) {
        let body = '';
        let found = false;
        while (i < n) {
          const eol = s.indexOf('\n', i);
          const end = eol < 0 ? n : eol;
          let line = s.slice(i, end);
          i = eol < 0 ? n : eol + 1;
          if (h.strip) {
            let k = 0;
            while (k < line.length && line[k] === '\t') k++;
            line = line.slice(k);
          }
          if (line === h.name || line === `${h.name}\r`) {
            found = true;
            break;
          }
          body += `${line}\n`;
        }
        void found;
        h.tok.heredoc = { body, expand: h.expand };
      }
      continue;
    }
    if (c === '#') {
      const eol = s.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    // [n]redirection: digits directly before < or >.
    let d = i;
    while (d < n && d - i < 4 && s[d] >= '0' && s[d] <= '9') d++;
    const fdOp = d > i && (s[d] === '<' || s[d] === '>') ? redirectAt(s, d) : null;
    const op = fdOp ?? (c === '<' || c === '>' || (c === '&' && s[i + 1] === '>') ? redirectAt(s, i) : null);
    if (op) {
      const fd = fdOp ? Number(s.slice(i, d)) : null;
      const at = fdOp ? d : i;
      tokens.push({ t: 'redir', fd, op, start: i });
      i = at + op.length;
      if (op === '<<' || op === '<<-') heredocNext = { strip: op === '<<-' };
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === ';;') {
      tokens.push({ t: 'op', v: two, start: i });
      i += 2;
      continue;
    }
    if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      tokens.push({ t: 'op', v: c, start: i });
      i++;
      continue;
    }
    const end = Math.max(scanWord(s, i), i + 1);
    const tok: Extract<Token, { t: 'word' }> = { t: 'word', word: { raw: s.slice(i, end), start: i, end } };
    tokens.push(tok);
    if (heredocNext) {
      const { name, quoted } = delimiterOf(tok.word.raw);
      pending.push({ tok, name, expand: !quoted, strip: heredocNext.strip });
      heredocNext = null;
    }
    i = end;
  }
  // A heredoc whose body never came: empty.
  for (const h of pending) h.tok.heredoc = { body: '', expand: h.expand };
  return tokens;
}

const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isAssignment(raw: string): boolean {
  const eq = raw.indexOf('=');
  if (eq <= 0) return false;
  for (let k = 0; k < eq; k++) {
    const ch = raw.charCodeAt(k);
    const ok =
      ch === 95 || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (k > 0 && ch >= 48 && ch <= 57);
    if (!ok) return false;
  }
  return true;
}

class Parser {
  pos = 0;
  depth = 0;
  commands = 0;
  constructor(
    readonly s: string,
    readonly toks: Token[],
  ) {}

  peek(): Token | undefined {
    return this.toks[this.pos];
  }

  /** True when the next token is the word `kw` (a reserved word only in command position). */
  isWord(kw: string): boolean {
    const t = this.toks[this.pos];
    return t !== undefined && t.t === 'word' && t.word.raw === kw;
  }

  isOp(v: string): boolean {
    const t = this.toks[this.pos];
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  skipNewlines(): void {
    while (this.pos < this.toks.length) {
      const t = this.toks[this.pos];
      if (t.t === 'nl' || (t.t === 'op' && t.v === ';')) this.pos++;
      else break;
    }
  }

  /** A list up to one of `stops` (a reserved word or `)`/`;;`), which is not consumed. */
  list(stops: ReadonlySet<string>): ListNode {
    const items: ListNode['items'] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t) break;
      if (t.t === 'word' && stops.has(t.word.raw)) break;
      if (t.t === 'op' && stops.has(t.v)) break;
      if (t.t === 'op' && (t.v === ')' || t.v === ';;') && this.depth > 0) break;
      const before = this.pos;
      const andOr = this.andOr();
      let background = false;
      if (this.isOp('&')) {
        background = true;
        this.pos++;
      }
      if (andOr) items.push({ andOr, background });
      if (this.pos === before) this.pos++; // never stall on a token nothing reads
    }
    return { kind: 'list', items };
  }

  andOr(): AndOrNode | null {
    const first = this.pipeline();
    if (!first) return null;
    const rest: AndOrNode['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.t !== 'op' || (t.v !== '&&' && t.v !== '||')) break;
      this.pos++;
      while (this.peek()?.t === 'nl') this.pos++;
      const p = this.pipeline();
      if (p) rest.push({ op: t.v as '&&' | '||', pipeline: p });
    }
    return { kind: 'andor', first, rest };
  }

  pipeline(): PipelineNode | null {
    let negated = false;
    while (this.isWord('!')) {
      negated = !negated;
      this.pos++;
    }
    const commands: CommandNode[] = [];
    for (;;) {
      const c = this.command();
      if (c) commands.push(c);
      if (!this.isOp('|')) break;
      this.pos++;
      while (this.peek()?.t === 'nl') this.pos++;
    }
    return commands.length > 0 ? { kind: 'pipeline', negated, commands } : null;
  }

  redirects(into: Redirect[]): void {
    for (;;) {
      const t = this.peek();
      if (!t || t.t !== 'redir') return;
      this.pos++;
      const target = this.peek();
      if (target && target.t === 'word') {
        this.pos++;
        into.push({ fd: t.fd, op: t.op, target: target.word, heredoc: target.heredoc ?? null });
      }
    }
  }

  nested<T>(read: () => T): T {
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  command(): CommandNode | null {
    const t = this.peek();
    if (!t) return null;
    if (this.depth < MAX_DEPTH) {
      if (t.t === 'op' && t.v === '(') {
        this.pos++;
        const body = this.nested(() => this.list(new Set([')'])));
        if (this.isOp(')')) this.pos++;
        return this.withRedirects<SubshellNode>({ kind: 'subshell', body, redirects: [] });
      }
      if (t.t === 'word') {
        const w = t.word.raw;
        if (w === '{') {
          this.pos++;
          const body = this.nested(() => this.list(new Set(['}'])));
          if (this.isWord('}')) this.pos++;
          return this.withRedirects<SubshellNode>({ kind: 'group', body, redirects: [] });
        }
        if (w === 'if') return this.ifClause();
        if (w === 'for') return this.forClause();
        if (w === 'while' || w === 'until') return this.whileClause(w);
        if (w === 'case') return this.caseClause();
        if (
          w === 'function' ||
          (NAME.test(w) &&
            this.toks[this.pos + 1]?.t === 'op' &&
            this.isOpAt(this.pos + 1, '(') &&
            this.isOpAt(this.pos + 2, ')'))
        )
          return this.functionDef();
      }
    }
    if (t.t === 'word' && RESERVED.has(t.word.raw)) return null;
    return this.simple();
  }

  isOpAt(i: number, v: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  withRedirects<T extends { redirects: Redirect[] }>(node: T): T {
    this.redirects(node.redirects);
    return node;
  }

  ifClause(): IfNode {
    this.pos++;
    const clauses: IfNode['clauses'] = [];
    let elseBody: ListNode | null = null;
    this.nested(() => {
      const condStops = new Set(['then']);
      const bodyStops = new Set(['elif', 'else', 'fi']);
      for (;;) {
        const cond = this.list(condStops);
        if (this.isWord('then')) this.pos++;
        const body = this.list(bodyStops);
        clauses.push({ cond, body });
        if (this.isWord('elif')) {
          this.pos++;
          continue;
        }
        if (this.isWord('else')) {
          this.pos++;
          elseBody = this.list(new Set(['fi']));
        }
        break;
      }
      if (this.isWord('fi')) this.pos++;
    });
    return this.withRedirects({ kind: 'if', clauses, elseBody, redirects: [] });
  }

  doGroup(): ListNode {
    this.skipNewlines();
    if (this.isWord('do')) this.pos++;
    const body = this.list(new Set(['done']));
    if (this.isWord('done')) this.pos++;
    return body;
  }

  forClause(): ForNode {
    this.pos++;
    const nameTok = this.peek();
    let name = '';
    if (nameTok?.t === 'word') {
      name = nameTok.word.raw;
      this.pos++;
    }
    let words: Word[] | null = null;
    while (this.peek()?.t === 'nl') this.pos++;
    if (this.isWord('in')) {
      this.pos++;
      words = [];
      for (;;) {
        const w = this.peek();
        if (!w || w.t !== 'word') break;
        words.push(w.word);
        this.pos++;
      }
    }
    const body = this.nested(() => this.doGroup());
    return this.withRedirects({ kind: 'for', name, words, body, redirects: [] });
  }

  whileClause(kind: 'while' | 'until'): WhileNode {
    this.pos++;
    const { cond, body } = this.nested(() => {
      const c = this.list(new Set(['do']));
      return { cond: c, body: this.doGroup() };
    });
    return this.withRedirects({ kind, cond, body, redirects: [] });
  }

  caseClause(): CaseNode {
    this.pos++;
    const wt = this.peek();
    const word: Word = wt?.t === 'word' ? wt.word : { raw: '', start: 0, end: 0 };
    if (wt?.t === 'word') this.pos++;
    this.skipNewlines();
    if (this.isWord('in')) this.pos++;
    const arms: CaseNode['arms'] = [];
    this.nested(() => {
      for (;;) {
        this.skipNewlines();
        const t = this.peek();
        if (!t || this.isWord('esac')) break;
        if (this.isOp('(')) this.pos++;
        const patterns: Word[] = [];
        while (this.pos < this.toks.length && !this.isOp(')')) {
          const p = this.peek();
          if (p?.t === 'word') {
            if (p.word.raw === 'esac') break;
            patterns.push(p.word);
          }
          this.pos++;
        }
        if (this.isOp(')')) this.pos++;
        const body = this.list(new Set([';;', 'esac']));
        arms.push({ patterns, body });
        if (this.isOp(';;')) this.pos++;
        else if (!this.isWord('esac')) this.pos++;
      }
    });
    if (this.isWord('esac')) this.pos++;
    return this.withRedirects({ kind: 'case', word, arms, redirects: [] });
  }

  functionDef(): CommandNode {
    let first = this.peek();
    if (first?.t === 'word' && first.word.raw === 'function') {
      this.pos++;
      first = this.peek();
    }
    const name = first?.t === 'word' ? first.word.raw : '';
    this.pos++;
    if (this.isOp('(') && this.isOpAt(this.pos + 1, ')')) this.pos += 2;
    while (this.peek()?.t === 'nl') this.pos++;
    const body = this.nested(() => this.command());
    return {
      kind: 'function',
      name,
      body: body ?? { kind: 'group', body: { kind: 'list', items: [] }, redirects: [] },
    };
  }

  simple(): SimpleNode | null {
    const node: SimpleNode = { kind: 'simple', assignments: [], words: [], redirects: [], text: '' };
    let start = -1;
    let end = -1;
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.t === 'redir') {
        if (start < 0) start = t.start;
        this.redirects(node.redirects);
        const last = node.redirects[node.redirects.length - 1];
        end = last ? last.target.end : t.start + t.op.length;
        continue;
      }
      if (t.t !== 'word') break;
      if (start < 0) start = t.word.start;
      end = t.word.end;
      if (node.words.length === 0 && isAssignment(t.word.raw)) node.assignments.push(t.word);
      else node.words.push(t.word);
      this.pos++;
    }
    if (start < 0) return null;
    if (this.commands >= MAX_COMMANDS) return null;
    this.commands++;
    node.text = this.s.slice(start, end);
    return node;
  }
}

/** Trees by script text, shared: trees are never changed after parsing (lint, build and the CLI only read them). */
const TREES = new Map<string, ListNode>();
const MAX_TREES = 500;

/**
 * Reads a script into its tree. Never throws. The same text gives the same (shared, read-only) tree:
 * the lint and the build read every RUN, a long Dockerfile repeats its RUNs, and the editor analyses
 * the same text again on each keystroke.
 */
export function parseScript(script: string): ListNode {
  let tree = TREES.get(script);
  if (tree === undefined) {
    tree = readScript(script);
    if (TREES.size >= MAX_TREES) TREES.clear();
    TREES.set(script, tree);
  }
  return tree;
}

function readScript(script: string): ListNode {
  try {
    const parser = new Parser(script, tokenize(script));
    const items: ListNode['items'] = [];
    // Stray closers at the top (`)`, `fi`, `;;`) are skipped.
    while (parser.pos < parser.toks.length) {
      const before = parser.pos;
      items.push(...parser.list(new Set()).items);
      if (parser.pos === before) parser.pos++;
    }
    return { kind: 'list', items };
  } catch {
    return { kind: 'list', items: [] };
  }
}
