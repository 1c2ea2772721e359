/**
 * Merging two copies of a learner's progress (two tabs, or memory and storage). The merge is commutative,
 * associative and idempotent, so the order in which tabs write never loses anything: lessons and results are
 * united, scores keep the best, drafts and ratings keep the latest. A reset or replacing import starts a new
 * epoch, and a newer epoch replaces an older one instead of being merged with it.
 */
import { RECENT_DRILLS, type DrillResult, type Epoch, type ProgressData, type QuizAttempt } from './schema';

/** Order of epochs: later `at` wins, ties broken by id so every tab picks the same one. */
export function compareEpochs(a: Epoch, b: Epoch): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function minNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** The sorted union of two lists of labels. */
export function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** The known value recorded later (the larger on a tie, so the merge stays commutative). */
function laterKnown(a: number | null, aAt: number, b: number | null, bAt: number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  if (aAt !== bAt) return bAt > aAt ? b : a;
  return Math.max(a, b);
}

function later<T extends { at: number }>(a: T, b: T): T {
  return b.at > a.at ? b : a;
}

function ratio(score: number, max: number): number {
  return max > 0 ? score / max : 0;
}

/** The better of two quiz attempts: higher fraction, then the later one. */
export function betterAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
  const ra = ratio(a.score, a.max);
  const rb = ratio(b.score, b.max);
  if (ra !== rb) return rb > ra ? b : a;
  return later(a, b);
}

/** The better of two drill results: higher fraction, then faster, then the later one. */
export function betterDrill(a: DrillResult, b: DrillResult): DrillResult {
  const ra = ratio(a.score, a.total);
  const rb = ratio(b.score, b.total);
  if (ra !== rb) return rb > ra ? b : a;
  if (a.durationMs !== b.durationMs) return b.durationMs < a.durationMs ? b : a;
  return later(a, b);
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  combine: (x: T, y: T) => T,
): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    out[key] = key in out ? combine(out[key], value) : value;
  }
  return out;
}

function drillKey(d: DrillResult): string {
  return `${d.at}:${d.score}:${d.total}:${d.durationMs}`;
}

/** The most recent drills of both copies, newest first, without duplicates. */
export function mergeRecentDrills(a: DrillResult[], b: DrillResult[]): DrillResult[] {
  const byKey = new Map<string, DrillResult>();
  for (const d of [...a, ...b]) if (!byKey.has(drillKey(d))) byKey.set(drillKey(d), d);
  return [...byKey.values()].sort((x, y) => y.at - x.at).slice(0, RECENT_DRILLS);
}

/** Merges two progress documents. Never loses a completed lesson, a best score or a newer draft. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const epochOrder = compareEpochs(a.epoch, b.epoch);
  if (epochOrder !== 0) return epochOrder > 0 ? a : b;
  const bestDrill =
    a.drills.best && b.drills.best
      ? betterDrill(a.drills.best, b.drills.best)
      : (a.drills.best ?? b.drills.best);
  return {
    version: 3,
    epoch: a.epoch,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    lessons: mergeRecords(a.lessons, b.lessons, (x, y) => ({
      firstVisitedAt: Math.min(x.firstVisitedAt, y.firstVisitedAt),
      lastVisitedAt: Math.max(x.lastVisitedAt, y.lastVisitedAt),
      completedAt: minNullable(x.completedAt, y.completedAt),
    })),
    lastVisited:
      a.lastVisited && b.lastVisited ? later(a.lastVisited, b.lastVisited) : (a.lastVisited ?? b.lastVisited),
    quizzes: mergeRecords(a.quizzes, b.quizzes, (x, y) => ({
      best: betterAttempt(x.best, y.best),
      last: later(x.last, y.last),
      attempts: Math.max(x.attempts, y.attempts),
    })),
    exercises: mergeRecords(a.exercises, b.exercises, (x, y) => ({
      passed: x.passed || y.passed,
      passedAt: minNullable(x.passedAt, y.passedAt),
      bestGoalsMet: Math.max(x.bestGoalsMet, y.bestGoalsMet),
      goalsTotal: y.lastAt > x.lastAt ? y.goalsTotal : x.goalsTotal,
      lastAt: Math.max(x.lastAt, y.lastAt),
      startSizeBytes: laterKnown(x.startSizeBytes, x.lastAt, y.startSizeBytes, y.lastAt),
      bestSizeBytes: minNullable(x.bestSizeBytes, y.bestSizeBytes),
      goalsReached: unionSorted(x.goalsReached, y.goalsReached),
    })),
    drills: { best: bestDrill, recent: mergeRecentDrills(a.drills.recent, b.drills.recent) },
    flashcards: mergeRecords(a.flashcards, b.flashcards, later),
    labDrafts: mergeRecords(a.labDrafts, b.labDrafts, later),
  };
}
