import { describe, expect, it } from 'vitest';
import type { Html } from '../markdown/html';
import type { ClientFlashcard } from './prepare';
import { prepareFlashcards, seededRandom } from './prepare';
import { loadQuizContent } from './load';
import {
  interviewerLine,
  OPENING_CARD,
  pickInterview,
  summarizeInterview,
  type MockRating,
} from './mock-interview';

const card = (id: string, lesson: string): ClientFlashcard => ({
  id,
  lesson,
  question: `<p>${id}?</p>` as Html,
  answer: ['<p>answer</p>' as Html],
  keyPoints: ['<p>point</p>' as Html],
  href: `/learn/${lesson}/`,
  topic: lesson,
});

const bank = [
  card('a1', 'a'),
  card('a2', 'a'),
  card('a3', 'a'),
  card('b1', 'b'),
  card('c1', 'c'),
  card(OPENING_CARD, 'z'),
];

describe('pickInterview', () => {
  it('opens with the classic question, then spreads over the lessons', () => {
    const picked = pickInterview(bank, 4, seededRandom('x'));
    expect(picked[0].id).toBe(OPENING_CARD);
    expect(new Set(picked.slice(1).map((c) => c.lesson))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('never repeats a card and never asks more than the bank holds', () => {
    for (const seed of ['1', '2', '3', '4']) {
      const picked = pickInterview(bank, 99, seededRandom(seed));
      expect(picked).toHaveLength(bank.length);
      expect(new Set(picked.map((c) => c.id)).size).toBe(bank.length);
    }
    expect(pickInterview(bank, 0, seededRandom('x'))).toEqual([]);
    expect(pickInterview([], 5, seededRandom('x'))).toEqual([]);
  });

  it('works without the opening card in the bank', () => {
    const picked = pickInterview(bank.slice(0, 5), 3, seededRandom('y'));
    expect(picked).toHaveLength(3);
    expect(new Set(picked.map((c) => c.lesson)).size).toBe(3);
  });

  it('can draw a full interview from the real flashcard bank', () => {
    const cards = prepareFlashcards(loadQuizContent().flashcards);
    const picked = pickInterview(cards, 8, seededRandom('real'));
    expect(picked).toHaveLength(Math.min(8, cards.length));
    expect(picked[0].id).toBe(OPENING_CARD);
  });
});

describe('interviewerLine', () => {
  it('opens, continues and closes', () => {
    expect(interviewerLine(0, 5)).toMatch(/start/);
    expect(interviewerLine(2, 5)).toBe('Next question.');
    expect(interviewerLine(4, 5)).toBe('Last question.');
    expect(interviewerLine(0, 1)).toBe('One question for you.');
  });
});

describe('summarizeInterview', () => {
  const cards = [card('q1', 'a'), card('q2', 'b'), card('q3', 'c'), card('q4', 'd')];

  it('adds the ratings up out of 3 a question and lists "again" before "hard" for review', () => {
    const ratings: Record<string, MockRating> = { q1: 'hard', q2: 'easy', q3: 'again', q4: 'good' };
    const summary = summarizeInterview(cards, ratings);
    expect(summary).toMatchObject({ asked: 4, rated: 4, points: 6, max: 12 });
    expect(summary.counts).toEqual({ again: 1, hard: 1, good: 1, easy: 1 });
    expect(summary.review.map((r) => [r.id, r.rating])).toEqual([
      ['q3', 'again'],
      ['q1', 'hard'],
    ]);
    expect(summary.verdict).toMatch(/key points/);
  });

  it('counts an unanswered question as nothing and lists it for review', () => {
    const summary = summarizeInterview(cards, { q1: 'easy', q2: 'easy', q3: 'easy' });
    expect(summary).toMatchObject({ rated: 3, points: 9, max: 12 });
    expect(summary.review.map((r) => r.id)).toEqual(['q4']);
    expect(summary.verdict).toMatch(/key points/);
  });

  it('says ready only at 80 % and more, and needs work below half', () => {
    const all = (rating: MockRating) => Object.fromEntries(cards.map((c) => [c.id, rating]));
    expect(summarizeInterview(cards, all('easy')).verdict).toMatch(/interview today/);
    expect(summarizeInterview(cards, all('good')).verdict).toMatch(/key points/);
    expect(summarizeInterview(cards, all('hard')).verdict).toMatch(/more work/);
    expect(summarizeInterview([], {}).verdict).toMatch(/No questions/);
  });
});
