import { describe, expect, it } from 'vitest';
import { prepareQuestions } from '@/lib/quiz/prepare';
import type { Question } from '@/lib/quiz/types';
import { effectiveAnswer, formatPoints, isAnswered, isGradable, scoreAll } from './grading';

const opt = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: id });
const raw: Question[] = [
  {
    id: 'one',
    kind: 'single',
    lesson: '02-multi-stage-builds',
    prompt: 'p',
    options: [opt('a', true), opt('b', false)],
  },
  {
    id: 'steps',
    kind: 'order',
    lesson: '02-multi-stage-builds',
    prompt: 'p',
    steps: ['x', 'y', 'z'].map((id) => ({ id, text: id, explanation: id })),
  },
  {
    id: 'size',
    kind: 'estimate',
    lesson: '05-go-calculator-demo',
    prompt: 'p',
    source: { example: 'go-calculator', file: 'Dockerfile.multi-stage' },
    tolerancePercent: 25,
    explanation: 'e',
  },
];

describe('grading in the browser', () => {
  it('counts an untouched order question with its (shuffled, never correct) initial order', () => {
    const [, steps] = prepareQuestions(raw);
    expect(steps.initialOrder).toHaveLength(3);
    expect(steps.initialOrder).not.toEqual(['x', 'y', 'z']);
    expect(effectiveAnswer(steps, {})).toEqual(steps.initialOrder);
    expect(isAnswered(steps, {})).toBe(true);
  });

  it('leaves an estimate without a simulator figure out of the score', () => {
    const [one, steps, size] = prepareQuestions(raw);
    expect(isGradable(size)).toBe(false);
    expect(scoreAll([one, steps, size], { one: 'a', steps: ['x', 'y', 'z'] })).toEqual({ score: 2, max: 2 });
    const [, , sized] = prepareQuestions(raw, {
      size: { bytes: 1_793_479, text: '1.79MB', confidence: 'high' },
    });
    expect(isGradable(sized)).toBe(true);
    expect(scoreAll([sized], { size: 1.8 })).toEqual({ score: 1, max: 1 });
  });

  it('shuffles options the same way every time (server and browser agree)', () => {
    expect(prepareQuestions(raw)[0]).toEqual(prepareQuestions(raw)[0]);
  });

  it('prints points without trailing zeros', () => {
    expect(formatPoints(3)).toBe('3');
    expect(formatPoints(2.5)).toBe('2.5');
    expect(formatPoints(1.92)).toBe('1.92');
  });
});
