import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from './fake-storage';
import { CORRUPT_KEY_PREFIX, PROGRESS_KEY, PROGRESS_VERSION, createProgressStore } from './index';
import { MIGRATIONS, decodeProgress } from './migrate';
import * as valibot from 'valibot';
import { progressSchema } from './schema';
import type { ProgressV1 } from './schema-v1';

const v1: ProgressV1 = {
  version: 1,
  savedAt: '2026-05-01T10:00:00.000Z',
  visited: ['01-why-images-get-big', '02-multi-stage-builds'],
  completed: ['01-why-images-get-big'],
  lastLesson: '02-multi-stage-builds',
  quizScores: { '01-why-images-get-big': { score: 3, total: 4 } },
  drafts: { 'go-calculator/Dockerfile.multi-stage': 'FROM scratch\n' },
};

/** Version 2: exercises without the scoreboard. */
const v2 = {
  version: 2,
  epoch: { id: 'e1', at: 10 },
  updatedAt: 20,
  lessons: { '02-multi-stage-builds': { firstVisitedAt: 10, lastVisitedAt: 20, completedAt: null } },
  lastVisited: { slug: '02-multi-stage-builds', at: 20 },
  quizzes: {},
  exercises: {
    '02-shrink-the-calculator': { passed: true, passedAt: 15, bestGoalsMet: 4, goalsTotal: 4, lastAt: 15 },
  },
  drills: { best: null, recent: [] },
  flashcards: {},
  labDrafts: {},
};

/** One fixture per version that ever existed, so every migration path is exercised. */
const FIXTURES: Record<number, unknown> = { 1: v1, 2: v2 };

function storeWith(text: string) {
  const area = new FakeStorageArea();
  area.map.set(PROGRESS_KEY, text);
  return {
    area,
    store: createProgressStore(area.tab().storage, { now: () => Date.parse('2026-11-27T00:00:00Z') }),
  };
}

describe('migrations', () => {
  it('has a migration and a fixture for every earlier version, and each fixture upgrades to a valid current document', () => {
    for (let v = 1; v < PROGRESS_VERSION; v += 1) {
      expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
      const decoded = decodeProgress(FIXTURES[v]);
      expect(decoded.kind).toBe('ok');
      if (decoded.kind !== 'ok') continue;
      expect(decoded.fromVersion).toBe(v);
      expect(decoded.dropped).toBe(0);
      expect(valibot.safeParse(progressSchema, decoded.data).success).toBe(true);
    }
  });

  it('upgrades v1 data in storage, keeping lessons, scores, drafts and the lesson to continue', () => {
    const { area, store } = storeWith(JSON.stringify(v1));
    const data = store.get();
    const at = Date.parse(v1.savedAt);
    expect(data.lessons['01-why-images-get-big']).toEqual({
      firstVisitedAt: at,
      lastVisitedAt: at,
      completedAt: at,
    });
    expect(data.lessons['02-multi-stage-builds'].completedAt).toBeNull();
    expect(data.lastVisited).toEqual({ slug: '02-multi-stage-builds', at });
    expect(data.quizzes['01-why-images-get-big'].best).toMatchObject({ score: 3, max: 4 });
    expect(store.getLabDraft('go-calculator/Dockerfile.multi-stage')).toBe('FROM scratch\n');
    expect(store.notices).toEqual([]);
    const written = JSON.parse(area.map.get(PROGRESS_KEY) ?? '{}');
    expect(written.version).toBe(3);
  });

  it('upgrades v2 data, keeping each exercise and giving it an empty scoreboard', () => {
    const { area, store } = storeWith(JSON.stringify(v2));
    expect(store.notices).toEqual([]);
    expect(store.get().epoch).toEqual({ id: 'e1', at: 10 });
    expect(store.get().exercises['02-shrink-the-calculator']).toEqual({
      passed: true,
      passedAt: 15,
      bestGoalsMet: 4,
      goalsTotal: 4,
      lastAt: 15,
      startSizeBytes: null,
      bestSizeBytes: null,
      goalsReached: [],
    });
    store.recordExercise('02-shrink-the-calculator', {
      passed: true,
      goalsMet: 4,
      goalsTotal: 4,
      sizeBytes: 1_793_479,
      startSizeBytes: 896_800_000,
      goalsReached: ['b', 'a'],
    });
    const written = JSON.parse(area.map.get(PROGRESS_KEY) ?? '{}');
    expect(written.version).toBe(3);
    expect(written.exercises['02-shrink-the-calculator']).toMatchObject({
      passed: true,
      passedAt: 15,
      startSizeBytes: 896_800_000,
      bestSizeBytes: 1_793_479,
      goalsReached: ['a', 'b'],
    });
  });

  it('drops a v2 exercise entry that is damaged and keeps the others', () => {
    const damaged = { ...v2, exercises: { ...v2.exercises, broken: { passed: 'yes' }, odd: 7 } };
    const decoded = decodeProgress(damaged);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(Object.keys(decoded.data.exercises)).toEqual(['02-shrink-the-calculator']);
    expect(decoded.dropped).toBe(2);
  });
});

describe('damaged data', () => {
  it('sets unreadable text aside under a corrupt: key, tells the learner and starts afresh', () => {
    const { area, store } = storeWith('{"version": 2, "lessons": {"01-why');
    expect(store.get().lessons).toEqual({});
    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0];
    expect(notice.kind).toBe('corrupt');
    expect(notice.message).toMatch(/set aside/);
    expect(notice.asideKey).toBe(`${CORRUPT_KEY_PREFIX}2026-11-27T00:00:00.000Z`);
    expect(area.map.get(notice.asideKey ?? '')).toBe('{"version": 2, "lessons": {"01-why');
    store.markLessonVisited('01-why-images-get-big');
    expect(JSON.parse(area.map.get(PROGRESS_KEY) ?? '{}').lessons).toHaveProperty('01-why-images-get-big');
  });

  it.each([
    ['a JSON array', '[1,2,3]'],
    ['no version', '{"lessons":{}}'],
    ['a string version', '{"version":"2"}'],
    ['null', 'null'],
  ])('treats %s as unreadable', (_name, text) => {
    const { store } = storeWith(text);
    expect(store.notices.map((n) => n.kind)).toEqual(['corrupt']);
  });

  it('salvages the readable entries of partly damaged data and sets the original aside', () => {
    const damaged = {
      version: 2,
      epoch: { id: 'initial', at: 0 },
      updatedAt: 5,
      lessons: {
        '01-why-images-get-big': { firstVisitedAt: 1, lastVisitedAt: 2, completedAt: 2 },
        '02-multi-stage-builds': { firstVisitedAt: 'yesterday' },
      },
      lastVisited: { slug: '01-why-images-get-big', at: 2 },
      quizzes: { broken: { best: 7 } },
      exercises: 'not an object',
      drills: {
        best: null,
        recent: [{ at: 1, score: 5, total: 10, durationMs: 1, timeLimitMs: null, weakLessons: [] }, {}],
      },
      flashcards: {},
      labDrafts: { lab: { text: 'FROM scratch', at: 3 } },
    };
    const text = JSON.stringify(damaged);
    const { area, store } = storeWith(text);
    const data = store.get();
    expect(Object.keys(data.lessons)).toEqual(['01-why-images-get-big']);
    expect(data.quizzes).toEqual({});
    expect(data.exercises).toEqual({});
    expect(data.drills.recent).toHaveLength(1);
    expect(store.getLabDraft('lab')).toBe('FROM scratch');
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0].kind).toBe('partial');
    expect(store.notices[0].message).toMatch(/4 entries could not be read/);
    expect(area.map.get(store.notices[0].asideKey ?? '')).toBe(text);
    // The salvaged copy was written back, so the next load is clean.
    expect(createProgressStore(area.tab().storage).notices).toEqual([]);
  });

  it('salvages partly damaged v1 data while migrating it', () => {
    const { store } = storeWith(
      JSON.stringify({ ...v1, visited: ['01-why-images-get-big', 42], drafts: { a: 'x', b: 3 } }),
    );
    expect(Object.keys(store.get().lessons)).toEqual(['01-why-images-get-big']);
    expect(store.getLabDraft('a')).toBe('x');
    expect(store.notices[0].kind).toBe('partial');
  });

  it('never overwrites data written by a newer version', () => {
    const newer = JSON.stringify({
      version: 4,
      lessons: { '01-why-images-get-big': { firstVisitedAt: 1, lastVisitedAt: 1, completedAt: 1 } },
      somethingNew: true,
    });
    const { area, store } = storeWith(newer);
    expect(store.notices[0].kind).toBe('newer-version');
    expect(store.mode).toBe('memory');
    expect(store.get().lessons).toHaveProperty('01-why-images-get-big');
    store.markLessonVisited('02-multi-stage-builds');
    expect(store.get().lessons).toHaveProperty('02-multi-stage-builds');
    expect(area.map.get(PROGRESS_KEY)).toBe(newer);
  });

  it('keeps damaged data untouched when it cannot be set aside (storage full)', () => {
    const area = new FakeStorageArea();
    area.map.set(PROGRESS_KEY, '{broken');
    area.quotaChars = 40;
    const store = createProgressStore(area.tab().storage);
    expect(store.mode).toBe('memory');
    expect(store.notices[0].message).toMatch(/left untouched/);
    store.markLessonVisited('01-why-images-get-big');
    expect(area.map.get(PROGRESS_KEY)).toBe('{broken');
  });
});
