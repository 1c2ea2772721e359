/**
 * A mock interview over the open questions (the flashcards): the interviewer asks a few in turn, the
 * learner answers in their own words, compares with the model answer and rates themself; the summary
 * adds up the ratings and names what to review. Pure: the component keeps the state and stores each
 * rating in the learner's progress like a flashcard rating.
 */
import type { FlashcardRating } from '../progress';
import type { ClientFlashcard } from './prepare';
import { shuffled } from './prepare';

/** A self-rating: the flashcards' four, stored the same way. */
export type MockRating = FlashcardRating;

/** Points per rating: the summary's score is their sum out of 3 per question. */
export const RATING_POINTS: Record<MockRating, number> = { again: 0, hard: 1, good: 2, easy: 3 };

/** How many questions a mock interview can have. */
export const INTERVIEW_LENGTHS = [3, 5, 8] as const;

/** The question interviewers open with, when the bank has it. */
export const OPENING_CARD = 'practical-problems';

/**
 * Picks `count` cards for an interview: the opening question first when the bank has it, then cards
 * from as many lessons as possible (one per lesson in a random order before a second from any), so an
 * interview ranges over the course. Never more cards than the bank holds; never the same card twice.
 */
export function pickInterview(
  cards: readonly ClientFlashcard[],
  count: number,
  random: () => number,
): ClientFlashcard[] {
  const wanted = Math.max(0, Math.min(Math.floor(count), cards.length));
  const picked: ClientFlashcard[] = [];
  const opening = cards.find((c) => c.id === OPENING_CARD);
  if (opening && wanted > 0) picked.push(opening);
  const byLesson = new Map<string, ClientFlashcard[]>();
  for (const card of shuffled(
    cards.filter((c) => c !== opening),
    random,
  )) {
    const list = byLesson.get(card.lesson) ?? [];
    list.push(card);
    byLesson.set(card.lesson, list);
  }
  const lessons = shuffled([...byLesson.keys()], random);
  while (picked.length < wanted) {
    for (const lesson of lessons) {
      const next = byLesson.get(lesson)?.shift();
      if (next && picked.length < wanted) picked.push(next);
    }
  }
  return picked;
}

/** What the interviewer says before question `index` (0-based) of `total`. */
export function interviewerLine(index: number, total: number): string {
  if (index === 0) return total === 1 ? 'One question for you.' : 'Let’s start.';
  if (index === total - 1) return 'Last question.';
  return 'Next question.';
}

/** A topic to review after the interview: a question rated "again" or "hard", with its lesson. */
export interface ReviewItem {
  id: string;
  topic: string;
  href: string;
  rating: MockRating;
}

/** The end of an interview. */
export interface InterviewSummary {
  asked: number;
  rated: number;
  points: number;
  max: number;
  counts: Record<MockRating, number>;
  /** Questions rated "again" first, then "hard", in the order asked. */
  review: ReviewItem[];
  /** One sentence on where the learner stands, by their own ratings. */
  verdict: string;
}

/**
 * Adds up the ratings of an interview. A question left unrated counts 0 points, like "again", and is
 * listed for review: not answering in an interview is not a pass.
 */
export function summarizeInterview(
  cards: readonly ClientFlashcard[],
  ratings: Readonly<Record<string, MockRating | undefined>>,
): InterviewSummary {
  const counts: Record<MockRating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  let points = 0;
  let rated = 0;
  const again: ReviewItem[] = [];
  const hard: ReviewItem[] = [];
  for (const card of cards) {
    const rating = ratings[card.id];
    if (rating) {
      counts[rating] += 1;
      points += RATING_POINTS[rating];
      rated += 1;
    }
    const item = { id: card.id, topic: card.topic, href: card.href, rating: rating ?? 'again' };
    if (!rating || rating === 'again') again.push(item);
    else if (rating === 'hard') hard.push(item);
  }
  const max = cards.length * RATING_POINTS.easy;
  const share = max > 0 ? points / max : 0;
  const verdict =
    cards.length === 0
      ? 'No questions were asked.'
      : share >= 0.8
        ? 'By your own ratings you could give these answers in an interview today.'
        : share >= 0.5
          ? 'By your own ratings you know the key points; rehearse the answers marked below until they come easily.'
          : 'By your own ratings these answers need more work: read the lessons below, then try another interview.';
  return { asked: cards.length, rated, points, max, counts, review: [...again, ...hard], verdict };
}
