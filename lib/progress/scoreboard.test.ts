import { describe, expect, it } from 'vitest';
import { applyExercise } from './actions';
import { mergeProgress } from './merge';
import { emptyProgress, NO_EPOCH } from './schema';
import { barFraction, scoreboardRows } from './scoreboard';

const COURSE = [
  { id: '01-find-the-biggest-layer', title: 'Find the biggest layer', lesson: 'why-images-get-big' },
  { id: '02-shrink-the-calculator', title: 'Shrink the calculator', lesson: 'multi-stage-builds' },
];

describe('recording the scoreboard', () => {
  it('keeps the smallest passing size, the latest start size and every goal reached', () => {
    let data = emptyProgress(NO_EPOCH);
    const id = '02-shrink-the-calculator';
    data = applyExercise(
      data,
      id,
      {
        passed: false,
        goalsMet: 1,
        goalsTotal: 3,
        sizeBytes: 5_000,
        startSizeBytes: 900_000_000,
        goalsReached: ['b'],
      },
      1,
    );
    expect(data.exercises[id]).toMatchObject({
      bestSizeBytes: null,
      startSizeBytes: 900_000_000,
      goalsReached: ['b'],
    });
    data = applyExercise(
      data,
      id,
      { passed: true, goalsMet: 3, goalsTotal: 3, sizeBytes: 20_000_000, goalsReached: ['c', 'a'] },
      2,
    );
    data = applyExercise(data, id, { passed: true, goalsMet: 3, goalsTotal: 3, sizeBytes: 1_800_000 }, 3);
    data = applyExercise(data, id, { passed: true, goalsMet: 3, goalsTotal: 3, sizeBytes: 4_000_000 }, 4);
    data = applyExercise(data, id, { passed: true, goalsMet: 3, goalsTotal: 3, sizeBytes: Number.NaN }, 5);
    expect(data.exercises[id]).toMatchObject({
      bestSizeBytes: 1_800_000,
      startSizeBytes: 900_000_000,
      goalsReached: ['a', 'b', 'c'],
    });
  });

  it('merges two tabs in either order to the same scoreboard', () => {
    const id = 'e';
    const a = applyExercise(
      emptyProgress(NO_EPOCH),
      id,
      { passed: true, goalsMet: 2, goalsTotal: 2, sizeBytes: 30, startSizeBytes: 100, goalsReached: ['x'] },
      1,
    );
    const b = applyExercise(
      emptyProgress(NO_EPOCH),
      id,
      { passed: true, goalsMet: 2, goalsTotal: 2, sizeBytes: 20, startSizeBytes: 120, goalsReached: ['y'] },
      2,
    );
    const ab = mergeProgress(a, b);
    expect(ab).toEqual(mergeProgress(b, a));
    expect(ab.exercises[id]).toMatchObject({
      bestSizeBytes: 20,
      startSizeBytes: 120,
      goalsReached: ['x', 'y'],
    });
    expect(mergeProgress(ab, ab)).toEqual(ab);
  });
});

describe('the scoreboard rows', () => {
  it('lists the course’s exercises with results, in course order, with the factor when both sizes are known', () => {
    let data = emptyProgress(NO_EPOCH);
    data = applyExercise(
      data,
      '02-shrink-the-calculator',
      {
        passed: true,
        goalsMet: 4,
        goalsTotal: 4,
        sizeBytes: 1_800_000,
        startSizeBytes: 900_000_000,
        goalsReached: ['a'],
      },
      1,
    );
    data = applyExercise(data, '01-find-the-biggest-layer', { passed: true, goalsMet: 1, goalsTotal: 1 }, 2);
    data = applyExercise(data, 'removed-exercise', { passed: true, goalsMet: 1, goalsTotal: 1 }, 3);
    const rows = scoreboardRows(data, COURSE);
    expect(rows.map((r) => r.id)).toEqual(['01-find-the-biggest-layer', '02-shrink-the-calculator']);
    expect(rows[0]).toMatchObject({ startSizeBytes: null, bestSizeBytes: null, factor: null });
    expect(rows[1].factor).toBe(500);
    expect(rows[1].goalsReached).toEqual(['a']);
  });

  it('draws bars on a log scale: a 1.8 MB image stays visible next to 900 MB', () => {
    expect(barFraction(900_000_000, 900_000_000)).toBe(1);
    const small = barFraction(1_800_000, 900_000_000);
    expect(small).toBeGreaterThan(0.5);
    expect(small).toBeLessThan(0.6);
    expect(barFraction(0, 900_000_000)).toBe(0);
    expect(barFraction(10, 900_000_000)).toBe(0.02);
  });
});
