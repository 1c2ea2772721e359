/**
 * The learner's scoreboard: for each exercise they worked on, the image the starting Dockerfile builds,
 * the smallest image of a passing attempt and the goals reached, from their saved progress.
 */
import type { ProgressData } from './schema';

/** What the scoreboard needs to know about an exercise (from the course). */
export interface ScoreboardExercise {
  id: string;
  title: string;
  /** The lesson's URL slug. */
  lesson: string;
}

/** One row of the scoreboard. */
export interface ScoreboardRow {
  id: string;
  title: string;
  lesson: string;
  passed: boolean;
  /** Decimal bytes of the starting image, or null when not known. */
  startSizeBytes: number | null;
  /** Decimal bytes of the smallest passing image, or null before a pass. */
  bestSizeBytes: number | null;
  /** How many times smaller the best image is than the start, or null when either is unknown. */
  factor: number | null;
  goalsReached: string[];
  goalsTotal: number;
}

/**
 * The rows of the scoreboard, in course order (the order of `exercises`): only the exercises the learner
 * has results for, and only exercises of the course (an old result for a removed exercise is left out).
 */
export function scoreboardRows(
  data: ProgressData,
  exercises: readonly ScoreboardExercise[],
): ScoreboardRow[] {
  return exercises.flatMap((exercise): ScoreboardRow[] => {
    const entry = data.exercises[exercise.id];
    if (!entry) return [];
    const { startSizeBytes, bestSizeBytes } = entry;
    return [
      {
        ...exercise,
        passed: entry.passed,
        startSizeBytes,
        bestSizeBytes,
        factor:
          startSizeBytes !== null && bestSizeBytes !== null && bestSizeBytes > 0
            ? startSizeBytes / bestSizeBytes
            : null,
        goalsReached: entry.goalsReached,
        goalsTotal: entry.goalsTotal,
      },
    ];
  });
}

/**
 * The width of a size bar as a fraction of the widest, on a logarithmic scale from 1 kB to `max`
 * (sizes here run from kilobytes to a gigabyte, so a linear bar would hide the small ones). 0 for
 * nothing, at least 0.02 for anything above nothing.
 */
export function barFraction(bytes: number, max: number): number {
  if (!(bytes > 0) || !(max > 0)) return 0;
  const floor = 1_000;
  const top = Math.log10(Math.max(max, floor * 10) / floor);
  const value = Math.log10(Math.max(bytes, floor) / floor);
  return Math.min(1, Math.max(0.02, value / top));
}
