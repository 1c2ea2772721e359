/**
 * Reading a stored progress document of any version: older versions are upgraded step by step, damaged
 * entries are dropped (and counted) while the rest is kept, and a document from a newer version is
 * recognised so that it is never overwritten.
 */
import * as v from 'valibot';
import {
  NO_EPOCH,
  PROGRESS_VERSION,
  drillResultSchema,
  epochSchema,
  exerciseEntrySchema,
  flashcardEntrySchema,
  labDraftSchema,
  lessonEntrySchema,
  quizEntrySchema,
  type ProgressData,
} from './schema';
import { salvageV1 } from './schema-v1';
import { isRecord, salvageArray, salvageRecord, salvageValue, type Salvaged } from './salvage';

/** A migration step: reads a document of version N (entry by entry) and returns it as version N + 1. */
export type Migration = (doc: Record<string, unknown>) => Salvaged<Record<string, unknown>>;

function migrateV1toV2(doc: Record<string, unknown>): Salvaged<Record<string, unknown>> {
  const { value: v1, dropped } = salvageV1(doc);
  const parsedTime = Date.parse(v1.savedAt);
  const at = Number.isFinite(parsedTime) && parsedTime > 0 ? parsedTime : 0;
  const completed = new Set(v1.completed);
  const lessons: ProgressData['lessons'] = {};
  for (const slug of new Set([...v1.visited, ...v1.completed])) {
    lessons[slug] = { firstVisitedAt: at, lastVisitedAt: at, completedAt: completed.has(slug) ? at : null };
  }
  const quizzes: ProgressData['quizzes'] = {};
  for (const [id, s] of Object.entries(v1.quizScores)) {
    const attempt = { score: Math.min(s.score, s.total), max: s.total, at, answers: {} };
    quizzes[id] = { best: attempt, last: attempt, attempts: 1 };
  }
  const labDrafts: ProgressData['labDrafts'] = {};
  for (const [id, text] of Object.entries(v1.drafts)) labDrafts[id] = { text, at };
  const v2 = {
    version: 2,
    epoch: NO_EPOCH,
    updatedAt: at,
    lessons,
    lastVisited: v1.lastLesson ? { slug: v1.lastLesson, at } : null,
    quizzes,
    exercises: {},
    drills: { best: null, recent: [] },
    flashcards: {},
    labDrafts,
  };
  return { value: v2, dropped };
}

/**
 * Version 3 adds the scoreboard to each exercise: the starting image's size, the best passing size (both
 * unknown for results recorded before) and the goals reached (none known). Everything else is unchanged.
 */
function migrateV2toV3(doc: Record<string, unknown>): Salvaged<Record<string, unknown>> {
  const exercises: Record<string, unknown> = {};
  if (isRecord(doc.exercises)) {
    for (const [id, entry] of Object.entries(doc.exercises)) {
      exercises[id] = isRecord(entry)
        ? { startSizeBytes: null, bestSizeBytes: null, goalsReached: [], ...entry }
        : entry;
    }
  }
  return {
    value: { ...doc, version: 3, exercises: isRecord(doc.exercises) ? exercises : doc.exercises },
    dropped: 0,
  };
}

/** Migration steps by the version they start from. Every version below PROGRESS_VERSION has one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1toV2, 2: migrateV2toV3 };

/** Reads a current (v3) document entry by entry. */
export function salvageCurrent(doc: Record<string, unknown>): Salvaged<ProgressData> {
  const time = v.pipe(v.number(), v.integer(), v.minValue(0));
  const epoch = salvageValue(doc.epoch, epochSchema, NO_EPOCH);
  const updatedAt = salvageValue(doc.updatedAt, time, 0);
  const lessons = salvageRecord(doc.lessons, lessonEntrySchema);
  const lastVisited = salvageValue(
    doc.lastVisited,
    v.nullable(v.object({ slug: v.pipe(v.string(), v.minLength(1)), at: time })),
    null,
  );
  const quizzes = salvageRecord(doc.quizzes, quizEntrySchema);
  const exercises = salvageRecord(doc.exercises, exerciseEntrySchema);
  const drillsRaw = isRecord(doc.drills) ? doc.drills : {};
  const drillsShapeDropped = doc.drills !== undefined && !isRecord(doc.drills) ? 1 : 0;
  const best = salvageValue(drillsRaw.best, v.nullable(drillResultSchema), null);
  const recent = salvageArray(drillsRaw.recent, drillResultSchema);
  const flashcards = salvageRecord(doc.flashcards, flashcardEntrySchema);
  const labDrafts = salvageRecord(doc.labDrafts, labDraftSchema);
  const parts = [
    epoch,
    updatedAt,
    lessons,
    lastVisited,
    quizzes,
    exercises,
    best,
    recent,
    flashcards,
    labDrafts,
  ];
  return {
    value: {
      version: 3,
      epoch: epoch.value,
      updatedAt: updatedAt.value,
      lessons: lessons.value,
      lastVisited: lastVisited.value,
      quizzes: quizzes.value,
      exercises: exercises.value,
      drills: { best: best.value, recent: recent.value },
      flashcards: flashcards.value,
      labDrafts: labDrafts.value,
    },
    dropped: parts.reduce((sum, p) => sum + p.dropped, drillsShapeDropped),
  };
}

/** The outcome of reading a stored document. */
export type DecodeResult =
  /** Read (and upgraded from `fromVersion` when older); `dropped` entries could not be read. */
  | { kind: 'ok'; data: ProgressData; fromVersion: number; dropped: number }
  /** Written by a newer version of Stagecraft: `data` is what this version understands of it. */
  | { kind: 'newer'; version: number; data: ProgressData; dropped: number }
  /** Not a progress document at all (not JSON, not an object, no known version). */
  | { kind: 'unreadable'; reason: string };

/** Reads an already-parsed value as a progress document of any known version. Never throws. */
export function decodeProgress(raw: unknown): DecodeResult {
  if (!isRecord(raw)) return { kind: 'unreadable', reason: 'it is not a JSON object' };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', reason: 'it has no valid version number' };
  }
  if (version > PROGRESS_VERSION) {
    const { value, dropped } = salvageCurrent(raw);
    return { kind: 'newer', version, data: value, dropped };
  }
  let doc: Record<string, unknown> = raw;
  let dropped = 0;
  for (let v = version; v < PROGRESS_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return { kind: 'unreadable', reason: `no upgrade is known from version ${v}` };
    const next = step(doc);
    doc = next.value;
    dropped += next.dropped;
  }
  const current = salvageCurrent(doc);
  return { kind: 'ok', data: current.value, fromVersion: version, dropped: dropped + current.dropped };
}

/** Parses JSON text and reads it as a progress document. Never throws. */
export function decodeProgressText(text: string): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON' };
  }
  return decodeProgress(raw);
}
