/**
 * The changes a learner's actions make to progress, as pure functions from one document to the next.
 * The store applies them to the latest stored copy (read, merge, apply, write).
 */
import { betterAttempt, betterDrill, mergeRecentDrills, unionSorted } from './merge';
import type { DrillResult, FlashcardRating, ProgressData, StoredAnswer } from './schema';

/** A graded quiz attempt as the quiz reports it. */
export interface QuizResultInput {
  /** Points earned (partial credit allowed), 0 ≤ score ≤ max. */
  score: number;
  /** Points available (> 0). */
  max: number;
  /** The answers given, by question id. */
  answers: Record<string, StoredAnswer>;
}

/** An exercise check as the lab reports it. */
export interface ExerciseResultInput {
  /** True when every goal is met. */
  passed: boolean;
  goalsMet: number;
  goalsTotal: number;
  /** The image size of this attempt (decimal bytes), when the simulation knows it. */
  sizeBytes?: number | null;
  /** The image size the starting Dockerfile builds, when known. */
  startSizeBytes?: number | null;
  /** The labels of the goals this attempt meets. */
  goalsReached?: readonly string[];
}

/** A finished drill; `at` defaults to now. */
export type DrillResultInput = Omit<DrillResult, 'at'> & { at?: number };

function clampCount(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Records that a lesson was opened now (and that it is the one to continue from). */
export function applyLessonVisited(data: ProgressData, slug: string, now: number): ProgressData {
  const prev = data.lessons[slug];
  return {
    ...data,
    updatedAt: now,
    lessons: {
      ...data.lessons,
      [slug]: {
        firstVisitedAt: prev ? Math.min(prev.firstVisitedAt, now) : now,
        lastVisitedAt: prev ? Math.max(prev.lastVisitedAt, now) : now,
        completedAt: prev?.completedAt ?? null,
      },
    },
    lastVisited: { slug, at: now },
  };
}

/** Records that a lesson was completed (keeps the first completion time). Also counts as a visit. */
export function applyLessonCompleted(data: ProgressData, slug: string, now: number): ProgressData {
  const visited = applyLessonVisited(data, slug, now);
  const entry = visited.lessons[slug];
  return {
    ...visited,
    lessons: { ...visited.lessons, [slug]: { ...entry, completedAt: entry.completedAt ?? now } },
  };
}

/** Records a quiz attempt, keeping the best one. Invalid numbers are clamped to a valid range. */
export function applyQuiz(
  data: ProgressData,
  id: string,
  result: QuizResultInput,
  now: number,
): ProgressData {
  const max = Number.isFinite(result.max) && result.max > 0 ? result.max : 1;
  const score = Number.isFinite(result.score) ? Math.min(Math.max(result.score, 0), max) : 0;
  const attempt = { score, max, at: now, answers: { ...result.answers } };
  const prev = data.quizzes[id];
  return {
    ...data,
    updatedAt: now,
    quizzes: {
      ...data.quizzes,
      [id]: prev
        ? { best: betterAttempt(prev.best, attempt), last: attempt, attempts: prev.attempts + 1 }
        : { best: attempt, last: attempt, attempts: 1 },
    },
  };
}

function byteCount(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/**
 * Records an exercise check; once passed, an exercise stays passed. The scoreboard keeps the smallest
 * size of a passing attempt, the latest known starting size and every goal ever reached.
 */
export function applyExercise(
  data: ProgressData,
  id: string,
  result: ExerciseResultInput,
  now: number,
): ProgressData {
  const goalsTotal = clampCount(result.goalsTotal);
  const goalsMet = Math.min(clampCount(result.goalsMet), goalsTotal);
  const prev = data.exercises[id];
  const passed = result.passed || (prev?.passed ?? false);
  const size = result.passed ? byteCount(result.sizeBytes) : null;
  const best = prev?.bestSizeBytes ?? null;
  return {
    ...data,
    updatedAt: now,
    exercises: {
      ...data.exercises,
      [id]: {
        passed,
        passedAt: prev?.passedAt ?? (result.passed ? now : null),
        bestGoalsMet: Math.max(prev?.bestGoalsMet ?? 0, goalsMet),
        goalsTotal,
        lastAt: now,
        startSizeBytes: byteCount(result.startSizeBytes) ?? prev?.startSizeBytes ?? null,
        bestSizeBytes: size === null ? best : best === null ? size : Math.min(best, size),
        goalsReached: unionSorted(prev?.goalsReached ?? [], result.goalsReached ?? []),
      },
    },
  };
}

/** Records a drill result in the recent list and as the best result when it is better. */
export function applyDrill(data: ProgressData, input: DrillResultInput, now: number): ProgressData {
  const total = Math.max(1, clampCount(input.total));
  const result: DrillResult = {
    at: input.at ?? now,
    score: Math.min(Math.max(Number.isFinite(input.score) ? input.score : 0, 0), total),
    total,
    durationMs: clampCount(input.durationMs),
    timeLimitMs: input.timeLimitMs && input.timeLimitMs > 0 ? Math.floor(input.timeLimitMs) : null,
    weakLessons: [...new Set(input.weakLessons)],
  };
  const best = data.drills.best ? betterDrill(data.drills.best, result) : result;
  return {
    ...data,
    updatedAt: now,
    drills: { best, recent: mergeRecentDrills([result], data.drills.recent) },
  };
}

/** Records a flashcard self-rating (the latest rating counts). */
export function applyFlashcard(
  data: ProgressData,
  id: string,
  rating: FlashcardRating,
  now: number,
): ProgressData {
  return { ...data, updatedAt: now, flashcards: { ...data.flashcards, [id]: { rating, at: now } } };
}

/** Saves a lab draft, or (text null) records that it was cleared. */
export function applyLabDraft(
  data: ProgressData,
  labId: string,
  text: string | null,
  now: number,
): ProgressData {
  return { ...data, updatedAt: now, labDrafts: { ...data.labDrafts, [labId]: { text, at: now } } };
}
