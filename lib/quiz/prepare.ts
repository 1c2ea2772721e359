/**
 * Turning validated questions into what the browser renders: options and steps in a shuffled but
 * deterministic order (seeded by the question id, so the server HTML and the browser agree), the link to the
 * lesson section, for estimates the simulator's figure computed at build time, and every text (prompt,
 * options, steps, explanations, flashcards) rendered from Markdown to HTML by `lib/markdown`.
 */
import { renderAll, renderMarkdown, type Html } from '@/lib/markdown';
import { lessonHref, LESSON_TOPICS, isLessonId } from './lessons';
import type { Flashcard, OrderStep, Question, QuizOption } from './types';

/** The simulator's figure for an estimate question. */
export interface EstimateFigure {
  /** Image size in bytes, as `docker images` would show it. */
  bytes: number;
  /** The same, printed in Docker's units (e.g. `1.83MB`). */
  text: string;
  /** How sure the simulator is (`exact`, `high`, `medium`, `low`). */
  confidence: string;
}

/** `T` with the text fields `K` rendered to HTML (optional ones stay optional). */
type Rendered<T, K extends PropertyKey> = Omit<T, K> & {
  [P in keyof Pick<T, K & keyof T>]: T[P] extends string ? Html : Html | undefined;
};

/** An option with its text and explanation rendered. */
export type ClientOption = Rendered<QuizOption, 'text' | 'explanation'>;
/** An ordering step with its text and explanation rendered. */
export type ClientStep = Rendered<OrderStep, 'text' | 'explanation'>;

/** One kind of question with every text rendered (options, steps and line explanations included). */
type RenderedQuestion<Q extends Question> = Rendered<
  Omit<Q, 'options' | 'steps' | 'lines'>,
  'prompt' | 'explanation'
> &
  (Q extends { options: unknown } ? { options: ClientOption[] } : unknown) &
  (Q extends { steps: unknown } ? { steps: ClientStep[] } : unknown) &
  (Q extends { lines: unknown } ? { lines: { line: number; text: Html }[] } : unknown);

/** A question ready for the browser. */
export type ClientQuestion = (Question extends infer Q
  ? Q extends Question
    ? RenderedQuestion<Q>
    : never
  : never) & {
  /** `/learn/<slug>/#<anchor>`. */
  href: string;
  /** The lesson's short title, for "weak topics". */
  topic: string;
  /** For `order`: the step ids in the order they are first shown (never the correct order). */
  initialOrder?: string[];
  /** For `estimate`: the simulator's figure, or null when it could not be computed (then it is not graded). */
  figure?: EstimateFigure | null;
};

/** A flashcard ready for the browser, its texts rendered. */
export type ClientFlashcard = Omit<Flashcard, 'question' | 'answer' | 'keyPoints'> & {
  question: Html;
  answer: Html[];
  keyPoints: Html[];
  href: string;
  topic: string;
};

/** A small deterministic PRNG (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i += 1) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates with the given random source). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function topicOf(lesson: string): string {
  return isLessonId(lesson) ? LESSON_TOPICS[lesson] : lesson;
}

/**
 * Prepares questions for the browser. `figures` maps estimate question ids to the simulator's figure
 * (missing or null: not computed).
 */
export function prepareQuestions(
  questions: readonly Question[],
  figures: Readonly<Record<string, EstimateFigure | null>> = {},
): ClientQuestion[] {
  return questions.map((q): ClientQuestion => {
    const random = seededRandom(q.id);
    const common = {
      href: lessonHref(q.lesson, q.anchor),
      topic: topicOf(q.lesson),
      prompt: renderMarkdown(q.prompt),
      explanation: q.explanation === undefined ? undefined : renderMarkdown(q.explanation),
    };
    const texts = <T extends { text: string; explanation: string }>(item: T) => ({
      ...item,
      text: renderMarkdown(item.text),
      explanation: renderMarkdown(item.explanation),
    });
    switch (q.kind) {
      case 'single':
      case 'multiple':
      case 'predict':
        return { ...q, ...common, options: shuffled(q.options, random).map(texts) };
      case 'order': {
        const correct = q.steps.map((s) => s.id);
        let initial = shuffled(correct, random);
        if (initial.every((id, i) => id === correct[i])) initial = [...initial.slice(1), initial[0]];
        return { ...q, ...common, steps: q.steps.map(texts), initialOrder: initial };
      }
      case 'estimate':
        return { ...q, ...common, explanation: renderMarkdown(q.explanation), figure: figures[q.id] ?? null };
      case 'spot-line':
        return { ...q, ...common, lines: q.lines.map((l) => ({ ...l, text: renderMarkdown(l.text) })) };
    }
  });
}

/** Prepares flashcards for the browser. */
export function prepareFlashcards(cards: readonly Flashcard[]): ClientFlashcard[] {
  return cards.map((card) => ({
    ...card,
    question: renderMarkdown(card.question),
    answer: renderAll(card.answer),
    keyPoints: renderAll(card.keyPoints),
    href: lessonHref(card.lesson, card.anchor),
    topic: topicOf(card.lesson),
  }));
}
