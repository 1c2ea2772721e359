/**
 * The progress store: everything a learner does (lessons, quizzes, exercises, drills, flashcards, lab
 * drafts) in one versioned document kept in a Web Storage–like object that is passed in, so the store runs
 * in Node tests unchanged. It never throws: unreadable data is set aside with a notice, and a full or
 * unavailable storage degrades to memory with a notice. Every write reads the latest stored copy and
 * merges it first, so two tabs do not overwrite each other.
 */
import {
  applyDrill,
  applyExercise,
  applyFlashcard,
  applyLabDraft,
  applyLessonCompleted,
  applyLessonVisited,
  applyQuiz,
  type DrillResultInput,
  type ExerciseResultInput,
  type QuizResultInput,
} from './actions';
import { parseProgressFile, serializeExport, type ProgressSummary } from './file';
import { mergeProgress } from './merge';
import { decodeProgressText } from './migrate';
import { NoticeList, type ProgressNotice } from './notices';
import {
  CORRUPT_KEY_PREFIX,
  NO_EPOCH,
  PROGRESS_KEY,
  emptyProgress,
  type FlashcardRating,
  type ProgressData,
} from './schema';
import { safeRead, safeWrite, setAside, type StorageLike } from './storage';

/** Options of `createProgressStore`. */
export interface ProgressStoreOptions {
  /** Clock in ms (default Date.now). */
  now?: () => number;
  /** Id generator for new epochs (default: time + random). */
  newId?: () => string;
  /**
   * Subscribes to changes other tabs make to the storage (in a browser: the window's `storage` event).
   * The callback gets the changed key, or null when the whole storage was cleared. Returns an unsubscribe.
   */
  subscribeToExternalChanges?: (onChange: (key: string | null) => void) => () => void;
  /** Storage key (default `stagecraft:progress`). */
  key?: string;
}

/** The outcome of an import: what was imported, or why nothing was. */
export type ImportResult =
  { ok: true; summary: ProgressSummary; fromVersion: number } | { ok: false; error: string };

/** Where progress is being kept right now. */
export type StoreMode = 'persistent' | 'memory';

/** The progress store. Reads are synchronous snapshots; listeners run after every change. */
export interface ProgressStore {
  /** The current progress (a new object after every change, the same object otherwise). */
  get(): ProgressData;
  /** Messages for the learner about what happened to their saved progress. */
  readonly notices: readonly ProgressNotice[];
  /** `memory` when progress cannot be saved (unavailable or full storage, or data from a newer version). */
  readonly mode: StoreMode;
  /** Calls `fn` after every change to the progress or the notices. Returns an unsubscribe function. */
  subscribe(fn: () => void): () => void;
  markLessonVisited(slug: string): void;
  markLessonCompleted(slug: string): void;
  recordQuiz(id: string, result: QuizResultInput): void;
  recordExercise(id: string, result: ExerciseResultInput): void;
  recordDrill(result: DrillResultInput): void;
  rateFlashcard(id: string, rating: FlashcardRating): void;
  /** The saved draft of a lab, or null when there is none (or it was cleared). */
  getLabDraft(labId: string): string | null;
  setLabDraft(labId: string, text: string): void;
  clearLabDraft(labId: string): void;
  /** The progress as an export file's text. */
  export(): string;
  /** Replaces all progress with an export file's content after checking it; nothing changes on error. */
  import(text: string): ImportResult;
  /** Clears all progress, lab drafts included (in every open tab). */
  reset(): void;
  dismissNotice(id: string): void;
  /** Re-reads the storage (called on external changes). */
  refresh(): void;
  /** Stops listening to external changes. */
  dispose(): void;
}

/** Creates a progress store over `storage` (null: no storage, progress is kept in memory). Never throws. */
export function createProgressStore(
  storage: StorageLike | null,
  options: ProgressStoreOptions = {},
): ProgressStore {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => `${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
  const key = options.key ?? PROGRESS_KEY;
  const notices = new NoticeList(now);
  const listeners = new Set<() => void>();
  let data: ProgressData = emptyProgress(NO_EPOCH);
  /** False when the storage is missing or must not be written (newer version, failed set-aside). */
  let writable = storage !== null;
  /** True while the last write failed (quota). */
  let unsaved = false;

  const emit = () => {
    for (const fn of [...listeners]) fn();
  };

  const goMemory = (kind: 'unavailable' | 'newer-version' | 'corrupt', message: string) => {
    writable = false;
    notices.add(kind, message, null);
  };

  /** Reads the stored copy; handles damage and versions. Returns null when nothing usable is stored. */
  const readStored = (): ProgressData | null => {
    if (!storage || !writable) return null;
    const read = safeRead(storage, key);
    if (!read.ok) {
      goMemory(
        'unavailable',
        'Browser storage is unavailable (private mode or blocked), so progress is kept for this tab only.',
      );
      return null;
    }
    if (read.text === null) return null;
    const decoded = decodeProgressText(read.text);
    if (decoded.kind === 'newer') {
      goMemory(
        'newer-version',
        'Your progress was saved by a newer version of Stagecraft. It is left untouched; changes made here are kept for this tab only.',
      );
      return decoded.data;
    }
    if (decoded.kind === 'ok' && decoded.dropped === 0) {
      if (decoded.fromVersion < 2) writeNow(decoded.data);
      return decoded.data;
    }
    const asideKey = setAside(storage, CORRUPT_KEY_PREFIX, read.text, now());
    if (asideKey === null) {
      goMemory(
        'corrupt',
        'Saved progress could not be read and could not be set aside, so it is left untouched and progress is kept for this tab only.',
      );
      return decoded.kind === 'ok' ? decoded.data : null;
    }
    if (decoded.kind === 'unreadable') {
      notices.add(
        'corrupt',
        `Saved progress could not be read (${decoded.reason}). It was set aside, not deleted, and you start afresh.`,
        asideKey,
      );
      writeNow(emptyProgress(NO_EPOCH));
      return null;
    }
    const entries = decoded.dropped === 1 ? '1 entry' : `${decoded.dropped} entries`;
    notices.add(
      'partial',
      `Part of your saved progress was damaged: ${entries} could not be read. The rest was kept and the original was set aside.`,
      asideKey,
    );
    writeNow(decoded.data);
    return decoded.data;
  };

  /** Writes without merging; reports a full storage once. */
  function writeNow(next: ProgressData): void {
    if (!storage || !writable) return;
    const written = safeWrite(storage, key, JSON.stringify(next));
    if (written.ok) {
      if (unsaved) notices.removeKind('quota');
      unsaved = false;
      return;
    }
    unsaved = true;
    notices.add(
      'quota',
      written.quota
        ? 'Browser storage is full, so your latest progress is kept for this tab only. Export it to keep a copy.'
        : 'Progress could not be saved to browser storage, so it is kept for this tab only. Export it to keep a copy.',
      null,
    );
  }

  const update = (change: (base: ProgressData, t: number) => ProgressData) => {
    const stored = readStored();
    const base = stored ? mergeProgress(stored, data) : data;
    data = change(base, now());
    writeNow(data);
    emit();
  };

  const initial = readStored();
  if (storage === null) {
    notices.add(
      'unavailable',
      'Browser storage is unavailable, so progress is kept for this tab only.',
      null,
    );
  }
  if (initial) data = initial;

  const refresh = () => {
    const before = JSON.stringify(data);
    const noticesBefore = notices.version;
    const stored = readStored();
    if (stored) {
      data = mergeProgress(stored, data);
      // Another tab wrote a copy that lacks something this tab holds (it read storage before this tab's
      // last write reached it): write the union back, or that answer would be lost. The merge is
      // idempotent, so the tabs stop writing as soon as the stored copy holds everything.
      if (JSON.stringify(data) !== JSON.stringify(stored)) writeNow(data);
    }
    if (JSON.stringify(data) !== before || notices.version !== noticesBefore) emit();
  };

  const unsubscribeExternal =
    options.subscribeToExternalChanges?.((changed) => {
      if (changed === null || changed === key) refresh();
    }) ?? (() => {});

  const replaceAll = (next: ProgressData) => {
    data = next;
    if (storage && !writable && safeRead(storage, key).ok) {
      // A deliberate reset or import replaces even data this version could not read or was told not to touch.
      writable = true;
      notices.removeKind('newer-version');
      notices.removeKind('corrupt');
    }
    writeNow(data);
    emit();
  };

  return {
    get: () => data,
    get notices() {
      return notices.list;
    },
    get mode(): StoreMode {
      return writable && !unsaved ? 'persistent' : 'memory';
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    markLessonVisited: (slug) => update((d, t) => applyLessonVisited(d, slug, t)),
    markLessonCompleted: (slug) => update((d, t) => applyLessonCompleted(d, slug, t)),
    recordQuiz: (id, result) => update((d, t) => applyQuiz(d, id, result, t)),
    recordExercise: (id, result) => update((d, t) => applyExercise(d, id, result, t)),
    recordDrill: (result) => update((d, t) => applyDrill(d, result, t)),
    rateFlashcard: (id, rating) => update((d, t) => applyFlashcard(d, id, rating, t)),
    getLabDraft: (labId) => data.labDrafts[labId]?.text ?? null,
    setLabDraft: (labId, text) => update((d, t) => applyLabDraft(d, labId, text, t)),
    clearLabDraft: (labId) => update((d, t) => applyLabDraft(d, labId, null, t)),
    export: () => serializeExport(data, now()),
    import(text) {
      const parsed = parseProgressFile(text);
      if (!parsed.ok) return parsed;
      const t = now();
      replaceAll({ ...parsed.data, epoch: { id: newId(), at: t }, updatedAt: t });
      return { ok: true, summary: parsed.summary, fromVersion: parsed.fromVersion };
    },
    reset() {
      const t = now();
      replaceAll(emptyProgress({ id: newId(), at: t }));
    },
    dismissNotice(id) {
      notices.remove(id);
      emit();
    },
    refresh,
    dispose: unsubscribeExternal,
  };
}
