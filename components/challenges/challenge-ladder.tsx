'use client';

/**
 * A lesson's challenges, one at a time, in rising difficulty: "Challenge 1 of 3", the title, its kind and
 * level, the challenge itself (the exercise lab, or a predict / find answer), and Previous / Next. The
 * ones the learner has completed are marked from their progress. Printed, it lists every challenge with
 * its instructions instead.
 */
import { useRef, useState } from 'react';
import { ExerciseLab } from '@/components/lab/exercise-lab';
import { EXERCISE_BUTTON } from '@/components/lab/hint-list';
import { Markdown } from '@/components/ui/markdown';
import { useProgress } from '@/components/progress/use-progress';
import type { ChallengeKind } from '@/lib/course/exercise-types';
import type { Html } from '@/lib/markdown/html';
import { FindChallenge } from './find-challenge';
import { PredictChallenge } from './predict-challenge';
import type { ChallengeItem, ChallengeLadderProps } from './types';

/** How each kind is named on its badge. */
export const KIND_LABELS: Record<ChallengeKind, string> = {
  build: 'Build',
  break: 'Break it',
  predict: 'Predict',
  find: 'Find the biggest layer',
  leak: 'Fix the leak',
};

const BADGE =
  'inline-block rounded-full border px-2 py-0.5 text-xs font-medium border-zinc-300 bg-white text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100';

function Body({ item }: { item: ChallengeItem }) {
  if (item.body === 'predict') return <PredictChallenge {...item.predict} />;
  if (item.body === 'find') return <FindChallenge {...item.find} />;
  return <ExerciseLab {...item.lab} />;
}

function instructionsOf(item: ChallengeItem): Html {
  return item.body === 'lab'
    ? item.lab.instructions
    : item.body === 'predict'
      ? item.predict.instructions
      : item.find.instructions;
}

/** The ladder (client component). */
export function ChallengeLadder({ domKey, challenges }: ChallengeLadderProps) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, ready } = useProgress();
  const total = challenges.length;
  const current = challenges[Math.min(index, total - 1)];
  const done = (id: string) => ready && (data.exercises[id]?.passed ?? false);
  const go = (next: number) => {
    setIndex(Math.max(0, Math.min(total - 1, next)));
    // Move focus to the new challenge's title, so a screen reader announces it and Tab continues there.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const completed = challenges.filter((c) => done(c.id)).length;

  return (
    <>
      <section
        aria-labelledby={`${domKey}-title`}
        className="not-prose breakout my-8 rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900"
        data-testid="challenges"
        data-print="hide"
      >
        <nav aria-label="Challenges" className="border-b border-zinc-200 px-4 py-2 dark:border-zinc-700">
          <ol className="m-0 flex list-none flex-wrap gap-2 p-0">
            {challenges.map((c, i) => (
              <li key={c.id}>
                <button
                  type="button"
                  className={`${EXERCISE_BUTTON} ${i === index ? 'border-sky-700 ring-1 ring-sky-700 dark:border-sky-300 dark:ring-sky-300' : ''}`}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => go(i)}
                >
                  {i + 1}. {c.title}
                  {done(c.id) ? (
                    <>
                      <span aria-hidden="true"> ✓</span>
                      <span className="sr-only"> (completed)</span>
                    </>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
          <p className="m-0 mt-1 text-xs text-zinc-700 dark:text-zinc-300" data-testid="challenges-completed">
            {/* A no-break space until progress is read: the line keeps its height, so the ladder never grows. */}
            {ready ? `${completed} of ${total} completed` : '\u00a0'}
          </p>
        </nav>
        <div className="flex flex-wrap items-center gap-2 px-4 pt-3">
          <span className="text-xs font-medium uppercase tracking-wide text-zinc-700 dark:text-zinc-300">
            Challenge {index + 1} of {total}
          </span>
          <span className={BADGE} data-testid="challenge-kind">
            {KIND_LABELS[current.kind]}
          </span>
          <span className={BADGE}>Level {current.level} of 4</span>
          {done(current.id) && (
            <span
              className={`${BADGE} border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300`}
            >
              ✓ Completed
            </span>
          )}
        </div>
        <h3
          id={`${domKey}-title`}
          ref={heading}
          tabIndex={-1}
          className="m-0 px-4 pb-1 pt-1 text-lg font-semibold text-zinc-900 focus:outline-none dark:text-zinc-50"
        >
          {current.title}
        </h3>
        <div key={current.id} className="bg-white dark:bg-zinc-950 [&_.breakout]:w-full [&_section]:my-0">
          <Body item={current} />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <button
            type="button"
            className={EXERCISE_BUTTON}
            disabled={index === 0}
            onClick={() => go(index - 1)}
          >
            ← Previous challenge
          </button>
          <button
            type="button"
            className={EXERCISE_BUTTON}
            disabled={index >= total - 1}
            onClick={() => go(index + 1)}
          >
            Next challenge →
          </button>
        </div>
      </section>
      <div data-print="only" className="my-6">
        {challenges.map((c, i) => (
          <div key={c.id} className="mb-4">
            <p className="m-0 font-semibold">
              Challenge {i + 1} of {total}: {c.title} ({KIND_LABELS[c.kind]}, level {c.level} of 4)
            </p>
            <Markdown html={instructionsOf(c)} />
          </div>
        ))}
      </div>
    </>
  );
}
