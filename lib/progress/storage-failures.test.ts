import { describe, expect, it } from 'vitest';
import { FakeStorageArea, quotaError } from './fake-storage';
import { PROGRESS_KEY, createProgressStore, isQuotaError } from './index';
import type { StorageLike } from './index';

describe('storage failures', () => {
  it('works in memory with a notice when there is no storage at all', () => {
    const store = createProgressStore(null);
    expect(store.mode).toBe('memory');
    expect(store.notices.map((n) => n.kind)).toEqual(['unavailable']);
    store.markLessonCompleted('01-why-images-get-big');
    store.setLabDraft('lab', 'FROM scratch');
    expect(store.get().lessons['01-why-images-get-big'].completedAt).not.toBeNull();
    expect(store.getLabDraft('lab')).toBe('FROM scratch');
    expect(store.export()).toContain('01-why-images-get-big');
  });

  it('degrades to memory when every access throws (private mode, blocked storage)', () => {
    const area = new FakeStorageArea();
    area.blocked = true;
    const store = createProgressStore(area.tab().storage);
    expect(store.mode).toBe('memory');
    expect(store.notices[0].kind).toBe('unavailable');
    expect(() => store.markLessonVisited('01-why-images-get-big')).not.toThrow();
    expect(store.get().lastVisited?.slug).toBe('01-why-images-get-big');
    expect(() => store.reset()).not.toThrow();
  });

  it('survives a storage whose methods are missing or throw non-errors', () => {
    const weird = {
      getItem: () => {
        throw 'nope';
      },
    } as unknown as StorageLike;
    const store = createProgressStore(weird);
    expect(() => store.recordQuiz('q', { score: 1, max: 2, answers: {} })).not.toThrow();
    expect(store.get().quizzes.q.best.score).toBe(1);
  });

  it('keeps progress in memory with a notice when the quota is full, and recovers when space frees up', () => {
    const area = new FakeStorageArea();
    const store = createProgressStore(area.tab().storage);
    store.markLessonVisited('01-why-images-get-big');
    area.quotaChars = area.map.get(PROGRESS_KEY)!.length + PROGRESS_KEY.length + 10;
    store.setLabDraft('lab', 'x'.repeat(1000));
    expect(store.getLabDraft('lab')).toHaveLength(1000);
    expect(store.mode).toBe('memory');
    expect(store.notices.map((n) => n.kind)).toEqual(['quota']);
    expect(store.notices[0].message).toMatch(/storage is full/);
    store.markLessonVisited('02-multi-stage-builds');
    expect(store.notices).toHaveLength(1);

    area.quotaChars = null;
    store.markLessonVisited('03-three-tier-app');
    expect(store.mode).toBe('persistent');
    expect(store.notices).toEqual([]);
    const saved = createProgressStore(area.tab().storage);
    expect(saved.getLabDraft('lab')).toHaveLength(1000);
    expect(Object.keys(saved.get().lessons)).toHaveLength(3);
  });

  it('recognises quota errors by name and by legacy code', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
