import { describe, expect, it } from 'vitest';
import {
  answerFits,
  checkEstimate,
  fittingAnswers,
  gradeQuestion,
  pairOrderShare,
  totalScore,
} from './score';
import type {
  EstimateQuestion,
  MultipleQuestion,
  OrderQuestion,
  PredictQuestion,
  SingleQuestion,
  SpotLineQuestion,
} from './types';

const opt = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: `why ${id}` });
const base = { lesson: '02-multi-stage-builds', prompt: 'p' };
const single: SingleQuestion = {
  ...base,
  id: 's',
  kind: 'single',
  options: [opt('a', false), opt('b', true), opt('c', false)],
};
const predict: PredictQuestion = {
  ...base,
  id: 'p',
  kind: 'predict',
  outcome: 'starts',
  options: [opt('yes', true), opt('no', false)],
};
const multiple: MultipleQuestion = {
  ...base,
  id: 'm',
  kind: 'multiple',
  options: [opt('a', true), opt('b', true), opt('c', false), opt('d', false)],
};
const order: OrderQuestion = {
  ...base,
  id: 'o',
  kind: 'order',
  steps: ['w', 'x', 'y', 'z'].map((id) => ({ id, text: id, explanation: id })),
};
const spot: SpotLineQuestion = {
  ...base,
  id: 'l',
  kind: 'spot-line',
  dockerfile: 'FROM scratch\nCOPY a /a\nCMD /a',
  answerLine: 3,
  lines: [1, 2, 3].map((line) => ({ line, text: 't' })),
};
const estimate: EstimateQuestion = {
  ...base,
  id: 'e',
  kind: 'estimate',
  source: { example: 'go-calculator', file: 'Dockerfile.multi-stage' },
  tolerancePercent: 25,
  explanation: 'x',
};

describe('gradeQuestion', () => {
  it('single choice and predict: 1 for the right option, 0 for a wrong one, unanswered otherwise', () => {
    expect(gradeQuestion(single, 'b')).toEqual({ score: 1, status: 'correct' });
    expect(gradeQuestion(single, 'a')).toEqual({ score: 0, status: 'wrong' });
    expect(gradeQuestion(single, 'zz').status).toBe('unanswered');
    expect(gradeQuestion(single, 3).status).toBe('unanswered');
    expect(gradeQuestion(single, undefined).status).toBe('unanswered');
    expect(gradeQuestion(predict, 'yes').score).toBe(1);
    expect(gradeQuestion(predict, 'no').score).toBe(0);
  });

  it('multiple choice: right minus wrong over the number of right options, never below 0', () => {
    expect(gradeQuestion(multiple, ['a', 'b'])).toEqual({ score: 1, status: 'correct' });
    expect(gradeQuestion(multiple, ['a'])).toEqual({ score: 0.5, status: 'partial' });
    expect(gradeQuestion(multiple, ['a', 'b', 'c'])).toEqual({ score: 0.5, status: 'partial' });
    expect(gradeQuestion(multiple, ['a', 'c'])).toEqual({ score: 0, status: 'wrong' });
    expect(gradeQuestion(multiple, ['a', 'b', 'c', 'd'])).toEqual({ score: 0, status: 'wrong' });
    expect(gradeQuestion(multiple, ['c', 'd']).score).toBe(0);
    expect(gradeQuestion(multiple, []).status).toBe('unanswered');
  });

  it('order: 1 for the exact order, otherwise half the share of pairs in the right relative order', () => {
    expect(gradeQuestion(order, ['w', 'x', 'y', 'z'])).toEqual({ score: 1, status: 'correct' });
    // One adjacent swap: 5 of 6 pairs in order → 0.5 × 5/6 = 0.42.
    expect(gradeQuestion(order, ['x', 'w', 'y', 'z'])).toEqual({ score: 0.42, status: 'partial' });
    expect(gradeQuestion(order, ['z', 'y', 'x', 'w'])).toEqual({ score: 0, status: 'wrong' });
    expect(gradeQuestion(order, ['w', 'x', 'y']).status).toBe('unanswered');
    expect(gradeQuestion(order, ['w', 'w', 'y', 'z']).status).toBe('unanswered');
    expect(pairOrderShare(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(pairOrderShare(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(0);
  });

  it('spot the line: only the problem line scores', () => {
    expect(gradeQuestion(spot, 3).score).toBe(1);
    expect(gradeQuestion(spot, 2)).toEqual({ score: 0, status: 'wrong' });
    expect(gradeQuestion(spot, '3').status).toBe('unanswered');
    expect(gradeQuestion(spot, 2.5).status).toBe('unanswered');
  });

  it('estimate: graded against the simulated figure passed in, unanswered without one', () => {
    expect(gradeQuestion(estimate, 1.9, { simulatedBytes: 1_833_430 }).score).toBe(1);
    expect(gradeQuestion(estimate, 2.6, { simulatedBytes: 1_833_430 }).score).toBe(0.5);
    expect(gradeQuestion(estimate, 20, { simulatedBytes: 1_833_430 }).score).toBe(0);
    expect(gradeQuestion(estimate, 1.9).status).toBe('unanswered');
    expect(gradeQuestion(estimate, 1.9, { simulatedBytes: null }).status).toBe('unanswered');
  });

  it('totals points over questions', () => {
    expect(
      totalScore([
        gradeQuestion(single, 'b'),
        gradeQuestion(multiple, ['a']),
        gradeQuestion(order, ['x', 'w', 'y', 'z']),
      ]),
    ).toEqual({
      score: 1.92,
      max: 3,
    });
  });
});

describe('checkEstimate', () => {
  it('uses the band around whatever figure the simulator gives, not a fixed number', () => {
    const a = checkEstimate(estimate, 100, 100_000_000);
    expect(a).toMatchObject({
      score: 1,
      simulatedMB: 100,
      lowMB: 75,
      highMB: 125,
      halfLowMB: 50,
      halfHighMB: 150,
    });
    expect(checkEstimate(estimate, 100, 200_000_000)?.score).toBe(0.5);
    expect(checkEstimate(estimate, 100, 400_000_000)?.score).toBe(0);
  });

  it('includes both edges of the bands', () => {
    expect(checkEstimate(estimate, 75, 100_000_000)?.score).toBe(1);
    expect(checkEstimate(estimate, 125, 100_000_000)?.score).toBe(1);
    expect(checkEstimate(estimate, 150, 100_000_000)?.score).toBe(0.5);
  });

  it('returns null for an unknown figure or a non-numeric answer', () => {
    expect(checkEstimate(estimate, 1, Number.NaN)).toBeNull();
    expect(checkEstimate(estimate, 1, -1)).toBeNull();
    expect(checkEstimate(estimate, Number.POSITIVE_INFINITY, 1)).toBeNull();
  });
});

describe('answers from storage or an import', () => {
  it('fit only their question kind', () => {
    expect(answerFits(single, 'b')).toBe(true);
    expect(answerFits(single, 'zz')).toBe(false);
    expect(answerFits(single, 2)).toBe(false);
    expect(answerFits(multiple, ['a'])).toBe(true);
    expect(answerFits(multiple, 'a')).toBe(false);
    const steps = order.steps.map((s) => s.id);
    expect(answerFits(order, [...steps].reverse())).toBe(true);
    expect(answerFits(order, 3)).toBe(false);
    expect(answerFits(order, { 0: steps[0] })).toBe(false);
    expect(answerFits(order, steps.slice(1))).toBe(false);
    expect(answerFits(spot, 2)).toBe(true);
    expect(answerFits(spot, '2')).toBe(false);
    expect(answerFits(estimate, 12.5)).toBe(true);
    expect(answerFits(estimate, Number.NaN)).toBe(false);
    expect(answerFits(predict, ['yes'])).toBe(false);
  });

  it('are set aside by question when they do not fit', () => {
    const stored = { [order.id]: 7, [single.id]: 'b', [spot.id]: { line: 2 }, gone: 'x' };
    expect(fittingAnswers([single, order, spot], stored)).toEqual({
      answers: { [single.id]: 'b' },
      setAside: [order.id, spot.id],
    });
    expect(fittingAnswers([single], 'not a record')).toEqual({ answers: {}, setAside: [] });
  });
});
