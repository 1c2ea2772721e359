import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from './fake-storage';
import { createProgressStore } from './index';
import { mergeProgress } from './merge';
import { NO_EPOCH, emptyProgress } from './schema';
import { applyLessonCompleted, applyLessonVisited, applyQuiz, applyLabDraft } from './actions';

function twoTabs(withEvents: boolean) {
  const area = new FakeStorageArea();
  let t = 1_000;
  const now = () => (t += 10);
  const a = area.tab();
  const b = area.tab();
  const tabA = createProgressStore(a.storage, {
    now,
    subscribeToExternalChanges: withEvents ? a.subscribe : undefined,
  });
  const tabB = createProgressStore(b.storage, {
    now,
    subscribeToExternalChanges: withEvents ? b.subscribe : undefined,
  });
  return { area, tabA, tabB };
}

describe('two tabs on one storage', () => {
  it('does not lose writes even without storage events (every write merges the latest stored copy)', () => {
    const { area, tabA, tabB } = twoTabs(false);
    tabA.markLessonCompleted('01-why-images-get-big');
    tabB.markLessonVisited('02-multi-stage-builds');
    tabA.recordQuiz('01-why-images-get-big', { score: 2, max: 4, answers: {} });
    tabB.recordQuiz('01-why-images-get-big', { score: 4, max: 4, answers: {} });
    tabA.setLabDraft('lab', 'from A');
    tabB.setLabDraft('lab', 'from B');
    const fresh = createProgressStore(area.tab().storage);
    const data = fresh.get();
    expect(data.lessons['01-why-images-get-big'].completedAt).not.toBeNull();
    expect(data.lessons).toHaveProperty('02-multi-stage-builds');
    expect(data.quizzes['01-why-images-get-big'].best.score).toBe(4);
    expect(fresh.getLabDraft('lab')).toBe('from B');
  });

  it('refreshes the other tab on a storage event', () => {
    const { tabA, tabB } = twoTabs(true);
    let notified = 0;
    tabB.subscribe(() => (notified += 1));
    tabA.markLessonCompleted('04-distroless-images');
    expect(tabB.get().lessons['04-distroless-images'].completedAt).not.toBeNull();
    expect(notified).toBe(1);
  });

  it('spreads a reset to the other tab, and the other tab does not bring the old progress back', () => {
    const { area, tabA, tabB } = twoTabs(false);
    tabA.markLessonCompleted('01-why-images-get-big');
    tabB.markLessonCompleted('02-multi-stage-builds');
    tabA.reset();
    // tab B never heard of the reset (no events), and writes from its stale memory.
    tabB.markLessonVisited('03-three-tier-app');
    const data = createProgressStore(area.tab().storage).get();
    expect(Object.keys(data.lessons)).toEqual(['03-three-tier-app']);
  });

  it('stops listening after dispose', () => {
    const { tabA, tabB } = twoTabs(true);
    tabB.dispose();
    tabA.markLessonVisited('01-why-images-get-big');
    expect(tabB.get().lessons).toEqual({});
  });
});

describe('mergeProgress', () => {
  const slug = fc.constantFrom('01-why-images-get-big', '02-multi-stage-builds', '05-go-calculator-demo');
  const op = fc.oneof(
    fc.tuple(fc.constant('visit' as const), slug, fc.nat(1000)),
    fc.tuple(fc.constant('complete' as const), slug, fc.nat(1000)),
    fc.tuple(fc.constant('quiz' as const), slug, fc.nat(1000), fc.nat(4)),
    fc.tuple(fc.constant('draft' as const), slug, fc.nat(1000), fc.string()),
  );
  const doc = fc.array(op, { maxLength: 8 }).map((ops) =>
    ops.reduce((d, o) => {
      if (o[0] === 'visit') return applyLessonVisited(d, o[1], o[2]);
      if (o[0] === 'complete') return applyLessonCompleted(d, o[1], o[2]);
      if (o[0] === 'quiz') return applyQuiz(d, o[1], { score: o[3], max: 4, answers: {} }, o[2]);
      return applyLabDraft(d, o[1], o[3], o[2]);
    }, emptyProgress(NO_EPOCH)),
  );
  const norm = (d: unknown) => JSON.parse(JSON.stringify(d));

  it('is idempotent and keeps every lesson and every completion of both sides', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(norm(mergeProgress(a, a))).toEqual(norm(a));
        const m = mergeProgress(a, b);
        for (const s of [...Object.keys(a.lessons), ...Object.keys(b.lessons)])
          expect(m.lessons).toHaveProperty([s]);
        for (const [s, l] of Object.entries({ ...a.lessons, ...b.lessons })) {
          if (l.completedAt !== null) expect(m.lessons[s].completedAt).not.toBeNull();
        }
      }),
    );
  });

  it('gives the same lessons and best scores whichever side comes first', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        expect(norm(ab.lessons)).toEqual(norm(ba.lessons));
        for (const id of Object.keys(ab.quizzes)) {
          expect(ab.quizzes[id].best.score / ab.quizzes[id].best.max).toBe(
            ba.quizzes[id].best.score / ba.quizzes[id].best.max,
          );
        }
      }),
    );
  });
});

describe('a tab that read a stale copy', () => {
  it('loses no answer: the other tab writes back what the stored copy lacks when it hears of the change', () => {
    const area = new FakeStorageArea();
    let t = 1_000;
    const now = () => (t += 10);
    const a = area.tab();
    const b = area.tab();
    // Tab B's reads lag behind (as between two renderer processes): it sees the copy from before A wrote.
    let staleCopy: string | null | undefined;
    const laggingB = {
      ...b.storage,
      getItem: (key: string) => (staleCopy !== undefined ? staleCopy : b.storage.getItem(key)),
      setItem: (key: string, value: string) => b.storage.setItem(key, value),
    };
    const tabA = createProgressStore(a.storage, { now, subscribeToExternalChanges: a.subscribe });
    const tabB = createProgressStore(laggingB, { now });
    for (let round = 0; round < 5; round++) {
      staleCopy = area.map.get('stagecraft:progress') ?? null;
      tabA.recordQuiz(`a-${round}`, { score: 1, max: 1, answers: { q: 'x' } });
      tabB.recordQuiz(`b-${round}`, { score: 1, max: 1, answers: { q: 'y' } });
      staleCopy = undefined;
    }
    const stored = createProgressStore(area.tab().storage).get();
    for (let round = 0; round < 5; round++) {
      expect(stored.quizzes).toHaveProperty(`a-${round}`);
      expect(stored.quizzes).toHaveProperty(`b-${round}`);
    }
  });
});
