/**
 * Splits Dockerfile text into BuildKit's "logical lines": one per instruction, with line
 * continuations joined, comment lines inside continuations dropped and empty continuation lines
 * skipped (and remembered, for the NoEmptyContinuation check). This follows the line loop of
 * BuildKit's `parser.Parse` (frontend/dockerfile/parser/parser.go) step by step, including the
 * parser directives at the top of the file. Heredoc bodies are read by the caller, which knows
 * whether the instruction may have them.
 */
import { isGoSpace } from './text';

/** The escape/continuation character (`\` unless `# escape=` says otherwise). */
export type EscapeChar = '\\' | '`';

/** Where one piece of a logical line comes from in the source (all 1-based). */
interface Piece {
  offset: number;
  line: number;
  column: number;
}

/** Maps offsets in a logical line back to 1-based source positions. */
export class PositionMap {
  private readonly pieces: Piece[] = [];
  /** Adds a piece starting at `offset` of the logical line, taken from `line`:`column`. */
  add(offset: number, line: number, column: number): void {
    this.pieces.push({ offset, line, column });
  }
  /** The source position of an offset of the logical line. */
  at(offset: number): { line: number; column: number } {
    const p = this.pieces;
    if (p.length === 0) return { line: 1, column: 1 };
    let lo = 0;
    let hi = p.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid].offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = p[lo];
    return { line: piece.line, column: piece.column + Math.max(0, offset - piece.offset) };
  }
}

/** A source file split into lines, keeping whether each line ended with a newline. */
export interface SourceLines {
  /** Lines without their `\n` (a `\r` before it is kept, as Go's scanner keeps it). */
  lines: string[];
  /** True when the text ends with `\n` (so the last line read has a newline). */
  endsWithNewline: boolean;
}

/** Splits text into lines; the UTF-8 byte-order mark of the first line is removed. */
export function splitSourceLines(text: string): SourceLines {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  const endsWithNewline = body.endsWith('\n');
  if (endsWithNewline) lines.pop();
  return { lines, endsWithNewline };
}

/** Go's `bytes.TrimRight(line, "\r\n")`. */
export function trimNewline(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 13 && c !== 10) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** Whether a raw line is a comment: `#` after optional leading whitespace. */
export function isCommentLine(raw: string): boolean {
  const s = trimNewline(raw);
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.charCodeAt(i) === 35;
}

/**
 * BuildKit's continuation test: the escape character as the last non-blank character, not itself
 * escaped (`foo \\` is not a continuation), or alone on its line. Returns the line without it, or
 * null when the line does not continue.
 */
export function trimContinuation(line: string, escape: EscapeChar): string | null {
  let k = line.length - 1;
  while (k >= 0) {
    const c = line.charCodeAt(k);
    if (c !== 32 && c !== 9) break;
    k--;
  }
  if (k < 0 || line[k] !== escape) return null;
  if (k > 0 && line[k - 1] === escape) return null;
  return line.slice(0, k);
}

/** One logical line: an instruction's text before its heredoc bodies. */
export interface LogicalLine {
  text: string;
  map: PositionMap;
  /** 1-based line of the first and last source line joined into it. */
  startLine: number;
  endLine: number;
  /** 1-based column where the text starts on its first line. */
  startColumn: number;
  /** 1-based source lines that were empty continuation lines. */
  emptyContinuationLines: number[];
}

/**
 * Reads the logical line that starts at 0-based index `start`, or returns null when that line is
 * blank or a comment (it yields no instruction). `next` receives the index after the last line read.
 */
export function readLogicalLine(
  lines: string[],
  start: number,
  escape: EscapeChar,
): { logical: LogicalLine | null; next: number } {
  const first = trimNewline(lines[start]);
  let lead = 0;
  while (lead < first.length && isGoSpace(first.charCodeAt(lead))) lead++;
  // processLine: leading whitespace stripped, a line starting with `#` becomes empty.
  const body = first.charCodeAt(lead) === 35 ? '' : first.slice(lead);
  const map = new PositionMap();
  let cont = trimContinuation(body, escape);
  let text = cont ?? body;
  if (cont === null && text === '') return { logical: null, next: start + 1 };
  map.add(0, start + 1, lead + 1);
  let i = start + 1;
  let endLine = start + 1;
  const empty: number[] = [];
  while (cont !== null && i < lines.length) {
    const raw = trimNewline(lines[i]);
    i++;
    endLine = i;
    if (isCommentLine(raw)) continue;
    // processLine without left-trimming: only a line starting with `#` at column 1 is a comment.
    const processed = raw.charCodeAt(0) === 35 ? '' : raw;
    let j = 0;
    while (j < processed.length && isGoSpace(processed.charCodeAt(j))) j++;
    if (j === processed.length) {
      empty.push(i);
      continue;
    }
    cont = trimContinuation(processed, escape);
    map.add(text.length, i, 1);
    text += cont ?? processed;
  }
  return {
    logical: {
      text,
      map,
      startLine: start + 1,
      endLine,
      startColumn: lead + 1,
      emptyContinuationLines: empty,
    },
    next: i,
  };
}
