/**
 * The current (version 2) shape of a learner's saved progress, as zod schemas and the types derived from
 * them. Every timestamp is milliseconds since the Unix epoch. Older shapes live in `schema-v1.ts` and are
 * upgraded by `migrate.ts`.
 */
import * as z from 'zod/mini';

/** The version this build writes. Data with a lower version is migrated; a higher one is never overwritten. */
export const PROGRESS_VERSION = 2;

/** The localStorage key holding the progress document. */
export const PROGRESS_KEY = 'stagecraft:progress';

/** Prefix of the keys under which unreadable data is set aside (suffix: the time it was set aside). */
export const CORRUPT_KEY_PREFIX = 'stagecraft:progress:corrupt:';

const time = z.number().check(z.int(), z.nonnegative());

/** One lesson: when it was first and last opened, and when it was marked completed (null: not yet). */
export const lessonEntrySchema = z.object({
  firstVisitedAt: time,
  lastVisitedAt: time,
  completedAt: z.nullable(time),
});

/** A learner's answer to one question: an option id, a list of ids (multiple choice, order), a line or a number. */
export const storedAnswerSchema = z.union([z.string(), z.number(), z.array(z.string())]);

/** One graded attempt at a quiz. `score` is in points out of `max` (partial credit allowed). */
export const quizAttemptSchema = z.object({
  score: z.number().check(z.nonnegative()),
  max: z.number().check(z.positive()),
  at: time,
  /** The answers given, by question id, so the result can be shown again after a reload. */
  answers: z.record(z.string(), storedAnswerSchema),
});

/** A quiz's record: the best attempt (by score / max) and the latest attempt. */
export const quizEntrySchema = z.object({
  best: quizAttemptSchema,
  last: quizAttemptSchema,
  attempts: z.number().check(z.int(), z.positive()),
});

/** An exercise's record: whether it was ever passed and the most goals met at once. */
export const exerciseEntrySchema = z.object({
  passed: z.boolean(),
  passedAt: z.nullable(time),
  bestGoalsMet: z.number().check(z.int(), z.nonnegative()),
  goalsTotal: z.number().check(z.int(), z.nonnegative()),
  lastAt: time,
});

/** The result of one timed drill. `weakLessons` are lesson slugs of the questions answered wrongly. */
export const drillResultSchema = z.object({
  at: time,
  score: z.number().check(z.nonnegative()),
  total: z.number().check(z.int(), z.positive()),
  durationMs: z.number().check(z.int(), z.nonnegative()),
  timeLimitMs: z.nullable(z.number().check(z.int(), z.positive())),
  weakLessons: z.array(z.string()),
});

/** A flashcard's self-rating. */
export const flashcardRatingSchema = z.enum(['again', 'hard', 'good', 'easy']);

/** A flashcard's latest self-rating. */
export const flashcardEntrySchema = z.object({ rating: flashcardRatingSchema, at: time });

/** A lab's saved editor text; `text: null` records that the draft was cleared (so a merge cannot revive it). */
export const labDraftSchema = z.object({ text: z.nullable(z.string()), at: time });

/**
 * The identity of a progress history. A reset or a replacing import starts a new epoch; when two copies
 * disagree on the epoch, the newer epoch wins outright instead of being merged.
 */
export const epochSchema = z.object({ id: z.string().check(z.minLength(1)), at: time });

/** The whole progress document, version 2. */
export const progressV2Schema = z.object({
  version: z.literal(2),
  epoch: epochSchema,
  updatedAt: time,
  lessons: z.record(z.string(), lessonEntrySchema),
  lastVisited: z.nullable(z.object({ slug: z.string().check(z.minLength(1)), at: time })),
  quizzes: z.record(z.string(), quizEntrySchema),
  exercises: z.record(z.string(), exerciseEntrySchema),
  drills: z.object({ best: z.nullable(drillResultSchema), recent: z.array(drillResultSchema) }),
  flashcards: z.record(z.string(), flashcardEntrySchema),
  labDrafts: z.record(z.string(), labDraftSchema),
});

/** The progress document (current version). */
export type ProgressData = z.infer<typeof progressV2Schema>;
export type LessonEntry = z.infer<typeof lessonEntrySchema>;
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type QuizEntry = z.infer<typeof quizEntrySchema>;
export type ExerciseEntry = z.infer<typeof exerciseEntrySchema>;
export type DrillResult = z.infer<typeof drillResultSchema>;
export type FlashcardRating = z.infer<typeof flashcardRatingSchema>;
export type FlashcardEntry = z.infer<typeof flashcardEntrySchema>;
export type LabDraft = z.infer<typeof labDraftSchema>;
export type Epoch = z.infer<typeof epochSchema>;

/** How many recent drill results are kept. */
export const RECENT_DRILLS = 10;

/** An empty progress document in the given epoch. */
export function emptyProgress(epoch: Epoch): ProgressData {
  return {
    version: 2,
    epoch,
    updatedAt: epoch.at,
    lessons: {},
    lastVisited: null,
    quizzes: {},
    exercises: {},
    drills: { best: null, recent: [] },
    flashcards: {},
    labDrafts: {},
  };
}

/** The first epoch of every history (older than any reset or import): fresh and migrated data share it, so they merge. */
export const NO_EPOCH: Epoch = { id: 'initial', at: 0 };
