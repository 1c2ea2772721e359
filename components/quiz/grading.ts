/**
 * Grading in the browser: the answer a question counts (an order question counts its initial order when
 * untouched), whether it can be graded (an estimate needs the simulator's figure) and its grade.
 */
import type { ClientQuestion } from '@/lib/quiz/prepare';
import { gradeQuestion, totalScore, type QuestionGrade } from '@/lib/quiz/score';
import type { QuizAnswer } from '@/lib/quiz/types';

/** Answers by question id. */
export type AnswerMap = Record<string, QuizAnswer>;

/** The answer that counts for `q`. */
export function effectiveAnswer(q: ClientQuestion, answers: AnswerMap): QuizAnswer | undefined {
  const given = answers[q.id];
  if (given !== undefined) return given;
  return q.kind === 'order' ? q.initialOrder : undefined;
}

/** False for an estimate whose figure the simulator could not compute: it is shown but not scored. */
export function isGradable(q: ClientQuestion): boolean {
  return q.kind !== 'estimate' || (q.figure !== null && q.figure !== undefined);
}

/** True when the learner has given an answer that can be graded. */
export function isAnswered(q: ClientQuestion, answers: AnswerMap): boolean {
  const a = effectiveAnswer(q, answers);
  if (a === undefined) return false;
  if (Array.isArray(a)) return a.length > 0;
  if (typeof a === 'number') return Number.isFinite(a);
  return a !== '';
}

/** The grade of one question. */
export function gradeClient(q: ClientQuestion, answers: AnswerMap): QuestionGrade {
  return gradeQuestion(q, effectiveAnswer(q, answers), { simulatedBytes: q.figure?.bytes ?? null });
}

/** Score and maximum over the gradable questions. */
export function scoreAll(
  questions: readonly ClientQuestion[],
  answers: AnswerMap,
): { score: number; max: number } {
  return totalScore(questions.filter(isGradable).map((q) => gradeClient(q, answers)));
}

/** "3", "2.5": a score without trailing zeros. */
export function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
