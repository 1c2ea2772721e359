import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from './fake-storage';
import { EXPORT_FORMAT, createProgressStore, parseProgressFile } from './index';

function filledStore() {
  const area = new FakeStorageArea();
  let t = 1_750_000_000_000;
  const store = createProgressStore(area.tab().storage, { now: () => (t += 1000) });
  store.markLessonCompleted('01-why-images-get-big');
  store.markLessonVisited('05-go-calculator-demo');
  store.recordQuiz('01-why-images-get-big', { score: 2.5, max: 4, answers: { a: ['x', 'y'], b: 3 } });
  store.recordExercise('02-shrink-the-calculator', { passed: true, goalsMet: 3, goalsTotal: 3 });
  store.recordDrill({
    score: 9,
    total: 10,
    durationMs: 60_000,
    timeLimitMs: 120_000,
    weakLessons: ['10-faster-builds'],
  });
  store.rateFlashcard('why-distroless', 'easy');
  store.setLabDraft('lab', 'FROM gcr.io/distroless/static-debian12');
  return { area, store };
}

describe('export and import', () => {
  it('round-trips: export, reset, import gives everything back', () => {
    const { area, store } = filledStore();
    const before = store.get();
    const file = store.export();
    expect(JSON.parse(file)).toMatchObject({ format: EXPORT_FORMAT, version: 2 });
    store.reset();
    expect(store.get().lessons).toEqual({});
    const result = store.import(file);
    expect(result).toMatchObject({
      ok: true,
      summary: {
        lessonsVisited: 2,
        lessonsCompleted: 1,
        quizzesTaken: 1,
        exercisesPassed: 1,
        drillsRecorded: 1,
        flashcardsRated: 1,
        labDrafts: 1,
      },
    });
    const after = store.get();
    for (const key of [
      'lessons',
      'lastVisited',
      'quizzes',
      'exercises',
      'drills',
      'flashcards',
      'labDrafts',
    ] as const) {
      expect(after[key]).toEqual(before[key]);
    }
    const reloaded = createProgressStore(area.tab().storage);
    expect(reloaded.get().quizzes).toEqual(before.quizzes);
  });

  it('imports into another browser (a different storage) and replaces what was there', () => {
    const { store } = filledStore();
    const other = createProgressStore(new FakeStorageArea().tab().storage);
    other.markLessonVisited('17-interview-preparation');
    expect(other.import(store.export()).ok).toBe(true);
    expect(Object.keys(other.get().lessons).sort()).toEqual([
      '01-why-images-get-big',
      '05-go-calculator-demo',
    ]);
  });

  it('imports a file written by version 1 of the format', () => {
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      data: {
        version: 1,
        savedAt: '2026-01-01T00:00:00Z',
        visited: ['04-distroless-images'],
        completed: [],
        lastLesson: null,
        quizScores: {},
        drafts: {},
      },
    });
    const parsed = parseProgressFile(file);
    expect(parsed).toMatchObject({ ok: true, fromVersion: 1, summary: { lessonsVisited: 1 } });
  });

  const good = JSON.parse(filledStore().store.export());
  it.each([
    ['an empty file', '', /empty/],
    ['a text file', 'hello', /not valid JSON/],
    ['a truncated export', JSON.stringify(good).slice(0, 200), /not valid JSON.*damaged/],
    ['another JSON file', '{"name":"package"}', /not a Stagecraft progress export/],
    [
      'a newer export',
      JSON.stringify({ ...good, version: 9 }),
      /newer version of Stagecraft \(format version 9\)/,
    ],
    ['an export without data', JSON.stringify({ ...good, data: undefined }), /"data" section is missing/],
    ['mismatched versions', JSON.stringify({ ...good, version: 1 }), /says version 1 but its data says 2/],
    [
      'an export with a damaged entry',
      JSON.stringify({ ...good, data: { ...good.data, quizzes: { x: { best: 'full marks' } } } }),
      /damaged: 1 entry could not be read/,
    ],
  ])('refuses %s with a clear message and changes nothing', (_name, text, message) => {
    const { store } = filledStore();
    const before = store.get();
    const result = store.import(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was imported/);
    }
    expect(store.get()).toBe(before);
  });
});
