/**
 * Version 1 of the progress document: the first shape Stagecraft wrote. It tracked lessons as two lists,
 * one score per quiz and lab drafts as plain strings, with a single ISO `savedAt` time for everything.
 * Kept so data written by that version is still read; `migrate.ts` upgrades it.
 */
import * as v from 'valibot';
import { salvageArray, salvageRecord, salvageValue, type Salvaged } from './salvage';

/** A v1 quiz score: points out of a total. */
export const quizScoreV1Schema = v.object({
  score: v.pipe(v.number(), v.finite(), v.minValue(0)),
  total: v.pipe(v.number(), v.finite(), v.gtValue(0)),
});

/** The whole v1 document. */
export const progressV1Schema = v.object({
  version: v.literal(1),
  savedAt: v.string(),
  visited: v.array(v.string()),
  completed: v.array(v.string()),
  lastLesson: v.nullable(v.string()),
  quizScores: v.record(v.string(), quizScoreV1Schema),
  drafts: v.record(v.string(), v.string()),
});

/** A version 1 progress document. */
export type ProgressV1 = v.InferOutput<typeof progressV1Schema>;

/** Reads a v1 document entry by entry, keeping what validates. */
export function salvageV1(doc: Record<string, unknown>): Salvaged<ProgressV1> {
  const savedAt = salvageValue(doc.savedAt, v.string(), new Date(0).toISOString());
  const visited = salvageArray(doc.visited, v.pipe(v.string(), v.minLength(1)));
  const completed = salvageArray(doc.completed, v.pipe(v.string(), v.minLength(1)));
  const lastLesson = salvageValue(doc.lastLesson, v.nullable(v.pipe(v.string(), v.minLength(1))), null);
  const quizScores = salvageRecord(doc.quizScores, quizScoreV1Schema);
  const drafts = salvageRecord(doc.drafts, v.string());
  const parts = [savedAt, visited, completed, lastLesson, quizScores, drafts];
  return {
    value: {
      version: 1,
      savedAt: savedAt.value,
      visited: visited.value,
      completed: completed.value,
      lastLesson: lastLesson.value,
      quizScores: quizScores.value,
      drafts: drafts.value,
    },
    dropped: parts.reduce((sum, p) => sum + p.dropped, 0),
  };
}
