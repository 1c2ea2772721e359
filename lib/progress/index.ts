/**
 * Learner progress: one versioned store for lessons, quizzes, exercises, drills, flashcards and lab drafts,
 * kept in a Web Storage–like object passed in by the caller.
 */
export { createProgressStore } from './store';
export type { ImportResult, ProgressStore, ProgressStoreOptions, StoreMode } from './store';
export type { StorageLike } from './storage';
export { listSetAsideKeys, isQuotaError } from './storage';
export type { NoticeKind, ProgressNotice } from './notices';
export type { DrillResultInput, ExerciseResultInput, QuizResultInput } from './actions';
export { parseProgressFile, summarizeProgress, EXPORT_FORMAT } from './file';
export type { ParsedProgressFile, ProgressSummary } from './file';
export { CORRUPT_KEY_PREFIX, PROGRESS_KEY, PROGRESS_VERSION } from './schema';
export type {
  DrillResult,
  ExerciseEntry,
  FlashcardRating,
  LessonEntry,
  ProgressData,
  QuizAttempt,
  QuizEntry,
  StoredAnswer,
} from './schema';
