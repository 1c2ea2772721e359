/**
 * The progress export file: a JSON document with a format marker and a version, so it can be carried to
 * another browser or machine and checked before it replaces anything.
 */
import { decodeProgress } from './migrate';
import { isRecord } from './salvage';
import { PROGRESS_VERSION, type ProgressData } from './schema';

/** The marker every export file carries in its `format` field. */
export const EXPORT_FORMAT = 'stagecraft-progress';

/** Files larger than this are refused before parsing (an export is a few kilobytes to a few hundred). */
export const MAX_IMPORT_BYTES = 5_000_000;

/** Counts shown to the learner before and after an import. */
export interface ProgressSummary {
  lessonsVisited: number;
  lessonsCompleted: number;
  quizzesTaken: number;
  exercisesPassed: number;
  drillsRecorded: number;
  flashcardsRated: number;
  labDrafts: number;
}

/** Counts what a progress document holds. */
export function summarizeProgress(data: ProgressData): ProgressSummary {
  const lessons = Object.values(data.lessons);
  return {
    lessonsVisited: lessons.length,
    lessonsCompleted: lessons.filter((l) => l.completedAt !== null).length,
    quizzesTaken: Object.keys(data.quizzes).length,
    exercisesPassed: Object.values(data.exercises).filter((e) => e.passed).length,
    drillsRecorded: data.drills.recent.length,
    flashcardsRated: Object.keys(data.flashcards).length,
    labDrafts: Object.values(data.labDrafts).filter((d) => d.text !== null).length,
  };
}

/** Serialises progress as an export file (pretty JSON, so a learner can read it). */
export function serializeExport(data: ProgressData, now: number): string {
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date(now).toISOString(),
    data,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The result of reading an export file: the data it holds, or a message saying what is wrong with it. */
export type ParsedProgressFile =
  | { ok: true; data: ProgressData; fromVersion: number; exportedAt: string | null; summary: ProgressSummary }
  | { ok: false; error: string };

function fail(error: string): ParsedProgressFile {
  return { ok: false, error };
}

/**
 * Reads and checks an export file. Older versions are upgraded; a file from a newer version, a file that
 * is not an export, or one with any damaged entry is refused with a message the learner can act on.
 * Never throws.
 */
export function parseProgressFile(text: string): ParsedProgressFile {
  if (text.length > MAX_IMPORT_BYTES) {
    return fail('This file is too large to be a Stagecraft progress export. Nothing was imported.');
  }
  if (text.trim() === '') return fail('The file is empty. Nothing was imported.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(
      'This file is not valid JSON, so it is not a Stagecraft progress export or it was damaged (for example cut short). Nothing was imported.',
    );
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) {
    return fail(
      `This JSON file is not a Stagecraft progress export (it has no "format": "${EXPORT_FORMAT}" marker). Choose a file saved with "Export progress". Nothing was imported.`,
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The export file has no valid version number, so it cannot be read. Nothing was imported.');
  }
  if (version > PROGRESS_VERSION) {
    return fail(
      `This file was exported by a newer version of Stagecraft (format version ${version}); this site reads versions up to ${PROGRESS_VERSION}. Nothing was imported.`,
    );
  }
  if (!isRecord(raw.data)) {
    return fail('The export file is damaged: its "data" section is missing. Nothing was imported.');
  }
  const dataVersion = raw.data.version;
  if (dataVersion !== version) {
    return fail(
      `The export file is damaged: it says version ${version} but its data says ${String(dataVersion)}. Nothing was imported.`,
    );
  }
  const decoded = decodeProgress(raw.data);
  if (decoded.kind !== 'ok') {
    return fail('The export file is damaged: its progress data cannot be read. Nothing was imported.');
  }
  if (decoded.dropped > 0) {
    const entries = decoded.dropped === 1 ? '1 entry' : `${decoded.dropped} entries`;
    return fail(`The export file is damaged: ${entries} could not be read. Nothing was imported.`);
  }
  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : null;
  return {
    ok: true,
    data: decoded.data,
    fromVersion: decoded.fromVersion,
    exportedAt,
    summary: summarizeProgress(decoded.data),
  };
}
