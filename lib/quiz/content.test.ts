import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from './lessons';
import { readQuizContent } from './load';

const content = readQuizContent();

describe('quiz content', () => {
  it('has a lesson check of 3 to 6 questions for every lesson', () => {
    for (const id of LESSON_IDS) {
      const quiz = content.lessonQuizzes.get(id);
      expect(quiz, `lesson check for ${id}`).toBeDefined();
      expect(quiz!.questions.length).toBeGreaterThanOrEqual(3);
      expect(quiz!.questions.length).toBeLessThanOrEqual(6);
    }
  });

  it('has an interview bank of at least 40 questions that covers every lesson', () => {
    expect(content.bank.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(content.bank.map((q) => q.lesson));
    for (const id of LESSON_IDS) expect(covered.has(id), `bank covers ${id}`).toBe(true);
  });

  it('uses every question kind', () => {
    const kinds = new Set(
      [...content.bank, ...[...content.lessonQuizzes.values()].flatMap((q) => q.questions)].map(
        (q) => q.kind,
      ),
    );
    expect([...kinds].sort()).toEqual(['estimate', 'multiple', 'order', 'predict', 'single', 'spot-line']);
  });

  it('has flashcards for the open questions the talk prepares for', () => {
    const ids = content.flashcards.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['practical-problems', 'why-distroless', 'go-scratch-python-not']),
    );
  });

  it('quotes the demo figures correctly wherever they appear', () => {
    const all = JSON.stringify(content);
    expect(all).toContain('861 MB');
    expect(all).toContain('1.83 MB');
    // The real ratio is 861 / 1.83 ≈ 470. The talk's "about 800 times" may appear only as a wrong option.
    expect(Math.round(861 / 1.83 / 10) * 10).toBe(470);
    const questions = [...content.bank, ...[...content.lessonQuizzes.values()].flatMap((q) => q.questions)];
    for (const q of questions) {
      if (!('options' in q)) continue;
      for (const o of q.options)
        if (/800 times/.test(o.text)) expect(o.correct, `${q.id}/${o.id}`).toBe(false);
    }
  });
});
