/**
 * The current (version 3) shape of a learner's saved progress, as valibot schemas and the types derived from
 * them. Every timestamp is milliseconds since the Unix epoch. Older shapes live in `schema-v1.ts` and are
 * upgraded by `migrate.ts`.
 */
import * as v from 'valibot';

/** The version this build writes. Data with a lower version is migrated; a higher one is never overwritten. */
export const PROGRESS_VERSION = 3;

/** The localStorage key holding the progress document. */
export const PROGRESS_KEY = 'stagecraft:progress';

/** Prefix of the keys under which unreadable data is set aside (suffix: the time it was set aside). */
export const CORRUPT_KEY_PREFIX = 'stagecraft:progress:corrupt:';

const time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One lesson: when it was first and last opened, and when it was marked completed (null: not yet). */
export const lessonEntrySchema = v.object({
  firstVisitedAt: time,
  lastVisitedAt: time,
  completedAt: v.nullable(time),
});

/** A learner's answer to one question: an option id, a list of ids (multiple choice, order), a line or a number. */
export const storedAnswerSchema = v.union([v.string(), v.number(), v.array(v.string())]);

/** One graded attempt at a quiv. `score` is in points out of `max` (partial credit allowed). */
export const quizAttemptSchema = v.object({
  score: v.pipe(v.number(), v.finite(), v.minValue(0)),
  max: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  at: time,
  /** The answers given, by question id, so the result can be shown again after a reload. */
  answers: v.record(v.string(), storedAnswerSchema),
});

/** A quiz's record: the best attempt (by score / max) and the latest attempt. */
export const quizEntrySchema = v.object({
  best: quizAttemptSchema,
  last: quizAttemptSchema,
  attempts: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const bytes = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * An exercise's record: whether it was ever passed, the most goals met at once, and the learner's
 * scoreboard (added in version 3): the starting Dockerfile's image size, the smallest image of a passing
 * attempt, and every goal reached in any attempt (by label).
 */
export const exerciseEntrySchema = v.object({
  passed: v.boolean(),
  passedAt: v.nullable(time),
  bestGoalsMet: v.pipe(v.number(), v.integer(), v.minValue(0)),
  goalsTotal: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastAt: time,
  /** Decimal bytes of the image the starting Dockerfile builds, as simulated; null when unknown. */
  startSizeBytes: v.nullable(bytes),
  /** Decimal bytes of the smallest image that passed every goal; null before a pass (or for answers). */
  bestSizeBytes: v.nullable(bytes),
  /** The labels of the goals met in any attempt, sorted. */
  goalsReached: v.array(v.string()),
});

/** The result of one timed drill. `weakLessons` are lesson slugs of the questions answered wrongly. */
export const drillResultSchema = v.object({
  at: time,
  score: v.pipe(v.number(), v.finite(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  durationMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  timeLimitMs: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  weakLessons: v.array(v.string()),
});

/** A flashcard's self-rating. */
export const flashcardRatingSchema = v.picklist(['again', 'hard', 'good', 'easy']);

/** A flashcard's latest self-rating. */
export const flashcardEntrySchema = v.object({ rating: flashcardRatingSchema, at: time });

/** A lab's saved editor text; `text: null` records that the draft was cleared (so a merge cannot revive it). */
export const labDraftSchema = v.object({ text: v.nullable(v.string()), at: time });

/**
 * The identity of a progress history. A reset or a replacing import starts a new epoch; when two copies
 * disagree on the epoch, the newer epoch wins outright instead of being merged.
 */
export const epochSchema = v.object({ id: v.pipe(v.string(), v.minLength(1)), at: time });

/** The whole progress document, version 3. */
export const progressSchema = v.object({
  version: v.literal(3),
  epoch: epochSchema,
  updatedAt: time,
  lessons: v.record(v.string(), lessonEntrySchema),
  lastVisited: v.nullable(v.object({ slug: v.pipe(v.string(), v.minLength(1)), at: time })),
  quizzes: v.record(v.string(), quizEntrySchema),
  exercises: v.record(v.string(), exerciseEntrySchema),
  drills: v.object({ best: v.nullable(drillResultSchema), recent: v.array(drillResultSchema) }),
  flashcards: v.record(v.string(), flashcardEntrySchema),
  labDrafts: v.record(v.string(), labDraftSchema),
});

/** The progress document (current version). */
export type ProgressData = v.InferOutput<typeof progressSchema>;
export type LessonEntry = v.InferOutput<typeof lessonEntrySchema>;
export type StoredAnswer = v.InferOutput<typeof storedAnswerSchema>;
export type QuizAttempt = v.InferOutput<typeof quizAttemptSchema>;
export type QuizEntry = v.InferOutput<typeof quizEntrySchema>;
export type ExerciseEntry = v.InferOutput<typeof exerciseEntrySchema>;
export type DrillResult = v.InferOutput<typeof drillResultSchema>;
export type FlashcardRating = v.InferOutput<typeof flashcardRatingSchema>;
export type FlashcardEntry = v.InferOutput<typeof flashcardEntrySchema>;
export type LabDraft = v.InferOutput<typeof labDraftSchema>;
export type Epoch = v.InferOutput<typeof epochSchema>;

/** How many recent drill results are kept. */
export const RECENT_DRILLS = 10;

/** An empty progress document in the given epoch. */
export function emptyProgress(epoch: Epoch): ProgressData {
  return {
    version: 3,
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
