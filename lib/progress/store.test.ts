import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from './fake-storage';
import { PROGRESS_KEY, createProgressStore } from './index';

function clock(start = 1_700_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

describe('progress store', () => {
  it('records lessons, quizzes, exercises, drills, flashcards and drafts, and reads them back after a reload', () => {
    const area = new FakeStorageArea();
    const now = clock();
    const store = createProgressStore(area.tab().storage, { now });
    store.markLessonVisited('01-why-images-get-big');
    store.markLessonCompleted('01-why-images-get-big');
    store.markLessonVisited('02-multi-stage-builds');
    store.recordQuiz('02-multi-stage-builds', { score: 3, max: 4, answers: { q1: 'a' } });
    store.recordExercise('02-shrink-the-calculator', { passed: false, goalsMet: 2, goalsTotal: 3 });
    store.recordExercise('02-shrink-the-calculator', { passed: true, goalsMet: 3, goalsTotal: 3 });
    store.recordDrill({
      score: 7,
      total: 10,
      durationMs: 90_000,
      timeLimitMs: 300_000,
      weakLessons: ['04-distroless-images'],
    });
    store.rateFlashcard('why-distroless', 'good');
    store.setLabDraft('go-calculator/Dockerfile.multi-stage', 'FROM scratch\n');

    const reloaded = createProgressStore(area.tab().storage, { now });
    const data = reloaded.get();
    expect(Object.keys(data.lessons).sort()).toEqual(['01-why-images-get-big', '02-multi-stage-builds']);
    expect(data.lessons['01-why-images-get-big'].completedAt).not.toBeNull();
    expect(data.lessons['02-multi-stage-builds'].completedAt).toBeNull();
    expect(data.lastVisited?.slug).toBe('02-multi-stage-builds');
    expect(data.quizzes['02-multi-stage-builds'].best).toMatchObject({
      score: 3,
      max: 4,
      answers: { q1: 'a' },
    });
    expect(data.exercises['02-shrink-the-calculator']).toMatchObject({ passed: true, bestGoalsMet: 3 });
    expect(data.drills.best).toMatchObject({ score: 7, total: 10, weakLessons: ['04-distroless-images'] });
    expect(data.flashcards['why-distroless'].rating).toBe('good');
    expect(reloaded.getLabDraft('go-calculator/Dockerfile.multi-stage')).toBe('FROM scratch\n');
    expect(reloaded.mode).toBe('persistent');
    expect(reloaded.notices).toEqual([]);
  });

  it('keeps the best quiz attempt while remembering the latest one', () => {
    const store = createProgressStore(new FakeStorageArea().tab().storage, { now: clock() });
    store.recordQuiz('q', { score: 4, max: 5, answers: {} });
    store.recordQuiz('q', { score: 1, max: 5, answers: {} });
    const entry = store.get().quizzes.q;
    expect(entry.best.score).toBe(4);
    expect(entry.last.score).toBe(1);
    expect(entry.attempts).toBe(2);
  });

  it('keeps an exercise passed after a later failing check', () => {
    const store = createProgressStore(new FakeStorageArea().tab().storage, { now: clock() });
    store.recordExercise('e', { passed: true, goalsMet: 3, goalsTotal: 3 });
    store.recordExercise('e', { passed: false, goalsMet: 1, goalsTotal: 3 });
    expect(store.get().exercises.e).toMatchObject({ passed: true, bestGoalsMet: 3 });
  });

  it('keeps the best drill (higher fraction, then faster) and the ten most recent', () => {
    const store = createProgressStore(new FakeStorageArea().tab().storage, { now: clock() });
    store.recordDrill({ score: 8, total: 10, durationMs: 100_000, timeLimitMs: null, weakLessons: [] });
    store.recordDrill({ score: 8, total: 10, durationMs: 50_000, timeLimitMs: null, weakLessons: [] });
    store.recordDrill({ score: 3, total: 10, durationMs: 10_000, timeLimitMs: null, weakLessons: [] });
    for (let i = 0; i < 10; i += 1)
      store.recordDrill({ score: 1, total: 10, durationMs: 1, timeLimitMs: null, weakLessons: [] });
    const drills = store.get().drills;
    expect(drills.best).toMatchObject({ score: 8, durationMs: 50_000 });
    expect(drills.recent).toHaveLength(10);
    expect(drills.recent[0].at).toBeGreaterThan(drills.recent[9].at);
  });

  it('clamps impossible scores instead of storing them', () => {
    const store = createProgressStore(new FakeStorageArea().tab().storage, { now: clock() });
    store.recordQuiz('q', { score: 12, max: 5, answers: {} });
    store.recordQuiz('r', { score: Number.NaN, max: 0, answers: {} });
    expect(store.get().quizzes.q.best.score).toBe(5);
    expect(store.get().quizzes.r.best).toMatchObject({ score: 0, max: 1 });
  });

  it('clears a lab draft so that it stays cleared after a reload', () => {
    const area = new FakeStorageArea();
    const store = createProgressStore(area.tab().storage, { now: clock() });
    store.setLabDraft('lab', 'FROM ubuntu');
    store.clearLabDraft('lab');
    expect(store.getLabDraft('lab')).toBeNull();
    expect(createProgressStore(area.tab().storage).getLabDraft('lab')).toBeNull();
  });

  it('notifies subscribers on every change and stops after unsubscribing', () => {
    const store = createProgressStore(new FakeStorageArea().tab().storage, { now: clock() });
    let calls = 0;
    const off = store.subscribe(() => (calls += 1));
    const before = store.get();
    store.markLessonVisited('01-why-images-get-big');
    expect(calls).toBe(1);
    expect(store.get()).not.toBe(before);
    off();
    store.markLessonVisited('02-multi-stage-builds');
    expect(calls).toBe(1);
  });

  it('resets everything, drafts included', () => {
    const area = new FakeStorageArea();
    const store = createProgressStore(area.tab().storage, { now: clock() });
    store.markLessonCompleted('01-why-images-get-big');
    store.setLabDraft('lab', 'x');
    store.reset();
    expect(store.get().lessons).toEqual({});
    expect(store.getLabDraft('lab')).toBeNull();
    expect(JSON.parse(area.map.get(PROGRESS_KEY) ?? '{}').lessons).toEqual({});
  });
});
