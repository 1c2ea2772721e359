'use client';

import { useRef, useState } from 'react';
import { useProgress } from '@/components/progress/use-progress';
import type { FlashcardRating } from '@/lib/progress';
import type { ClientFlashcard } from '@/lib/quiz/prepare';
import { Markdown } from '@/components/ui/markdown';
import { ModelAnswer, RATING_TEXT } from './model-answer';

/**
 * Flashcards for open interview questions: think of an answer, reveal the model answer and the key
 * points, then rate yourself. Ratings are stored in the learner's progress.
 */
export function Flashcards({ cards }: { cards: ClientFlashcard[] }) {
  const { data, store } = useProgress();
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState(false);
  const [message, setMessage] = useState('');
  const revealRef = useRef<HTMLButtonElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const card = cards[index];
  if (!card) return <p>No flashcards yet.</p>;
  const rating = data.flashcards[card.id]?.rating ?? null;
  const answerId = `flashcard-${card.id}-answer`;

  const go = (next: number) => {
    setIndex((next + cards.length) % cards.length);
    setShown(false);
    requestAnimationFrame(() => revealRef.current?.focus());
  };

  const rate = (value: FlashcardRating) => {
    store?.rateFlashcard(card.id, value);
    setMessage(`Rated “${RATING_TEXT[value]}”. Next card.`);
    go(index + 1);
  };

  return (
    <div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Card {index + 1} of {cards.length}
        {rating && ` · your last rating: ${RATING_TEXT[rating]}`}
      </p>
      <article
        aria-labelledby={`flashcard-${card.id}-q`}
        className="mt-2 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
      >
        <h3 id={`flashcard-${card.id}-q`} className="text-lg font-semibold">
          <Markdown html={card.question} />
        </h3>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Say or write your answer first, then compare.
        </p>
        <button
          ref={revealRef}
          type="button"
          aria-expanded={shown}
          aria-controls={answerId}
          onClick={() => {
            setShown((s) => !s);
            if (!shown) requestAnimationFrame(() => answerRef.current?.focus());
          }}
          className="mt-3 rounded-lg border border-zinc-400 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
        >
          {shown ? 'Hide the model answer' : 'Show the model answer'}
        </button>
        <div id={answerId} ref={answerRef} tabIndex={-1} hidden={!shown} className="mt-4 space-y-3">
          <ModelAnswer
            card={card}
            keyPointsTitle="Key points"
            ratingLegend="How well did you know it?"
            rating={rating}
            onRate={rate}
          />
        </div>
      </article>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          onClick={() => go(index - 1)}
          className="rounded-lg border border-zinc-400 px-3 py-1.5 dark:border-zinc-600"
        >
          Previous card
        </button>
        <button
          type="button"
          onClick={() => go(index + 1)}
          className="rounded-lg border border-zinc-400 px-3 py-1.5 dark:border-zinc-600"
        >
          Next card
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {message}
      </p>
    </div>
  );
}
