/** Small builders for the hand-made fixtures in `fixtures.ts`: ranges and instructions. */
import type { SourceRange } from '@/lib/diagnostics';
import type { Instruction } from '@/lib/dockerfile/types';

/** A range over `length` characters of `line` (1-based). */
export function fixtureRange(line: number, length: number): SourceRange {
  return { start: { line, column: 1 }, end: { line, column: length + 1 } };
}

/**
 * A minimal instruction of `kind` on `line` whose text is `text`: enough for the panel, which reads
 * only ranges and text. Typed as the matching union member through a generic record.
 */
export function fixtureInstruction<K extends Instruction['kind']>(
  kind: K,
  line: number,
  text: string,
): Instruction {
  const range = fixtureRange(line, text.length);
  const keyword = text.split(' ')[0] ?? '';
  const base = {
    keyword,
    range,
    keywordRange: fixtureRange(line, keyword.length),
    flags: [],
    args: text.split(' ').slice(1),
    text,
  };
  return { ...base, kind: 'unknown' as const, ...({ kind } as object) } as Instruction;
}
