import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureProseProblems, proseFigures } from './figure-prose';
import type { FigureResult } from './figures';
import { readLessons } from './lessons';

const lessons = readLessons(path.join(process.cwd(), 'content', 'lessons'));

describe('SimFigures in the lessons', () => {
  it('finds the figures', () => {
    expect(lessons.flatMap((l) => proseFigures(l.body)).length).toBeGreaterThan(20);
  });

  it.each(lessons.map((l) => [l.folder, l.body] as const))(
    '%s: every figure is computable and agrees with its sentence',
    (_folder, body) => {
      expect(figureProseProblems(body)).toEqual([]);
    },
  );
});

const fig = (file: string, show = 'size', versus = '') =>
  `<SimFigure example="e" file="${file}" show="${show}"${versus ? ` versus="${versus}"` : ''} />`;
const sizes: Record<string, number> = { big: 800e6, small: 2e6, smallish: 2.5e6 };
const fake = (f: { file: string; show: string; versus?: string }): FigureResult => {
  const value = f.show === 'ratio' ? sizes[f.file] / sizes[f.versus ?? ''] : sizes[f.file];
  return { ok: true, value, text: String(value), confidence: 'high', description: '' };
};

describe('figureProseProblems', () => {
  it('rejects a ratio below 1 (the "≈ 0.0×" of a swapped file and versus)', () => {
    const body = `The simulator gives ${fig('small', 'ratio', 'big')} compared with the single-stage one.\n`;
    expect(figureProseProblems(body, fake)[0]).toMatch(/swap file and versus/);
    const right = `The simulator gives ${fig('big', 'ratio', 'small')} compared with the multi-stage one.\n`;
    expect(figureProseProblems(right, fake)).toEqual([]);
  });

  it('checks "more than" and "a little more than" between two sizes of one sentence', () => {
    expect(
      figureProseProblems(`It is ${fig('smallish')}: a little more than ${fig('small')}.\n`, fake),
    ).toEqual([]);
    expect(figureProseProblems(`It is ${fig('small')}, more than ${fig('big')}.\n`, fake)[0]).toMatch(
      /more than/,
    );
    expect(
      figureProseProblems(`It is ${fig('big')}, a little more than ${fig('small')}.\n`, fake)[0],
    ).toMatch(/a little/);
  });

  it('does not compare figures of different sentences', () => {
    expect(figureProseProblems(`It is ${fig('small')}. Not more than ${fig('big')}.\n`, fake)).toEqual([]);
  });

  it('reports a figure that cannot be computed, and ignores figures in code', () => {
    const none = (): FigureResult => ({ ok: false, reason: 'nope' });
    expect(figureProseProblems(`Size ${fig('x')}.\n`, none)[0]).toMatch(/nope/);
    expect(figureProseProblems('```mdx\n' + fig('x') + '\n```\n', none)).toEqual([]);
  });
});
