'use client';

import { useRef, useState } from 'react';
import { useProgress } from '@/components/progress/use-progress';
import { Markdown } from '@/components/ui/markdown';
import {
  INTERVIEW_LENGTHS,
  interviewerLine,
  pickInterview,
  summarizeInterview,
  type MockRating,
} from '@/lib/quiz/mock-interview';
import type { ClientFlashcard } from '@/lib/quiz/prepare';
import { ModelAnswer, RATINGS, RATING_TEXT } from './model-answer';

const button = 'rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600';
const secondary =
  'rounded-lg border border-zinc-400 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800';
const link = 'text-accent-700 underline underline-offset-2 dark:text-accent-300';

type Interview = {
  cards: ClientFlashcard[];
  index: number;
  /** What the learner wrote, by card id (kept on this page only). */
  answers: Record<string, string>;
  ratings: Record<string, MockRating>;
  revealed: boolean;
  done: boolean;
};

/**
 * A mock interview over the open questions: the interviewer asks a few in turn (the classic opener
 * first), the learner answers in their own words, then sees the key points and a model answer beside
 * their own and rates themself; the end sums up and names what to review. Ratings are stored in the
 * learner's progress like flashcard ratings; written answers stay on the page.
 */
export function MockInterview({ cards }: { cards: ClientFlashcard[] }) {
  const [message, setMessage] = useState('');
  return (
    <div>
      <MockInterviewBody cards={cards} onMessage={setMessage} />
      <p role="status" aria-live="polite" className="sr-only">
        {message}
      </p>
    </div>
  );
}

function MockInterviewBody({
  cards,
  onMessage: setMessage,
}: {
  cards: ClientFlashcard[];
  onMessage(text: string): void;
}) {
  const { store } = useProgress();
  const [length, setLength] = useState<number>(5);
  const [run, setRun] = useState<Interview | null>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  const focusSoon = (ref: { current: HTMLElement | null }) =>
    requestAnimationFrame(() => ref.current?.focus());

  const start = () => {
    const picked = pickInterview(cards, length, Math.random);
    setRun({ cards: picked, index: 0, answers: {}, ratings: {}, revealed: false, done: picked.length === 0 });
    setMessage(`Mock interview started: ${picked.length} questions.`);
    focusSoon(questionRef);
  };

  if (!run) {
    return (
      <div>
        <p>
          An interviewer asks you a few open questions, one at a time. Answer each in your own words, aloud or
          in the box, then compare with the model answer and rate yourself. Your ratings are saved with your
          flashcards; what you write stays on this page.
        </p>
        <fieldset className="mt-4">
          <legend className="text-sm font-medium">Questions</legend>
          <div className="mt-1 flex gap-3">
            {INTERVIEW_LENGTHS.map((option) => (
              <label key={option} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="mock-length"
                  value={option}
                  checked={length === option}
                  onChange={() => setLength(option)}
                  className="accent-accent-700"
                />
                {option}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" onClick={start} className={`mt-4 ${button}`} disabled={cards.length === 0}>
          Start the interview
        </button>
      </div>
    );
  }

  if (run.done) {
    const summary = summarizeInterview(run.cards, run.ratings);
    return (
      <div data-testid="mock-summary">
        <h3 ref={summaryRef} tabIndex={-1} className="text-lg font-semibold">
          Interview over: {summary.points} of {summary.max} points by your own ratings
        </h3>
        <p className="mt-2">{summary.verdict}</p>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {RATINGS.map((r) => `${r.label}: ${summary.counts[r.value]}`).join(' · ')}
        </p>
        {summary.review.length > 0 && (
          <>
            <p className="mt-4 font-medium">To review before the real one:</p>
            <ul className="mt-1 list-disc pl-6">
              {summary.review.map((item) => (
                <li key={item.id}>
                  <a href={item.href} className={link}>
                    {item.topic}
                  </a>{' '}
                  (you rated it “{RATING_TEXT[item.rating]}”)
                </li>
              ))}
            </ul>
          </>
        )}
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">Your answers and the model answers</summary>
          <ol className="mt-3 list-decimal space-y-4 pl-6">
            {run.cards.map((card) => (
              <li key={card.id}>
                <Markdown html={card.question} />
                <p className="mt-1 text-sm">
                  <span className="font-medium">You wrote:</span>{' '}
                  {run.answers[card.id]?.trim() || '(nothing)'}
                </p>
                <div className="mt-1 space-y-2 text-sm">
                  {card.answer.map((paragraph, i) => (
                    <p key={i}>
                      <Markdown html={paragraph} />
                    </p>
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </details>
        <button type="button" onClick={start} className={`mt-4 ${button}`}>
          Start another interview
        </button>
      </div>
    );
  }

  const card = run.cards[run.index];
  const answerId = `mock-${card.id}-answer`;
  const inputId = `mock-${card.id}-input`;
  const rating = run.ratings[card.id];

  const rate = (value: MockRating) => {
    store?.rateFlashcard(card.id, value);
    const last = run.index === run.cards.length - 1;
    setRun({
      ...run,
      ratings: { ...run.ratings, [card.id]: value },
      index: last ? run.index : run.index + 1,
      revealed: false,
      done: last,
    });
    setMessage(`Rated “${RATING_TEXT[value]}”. ${last ? 'Interview over.' : 'Next question.'}`);
    focusSoon(last ? summaryRef : questionRef);
  };

  return (
    <div data-testid="mock-interview">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Question {run.index + 1} of {run.cards.length}
      </p>
      <article
        aria-labelledby={`mock-${card.id}-q`}
        className="mt-2 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
      >
        <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
          Interviewer: {interviewerLine(run.index, run.cards.length)}
        </p>
        <h3 id={`mock-${card.id}-q`} ref={questionRef} tabIndex={-1} className="mt-1 text-lg font-semibold">
          <Markdown html={card.question} />
        </h3>
        <label htmlFor={inputId} className="mt-3 block text-sm font-medium">
          Your answer (optional; say it aloud if you prefer)
        </label>
        <textarea
          id={inputId}
          rows={5}
          value={run.answers[card.id] ?? ''}
          onChange={(e) => setRun({ ...run, answers: { ...run.answers, [card.id]: e.target.value } })}
          className="mt-1 w-full rounded-lg border border-zinc-400 bg-white p-2 text-base dark:border-zinc-600 dark:bg-zinc-900"
        />
        <button
          type="button"
          aria-expanded={run.revealed}
          aria-controls={answerId}
          onClick={() => {
            setRun({ ...run, revealed: !run.revealed });
            if (!run.revealed) focusSoon(answerRef);
          }}
          className={`mt-3 ${secondary}`}
        >
          {run.revealed ? 'Hide the model answer' : 'I have answered: show the model answer'}
        </button>
        <div id={answerId} ref={answerRef} tabIndex={-1} hidden={!run.revealed} className="mt-4 space-y-3">
          <ModelAnswer
            card={card}
            keyPointsTitle="What the interviewer listens for"
            ratingLegend="How well did you answer?"
            rating={rating ?? null}
            onRate={rate}
          />
        </div>
      </article>
      <div className="mt-4">
        <button
          type="button"
          onClick={() => {
            setRun({ ...run, done: true });
            setMessage('Interview ended early.');
            focusSoon(summaryRef);
          }}
          className={secondary}
        >
          End the interview
        </button>
      </div>
    </div>
  );
}
