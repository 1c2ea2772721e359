import { describe, expect, it } from 'vitest';
import { formatClock, pickDrill, weakTopics } from './drill';
import { loadQuizContent } from './load';
import { prepareQuestions, seededRandom } from './prepare';

const questions = prepareQuestions(loadQuizContent().bank);

describe('pickDrill', () => {
  it('picks the requested number of distinct questions, spread over the lessons', () => {
    const drill = pickDrill(questions, 10, seededRandom('x'));
    expect(drill).toHaveLength(10);
    expect(new Set(drill.map((q) => q.id)).size).toBe(10);
    expect(new Set(drill.map((q) => q.lesson)).size).toBe(10);
  });

  it('never asks more than there is, and leaves out estimates without a figure', () => {
    const drill = pickDrill(questions, 1000, seededRandom('y'));
    const unscorable = questions.filter((q) => q.kind === 'estimate' && !q.figure).length;
    expect(drill).toHaveLength(questions.length - unscorable);
    expect(drill.some((q) => q.kind === 'estimate' && !q.figure)).toBe(false);
  });
});

describe('weakTopics', () => {
  it('lists lessons that lost points, worst share first, with links', () => {
    const [a, b, c] = questions.filter((q) => q.lesson === '04-distroless-images');
    const d = questions.find((q) => q.lesson === '02-multi-stage-builds')!;
    const weak = weakTopics([a, b, c, d], {
      [a.id]: { score: 1, status: 'correct' },
      [b.id]: { score: 0, status: 'wrong' },
      [c.id]: { score: 0.5, status: 'partial' },
      [d.id]: { score: 0, status: 'wrong' },
    });
    expect(weak).toEqual([
      {
        lesson: '02-multi-stage-builds',
        topic: 'Multi-stage builds',
        href: '/learn/multi-stage-builds/',
        lost: 1,
        asked: 1,
      },
      {
        lesson: '04-distroless-images',
        topic: 'Distroless images',
        href: '/learn/distroless-images/',
        lost: 1.5,
        asked: 3,
      },
    ]);
  });

  it('counts unanswered questions as lost', () => {
    expect(weakTopics([questions[0]], {})).toHaveLength(1);
  });
});

describe('formatClock', () => {
  it('prints minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(299_001)).toBe('5:00');
  });
});
