/**
 * `parseDockerfile`: Dockerfile text → typed model, reading the text exactly as BuildKit's parser
 * does (directives, continuations, comments, heredocs, per-keyword argument splitting), with every
 * node's 1-based source range. Never throws: problems become diagnostics with origin `parse`.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';
import type { RawInstruction } from './convert';
import { kindOf, spanRange, toInstruction } from './convert';
import { scanDirectives } from './directives';
import { chompContent, heredocsFromLine } from './heredoc';
import { parseArgs } from './line-parsers';
import type { EscapeChar, LogicalLine } from './logical-lines';
import { PositionMap, isCommentLine, readLogicalLine, splitSourceLines, trimNewline } from './logical-lines';
import { parseMount } from './mount';
import { splitCommand } from './split-command';
import type { Comment, Dockerfile, Heredoc, Instruction } from './types';
import { validateInstruction } from './validate';

const DOCS = 'https://docs.docker.com/reference/dockerfile/';

function diag(message: string, hint: string | null, range: SourceRange, ruleId = 'parse/syntax'): Diagnostic {
  return {
    ruleId,
    severity: 'error',
    origin: 'parse',
    message,
    hint,
    range,
    docsUrl: DOCS,
    lessonPath: null,
  };
}

function lineSpan(lines: string[], index: number): SourceRange {
  const len = index < lines.length ? trimNewline(lines[index]).length : 0;
  return { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: len + 1 } };
}

/** Splits one logical line into a raw instruction (ONBUILD recursively). */
function splitLogical(
  text: string,
  map: PositionMap,
  offset: number,
  escape: EscapeChar,
  range: SourceRange,
): RawInstruction {
  const split = splitCommand(text.slice(offset));
  const cmd = split.keyword.toLowerCase();
  const shift = (n: number): number => n + offset;
  const raw: RawInstruction = {
    keyword: split.keyword,
    cmd,
    flags: split.flags.map((f) => ({ text: f.text, start: shift(f.start), end: shift(f.end) })),
    args: [],
    json: false,
    rest: split.rest,
    restStart: shift(split.restStart),
    keywordStart: shift(split.keywordStart),
    text,
    map,
    range,
    heredocs: [],
    emptyContinuationLines: [],
    sub: null,
  };
  if (cmd === 'onbuild') {
    if (split.rest !== '') {
      raw.sub = splitLogical(text, map, raw.restStart, escape, range);
      raw.args = [raw.sub.cmd, ...raw.sub.args];
      raw.json = raw.sub.json;
    }
  } else {
    const parsed = parseArgs(cmd, split.rest, escape);
    raw.args = parsed.args;
    raw.json = parsed.json;
    if (parsed.error) (raw as RawInstruction & { error?: string }).error = parsed.error;
  }
  return raw;
}

function argError(raw: RawInstruction): string | null {
  const own = (raw as RawInstruction & { error?: string }).error;
  if (own) return own;
  return raw.sub ? argError(raw.sub) : null;
}

/** Whether BuildKit reads heredoc bodies after this instruction (RUN/COPY/ADD, or ONBUILD of one; not JSON). */
function canContainHeredoc(raw: RawInstruction): boolean {
  const target = raw.cmd === 'onbuild' && raw.sub ? raw.sub : raw;
  return (target.cmd === 'run' || target.cmd === 'copy' || target.cmd === 'add') && !target.json;
}

/**
 * Parses Dockerfile text into the typed model. Syntax errors (Docker's wording) become
 * diagnostics; every instruction that could be read is kept. Never throws.
 */
export function parseDockerfile(text: string): Dockerfile {
  const src = typeof text === 'string' ? text : '';
  const { lines, endsWithNewline } = splitSourceLines(src);
  const lineCount = src === '' ? 0 : lines.length;
  const scan = scanDirectives(lines);
  const escape = scan.escape;
  const diagnostics: Diagnostic[] = scan.errors.map((e) =>
    diag(
      e.message,
      'Keep one of each parser directive, with `\\` or `` ` `` as the escape character.',
      lineSpan(lines, e.line),
      'parse/directive',
    ),
  );
  const instructions: Instruction[] = [];
  const comments: Comment[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isCommentLine(lines[i]) && !scan.directiveLines.has(i)) {
      const t = trimNewline(lines[i]);
      const hash = t.indexOf('#');
      comments.push({ text: t.slice(hash + 1).trim(), range: lineSpan(lines, i) });
    }
    const { logical, next } = readLogicalLine(lines, i, escape);
    // Comment lines inside a continuation are comments too.
    for (let c = i + 1; c < next; c++) {
      if (isCommentLine(lines[c])) {
        const t = trimNewline(lines[c]);
        comments.push({ text: t.slice(t.indexOf('#') + 1).trim(), range: lineSpan(lines, c) });
      }
    }
    i = next;
    if (!logical) continue;
    i = readInstruction(logical, lines, i, endsWithNewline, escape, instructions, diagnostics);
  }
  if (src.length === 0) {
    diagnostics.push(
      diag(
        'the Dockerfile cannot be empty',
        'Start with a FROM line, e.g. `FROM alpine:3.20`.',
        lineSpan(lines, 0),
        'parse/empty',
      ),
    );
  } else if (instructions.length === 0) {
    diagnostics.push(
      diag(
        'file with no instructions',
        'Add instructions, starting with a FROM line.',
        lineSpan(lines, Math.max(0, lines.length - 1)),
        'parse/empty',
      ),
    );
  }
  return {
    directives: { syntax: scan.syntax, escape, check: scan.check },
    instructions,
    comments,
    diagnostics,
    lineCount,
  };
}

function readInstruction(
  logical: LogicalLine,
  lines: string[],
  start: number,
  endsWithNewline: boolean,
  escape: EscapeChar,
  out: Instruction[],
  diagnostics: Diagnostic[],
): number {
  let i = start;
  const lastLen = trimNewline(lines[logical.endLine - 1] ?? '').length;
  const range: SourceRange = {
    start: { line: logical.startLine, column: logical.startColumn },
    end: { line: logical.endLine, column: lastLen + 1 },
  };
  const raw = splitLogical(logical.text, logical.map, 0, escape, range);
  raw.emptyContinuationLines = logical.emptyContinuationLines;
  const heredocs: Heredoc[] = [];
  if (canContainHeredoc(raw)) {
    for (const opener of heredocsFromLine(logical.text)) {
      const bodyStart = i;
      let content = '';
      let terminated = false;
      while (i < lines.length) {
        const line = lines[i];
        i++;
        let candidate = trimNewline(line);
        if (opener.chomp) candidate = candidate.replace(/^\t+/, '');
        if (candidate === opener.name) {
          terminated = true;
          break;
        }
        content += line + (i < lines.length || endsWithNewline ? '\n' : '');
      }
      const endIndex = Math.max(bodyStart, i - 1);
      const hRange: SourceRange = {
        start: { line: bodyStart + 1, column: 1 },
        end: { line: endIndex + 1, column: trimNewline(lines[endIndex] ?? '').length + 1 },
      };
      heredocs.push({
        name: opener.name,
        content: opener.chomp ? chompContent(content) : content,
        expand: opener.expand,
        range: hRange,
        chomp: opener.chomp,
        fileDescriptor: opener.fileDescriptor,
      });
      range.end = hRange.end;
      if (!terminated) {
        diagnostics.push(
          diag(
            'unterminated heredoc',
            `End the heredoc with a line containing only \`${opener.name}\`.`,
            { start: range.start, end: hRange.end },
            'parse/heredoc',
          ),
        );
      }
    }
  }
  raw.heredocs = heredocs;
  if (raw.sub) raw.sub.heredocs = heredocs;
  const err = argError(raw);
  if (err) {
    diagnostics.push(diag(err, hintFor(err, raw), range));
  } else {
    for (const p of validateInstruction(raw)) {
      diagnostics.push(
        diag(
          p.message,
          p.hint,
          p.span ? spanRange(raw, p.span[0], p.span[1]) : range,
          kindOf(raw.cmd) === 'unknown' ? 'parse/unknown-instruction' : 'parse/syntax',
        ),
      );
    }
    for (const f of raw.cmd === 'run' ? raw.flags : []) {
      if (f.text.startsWith('--mount=')) {
        const { error } = parseMount(f.text.slice(8), range);
        if (error)
          diagnostics.push(
            diag(error, 'Use type=bind, cache, tmpfs, secret or ssh.', spanRange(raw, f.start, f.end)),
          );
      }
    }
  }
  out.push(toInstruction(raw));
  return i;
}

function hintFor(err: string, raw: RawInstruction): string {
  if (err.startsWith('when using JSON'))
    return 'Every element of the JSON array must be a "quoted string"; nested arrays and numbers are not allowed.';
  if (err.endsWith('must have two arguments'))
    return `Give ${raw.cmd.toUpperCase()} a value: \`${raw.cmd.toUpperCase()} ${raw.args[0] ?? 'NAME'}=value\`.`;
  if (err.startsWith('Syntax error'))
    return 'Write every pair as `name=value` (quote values that contain spaces).';
  return 'Fix the syntax of this instruction.';
}
