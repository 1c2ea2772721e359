/**
 * Build-time checks of quiz files beyond their shape: the right number of correct answers for each kind,
 * an explanation for every option, step and selectable line, a known lesson and (when the lesson exists)
 * a heading anchor that exists in it, and examples that exist. Every problem names the file and question.
 */
import type { z } from 'zod';
import { isLessonId } from './lessons';
import { bankFileSchema, flashcardFileSchema, lessonQuizFileSchema, type Question } from './types';
import { selectableLines } from './selectable-lines';

export { selectableLines };

/** One problem found in a quiz file. */
export interface QuizIssue {
  file: string;
  /** The question (or card) it concerns, or null for the file as a whole. */
  questionId: string | null;
  message: string;
}

/** What the checks may consult. */
export interface ValidationContext {
  /** Heading ids of each lesson whose file exists; a lesson missing from the map is not checked for anchors. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** True when `example` has the Dockerfile `file`; when absent, estimate sources are not checked. */
  hasExampleFile?: (example: string, file: string) => boolean;
}

/** A quiz file failed validation; the message lists every problem with its file and question id. */
export class QuizContentError extends Error {
  readonly issues: QuizIssue[];

  constructor(issues: QuizIssue[]) {
    super(`Invalid quiz content:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'QuizContentError';
    this.issues = issues;
  }
}

/** `file (question id): message`. */
export function formatIssue(issue: QuizIssue): string {
  return `${issue.file}${issue.questionId ? ` (question ${issue.questionId})` : ''}: ${issue.message}`;
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

function checkLink(lesson: string, anchor: string | undefined, ctx: ValidationContext): string[] {
  if (!isLessonId(lesson))
    return [`unknown lesson "${lesson}" (expected a lesson folder name such as 02-multi-stage-builds)`];
  const ids = ctx.anchors.get(lesson);
  if (anchor !== undefined && ids && !ids.has(anchor)) {
    return [
      `anchor "#${anchor}" is not a heading of lesson ${lesson} (headings: ${[...ids].join(', ') || 'none'})`,
    ];
  }
  return [];
}

/** Problems of one question (messages without the file name). */
export function checkQuestion(q: Question, ctx: ValidationContext): string[] {
  const problems = checkLink(q.lesson, q.anchor, ctx);
  switch (q.kind) {
    case 'single':
    case 'predict':
    case 'multiple': {
      const right = q.options.filter((o) => o.correct).length;
      const dup = duplicates(q.options.map((o) => o.id));
      if (dup.length > 0) problems.push(`duplicate option ids: ${dup.join(', ')}`);
      if (q.kind === 'multiple') {
        if (q.options.length < 3) problems.push('a multiple-choice question needs at least 3 options');
        if (right < 1) problems.push('a multiple-choice question needs at least 1 correct option');
        if (right === q.options.length)
          problems.push('a multiple-choice question needs at least 1 wrong option');
      } else {
        if (q.options.length < 2) problems.push(`a ${q.kind} question needs at least 2 options`);
        if (right !== 1) problems.push(`a ${q.kind} question needs exactly 1 correct option, found ${right}`);
      }
      break;
    }
    case 'order': {
      if (q.steps.length < 3) problems.push('an order question needs at least 3 steps');
      const dup = duplicates(q.steps.map((s) => s.id));
      if (dup.length > 0) problems.push(`duplicate step ids: ${dup.join(', ')}`);
      break;
    }
    case 'spot-line': {
      const selectable = selectableLines(q.dockerfile);
      if (!selectable.includes(q.answerLine)) {
        problems.push(
          `answerLine ${q.answerLine} is not a selectable line (selectable: ${selectable.join(', ')})`,
        );
      }
      const explained = q.lines.map((l) => l.line);
      const missing = selectable.filter((n) => !explained.includes(n));
      const extra = explained.filter((n) => !selectable.includes(n));
      if (missing.length > 0) problems.push(`no explanation for line(s) ${missing.join(', ')}`);
      if (extra.length > 0)
        problems.push(`explanations for line(s) that cannot be picked: ${extra.join(', ')}`);
      const dup = duplicates(explained.map(String));
      if (dup.length > 0) problems.push(`more than one explanation for line(s) ${dup.join(', ')}`);
      break;
    }
    case 'estimate': {
      if (ctx.hasExampleFile && !ctx.hasExampleFile(q.source.example, q.source.file)) {
        problems.push(`example "${q.source.example}" has no Dockerfile "${q.source.file}"`);
      }
      break;
    }
  }
  return problems;
}

function shapeIssues(file: string, error: z.ZodError, data: unknown): QuizIssue[] {
  return error.issues.map((issue) => {
    const [section, index] = issue.path;
    let questionId: string | null = null;
    if ((section === 'questions' || section === 'cards') && typeof index === 'number') {
      const list = (data as Record<string, unknown>)[section];
      const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
      questionId = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
    }
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { file, questionId, message: `${where}${issue.message}` };
  });
}

function questionIssues(file: string, questions: Question[], ctx: ValidationContext): QuizIssue[] {
  const issues: QuizIssue[] = [];
  for (const id of duplicates(questions.map((q) => q.id))) {
    issues.push({ file, questionId: id, message: 'question id is used more than once in this file' });
  }
  for (const q of questions) {
    for (const message of checkQuestion(q, ctx)) issues.push({ file, questionId: q.id, message });
  }
  return issues;
}

/** Checks a lesson check file; `expectedId` is the file's base name. */
export function validateLessonQuiz(
  file: string,
  expectedId: string,
  data: unknown,
  ctx: ValidationContext,
): QuizIssue[] {
  const parsed = lessonQuizFileSchema.safeParse(data);
  if (!parsed.success) return shapeIssues(file, parsed.error, data);
  const quiz = parsed.data;
  const issues: QuizIssue[] = [];
  if (quiz.id !== expectedId)
    issues.push({
      file,
      questionId: null,
      message: `id "${quiz.id}" does not match the file name "${expectedId}"`,
    });
  if (!isLessonId(quiz.id))
    issues.push({ file, questionId: null, message: `"${quiz.id}" is not a lesson id` });
  if (quiz.questions.length < 3 || quiz.questions.length > 6) {
    issues.push({
      file,
      questionId: null,
      message: `a lesson check has 3 to 6 questions, found ${quiz.questions.length}`,
    });
  }
  return [...issues, ...questionIssues(file, quiz.questions, ctx)];
}

/** Checks a file of the interview bank. */
export function validateBankFile(file: string, data: unknown, ctx: ValidationContext): QuizIssue[] {
  const parsed = bankFileSchema.safeParse(data);
  if (!parsed.success) return shapeIssues(file, parsed.error, data);
  return questionIssues(file, parsed.data.questions, ctx);
}

/** Checks the flashcards file. */
export function validateFlashcards(file: string, data: unknown, ctx: ValidationContext): QuizIssue[] {
  const parsed = flashcardFileSchema.safeParse(data);
  if (!parsed.success) return shapeIssues(file, parsed.error, data);
  const issues: QuizIssue[] = [];
  for (const id of duplicates(parsed.data.cards.map((c) => c.id))) {
    issues.push({ file, questionId: id, message: 'card id is used more than once' });
  }
  for (const card of parsed.data.cards) {
    for (const message of checkLink(card.lesson, card.anchor, ctx))
      issues.push({ file, questionId: card.id, message });
  }
  return issues;
}
