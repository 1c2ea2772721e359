/**
 * Version 1 of the progress document: the first shape Stagecraft wrote. It tracked lessons as two lists,
 * one score per quiz and lab drafts as plain strings, with a single ISO `savedAt` time for everything.
 * Kept so data written by that version is still read; `migrate.ts` upgrades it.
 */
import * as z from 'zod/mini';
import { salvageArray, salvageRecord, salvageValue, type Salvaged } from './salvage';

/** A v1 quiz score: points out of a total. */
export const quizScoreV1Schema = z.object({
  score: z.number().check(z.nonnegative()),
  total: z.number().check(z.positive()),
});

/** The whole v1 document. */
export const progressV1Schema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  visited: z.array(z.string()),
  completed: z.array(z.string()),
  lastLesson: z.nullable(z.string()),
  quizScores: z.record(z.string(), quizScoreV1Schema),
  drafts: z.record(z.string(), z.string()),
});

/** A version 1 progress document. */
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** Reads a v1 document entry by entry, keeping what validates. */
export function salvageV1(doc: Record<string, unknown>): Salvaged<ProgressV1> {
  const savedAt = salvageValue(doc.savedAt, z.string(), new Date(0).toISOString());
  const visited = salvageArray(doc.visited, z.string().check(z.minLength(1)));
  const completed = salvageArray(doc.completed, z.string().check(z.minLength(1)));
  const lastLesson = salvageValue(doc.lastLesson, z.nullable(z.string().check(z.minLength(1))), null);
  const quizScores = salvageRecord(doc.quizScores, quizScoreV1Schema);
  const drafts = salvageRecord(doc.drafts, z.string());
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
