/**
 * Checks every `<SimFigure>` in a lesson's prose against the sentence around it: the figure must be
 * computable, a ratio must read as "N× bigger/smaller" (more than 1, so "≈ 0.0×" cannot be printed),
 * and two sizes joined by a comparison ("a little more than", "smaller than", …) must compare that way.
 * Lesson compilation refuses a lesson that fails, and the content test runs it on every lesson.
 */
import { computeFigure, type FigureKind, type FigureResult } from './figures';

/** One figure found in the prose, with the sentence it stands in. */
export interface ProseFigure {
  /** The tag as written. */
  source: string;
  example: string;
  file: string;
  show: FigureKind;
  versus?: string;
  target?: string;
  /** 1-based line of the tag in the MDX body. */
  line: number;
  /** The sentence that holds the tag, with every figure tag replaced by `⟨n⟩` (n = its index here). */
  sentence: string;
  /** Index of this figure within `sentence`. */
  index: number;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The body with fenced code, inline code and MDX comments blanked out (same length, same lines). */
function proseOnly(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Every `<SimFigure>` in the prose of an MDX body, with its sentence. */
export function proseFigures(body: string): ProseFigure[] {
  const text = proseOnly(body);
  const tags = [...text.matchAll(/<SimFigure\b[^>]*\/>/g)];
  const figures: ProseFigure[] = [];
  for (const match of tags) {
    const at = match.index ?? 0;
    // The sentence: back to the previous full stop/colon/paragraph break, on to the next.
    const before = text.slice(0, at);
    let start = 0;
    for (const stop of before.matchAll(/[.!?;](?=\s)|\n\s*\n|\n- /g))
      start = (stop.index ?? 0) + stop[0].length;
    const afterTag = at + match[0].length;
    const rest = text.slice(afterTag);
    const endRel = rest.search(/[.!?;](\s|$)|\n\s*\n/);
    const end = afterTag + (endRel === -1 ? rest.length : endRel);
    const span = text.slice(start, end);
    let index = -1;
    let n = 0;
    const sentence = span
      .replace(/<SimFigure\b[^>]*\/>/g, (tag, offset: number) => {
        if (start + offset === at) index = n;
        return `⟨${n++}⟩`;
      })
      .replace(/\s+/g, ' ')
      .trim();
    const show = (attr(match[0], 'show') ?? 'size') as FigureKind;
    figures.push({
      source: match[0],
      example: attr(match[0], 'example') ?? '',
      file: attr(match[0], 'file') ?? '',
      show,
      versus: attr(match[0], 'versus'),
      target: attr(match[0], 'target'),
      line: before.split('\n').length,
      sentence,
      index,
    });
  }
  return figures;
}

const MORE = /\b(more than|bigger than|larger than|above)\b/;
const LESS = /\b(less than|smaller than|below|under)\b/;
const A_LITTLE = /\b(a little|slightly|just) (more|bigger|larger|less|smaller)\b/;

/**
 * What is wrong with the figures of an MDX body as sentences naming the line; empty when all are fine.
 * `compute` is injectable for tests.
 */
export function figureProseProblems(
  body: string,
  compute: (f: ProseFigure) => FigureResult = (f) => computeFigure(f),
): string[] {
  const figures = proseFigures(body);
  const results = figures.map((f) => compute(f));
  const problems: string[] = [];
  figures.forEach((f, i) => {
    const r = results[i];
    const where = `line ${f.line}, ${f.source}`;
    if (!r.ok) {
      problems.push(`${where}: no figure (${r.reason})`);
      return;
    }
    if (f.show === 'ratio' && !(r.value > 1 && Number.isFinite(r.value))) {
      problems.push(
        `${where}: the ratio is ${r.text}; a ratio in prose reads as "N× bigger/smaller", so "file" must be the bigger image (swap file and versus)`,
      );
    }
    if ((f.show === 'size' || f.show === 'files') && !(r.value > 0)) {
      problems.push(`${where}: the figure is ${r.text}, which no sentence means`);
    }
  });
  // Two sizes in one sentence joined by a comparison: "⟨0⟩ … more than … ⟨1⟩".
  figures.forEach((a, i) => {
    const b = figures[i + 1];
    if (!b || b.sentence !== a.sentence || a.show !== 'size' || b.show !== 'size') return;
    const ra = results[i];
    const rb = results[i + 1];
    if (!ra.ok || !rb.ok) return;
    const between = a.sentence.slice(
      a.sentence.indexOf(`⟨${a.index}⟩`) + 3,
      a.sentence.indexOf(`⟨${b.index}⟩`),
    );
    const where = `line ${a.line}: "${a.sentence}"`;
    if (MORE.test(between) && !(ra.value > rb.value)) {
      problems.push(`${where}: says the first is more than the second, but ${ra.text} ≤ ${rb.text}`);
    }
    if (LESS.test(between) && !(ra.value < rb.value)) {
      problems.push(`${where}: says the first is less than the second, but ${ra.text} ≥ ${rb.text}`);
    }
    if (A_LITTLE.test(between)) {
      const factor = Math.max(ra.value, rb.value) / Math.min(ra.value, rb.value);
      if (factor > 3) problems.push(`${where}: says "a little", but one is ${factor.toFixed(1)}× the other`);
    }
  });
  return problems;
}
