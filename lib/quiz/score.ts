/**
 * Scoring. Every question is worth 1 point. The partial-credit rules (also shown to learners):
 * - single choice, predict the outcome, spot the line: 1 for the right answer, otherwise 0;
 * - multiple choice: (right options ticked − wrong options ticked) ÷ number of right options, never below 0
 *   (so ticking everything earns nothing);
 * - order the steps: 1 for the exact order; otherwise half a point times the share of step pairs that are in
 *   the right relative order (a reversed list earns 0);
 * - estimate the size: 1 within the stated band around the simulator's figure, ½ within twice the band,
 *   otherwise 0.
 */
import type { EstimateQuestion, Question, QuizAnswer } from './types';

/** The outcome of one question. */
export interface QuestionGrade {
  /** Points earned, 0 to 1, rounded to hundredths. */
  score: number;
  status: 'correct' | 'partial' | 'wrong' | 'unanswered';
}

/** The simulator's figures a grade may need: bytes of an estimate question's image (null: not computed). */
export interface GradeFigures {
  simulatedBytes?: number | null;
}

/** The outcome of an estimate check, with the band so the learner sees where their answer fell. */
export interface EstimateCheck {
  score: number;
  /** The simulator's figure in MB (decimal). */
  simulatedMB: number;
  /** Full-marks band, in MB. */
  lowMB: number;
  highMB: number;
  /** Half-marks band, in MB. */
  halfLowMB: number;
  halfHighMB: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function status(score: number): QuestionGrade['status'] {
  return score >= 1 ? 'correct' : score > 0 ? 'partial' : 'wrong';
}

/**
 * Checks an estimate (in MB) against the simulator's size for the question's Dockerfile. Returns null
 * when the figure is unknown (not a finite, non-negative number) or the answer is not a number.
 */
export function checkEstimate(
  question: EstimateQuestion,
  answerMB: number,
  simulatedBytes: number,
): EstimateCheck | null {
  if (!Number.isFinite(simulatedBytes) || simulatedBytes < 0 || !Number.isFinite(answerMB)) return null;
  const simulatedMB = simulatedBytes / 1_000_000;
  const band = question.tolerancePercent / 100;
  const lowMB = simulatedMB * (1 - band);
  const highMB = simulatedMB * (1 + band);
  const halfLowMB = Math.max(0, simulatedMB * (1 - 2 * band));
  const halfHighMB = simulatedMB * (1 + 2 * band);
  const score =
    answerMB >= lowMB && answerMB <= highMB ? 1 : answerMB >= halfLowMB && answerMB <= halfHighMB ? 0.5 : 0;
  return { score, simulatedMB, lowMB, highMB, halfLowMB, halfHighMB };
}

/** The share of pairs (i < j) of `chosen` that keep the order they have in `correct`. */
export function pairOrderShare(correct: string[], chosen: string[]): number {
  const position = new Map(correct.map((id, i) => [id, i]));
  let good = 0;
  let total = 0;
  for (let i = 0; i < chosen.length; i += 1) {
    for (let j = i + 1; j < chosen.length; j += 1) {
      total += 1;
      if ((position.get(chosen[i]) ?? -1) < (position.get(chosen[j]) ?? -1)) good += 1;
    }
  }
  return total === 0 ? 0 : good / total;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Grades one answer. A missing answer or one of the wrong type scores 0 as "unanswered". Never throws. */
export function gradeQuestion(
  question: Question,
  answer: QuizAnswer | undefined | null,
  figures: GradeFigures = {},
): QuestionGrade {
  const unanswered: QuestionGrade = { score: 0, status: 'unanswered' };
  if (answer === undefined || answer === null) return unanswered;
  switch (question.kind) {
    case 'single':
    case 'predict': {
      if (typeof answer !== 'string') return unanswered;
      const option = question.options.find((o) => o.id === answer);
      if (!option) return unanswered;
      return option.correct ? { score: 1, status: 'correct' } : { score: 0, status: 'wrong' };
    }
    case 'multiple': {
      if (!isStringArray(answer) || answer.length === 0) return unanswered;
      const chosen = new Set(answer);
      const right = question.options.filter((o) => o.correct);
      const hits = right.filter((o) => chosen.has(o.id)).length;
      const misses = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      const score = right.length === 0 ? 0 : round(Math.max(0, (hits - misses) / right.length));
      return { score, status: status(score) };
    }
    case 'order': {
      const correct = question.steps.map((s) => s.id);
      if (!isStringArray(answer) || answer.length !== correct.length) return unanswered;
      if (new Set(answer).size !== correct.length || !answer.every((id) => correct.includes(id)))
        return unanswered;
      if (answer.every((id, i) => id === correct[i])) return { score: 1, status: 'correct' };
      const score = round(0.5 * pairOrderShare(correct, answer));
      return { score, status: status(score) };
    }
    case 'spot-line': {
      if (typeof answer !== 'number' || !Number.isInteger(answer)) return unanswered;
      return answer === question.answerLine ? { score: 1, status: 'correct' } : { score: 0, status: 'wrong' };
    }
    case 'estimate': {
      if (
        typeof answer !== 'number' ||
        figures.simulatedBytes === undefined ||
        figures.simulatedBytes === null
      ) {
        return unanswered;
      }
      const check = checkEstimate(question, answer, figures.simulatedBytes);
      if (!check) return unanswered;
      return { score: check.score, status: status(check.score) };
    }
  }
}

/** The total of a set of grades. */
export function totalScore(grades: QuestionGrade[]): { score: number; max: number } {
  return { score: round(grades.reduce((sum, g) => sum + g.score, 0)), max: grades.length };
}

/**
 * Whether `answer` (from storage or an import, so of any type) is an answer `question` can show and
 * grade: a known option id (single, predict), known option ids (multiple), every step id once (order), a
 * line number (spot-line) or a finite size (estimate). Views show only answers that fit. Never throws.
 */
export function answerFits(question: Question, answer: unknown): answer is QuizAnswer {
  switch (question.kind) {
    case 'single':
    case 'predict':
      return typeof answer === 'string' && question.options.some((o) => o.id === answer);
    case 'multiple':
      return isStringArray(answer) && answer.every((id) => question.options.some((o) => o.id === id));
    case 'order': {
      const steps = question.steps.map((s) => s.id);
      return (
        isStringArray(answer) &&
        answer.length === steps.length &&
        new Set(answer).size === steps.length &&
        answer.every((id) => steps.includes(id))
      );
    }
    case 'spot-line':
      return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1;
    case 'estimate':
      return typeof answer === 'number' && Number.isFinite(answer) && answer >= 0;
    default:
      return false;
  }
}

/**
 * The stored answers that fit their questions, and the ids of the questions whose stored answer was set
 * aside because it did not (answers to questions that no longer exist are left out silently).
 */
export function fittingAnswers(
  questions: readonly Question[],
  stored: unknown,
): { answers: Record<string, QuizAnswer>; setAside: string[] } {
  const answers: Record<string, QuizAnswer> = {};
  const setAside: string[] = [];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { answers, setAside };
  const record = stored as Record<string, unknown>;
  for (const q of questions) {
    if (!Object.prototype.hasOwnProperty.call(record, q.id)) continue;
    const a = record[q.id];
    if (answerFits(q, a)) answers[q.id] = a;
    else setAside.push(q.id);
  }
  return { answers, setAside };
}
