'use client';

import { useProgress } from './use-progress';

/** The states a lesson can be in for the learner. */
export type LessonState = 'completed' | 'visited' | 'not-started';

/**
 * A lesson's mark for navigation lists: a filled check when completed, a half circle when visited, an empty
 * circle otherwise, each with screen-reader text. Renders an empty circle on the server and until the
 * stored progress is read, so the markup never shifts.
 */
export function LessonStatus({ slug, className = '' }: { slug: string; className?: string }) {
  const { data, ready } = useProgress();
  const entry = ready ? data.lessons[slug] : undefined;
  const state: LessonState = entry?.completedAt ? 'completed' : entry ? 'visited' : 'not-started';
  const text = state === 'completed' ? 'completed' : state === 'visited' ? 'visited' : 'not started';
  return (
    <span
      className={`inline-flex h-4 w-4 shrink-0 items-center justify-center ${className}`}
      data-lesson-state={state}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
        {state === 'completed' ? (
          <>
            <circle cx="8" cy="8" r="7" className="fill-accent-700 dark:fill-accent-300" />
            <path
              d="M4.5 8.2l2.3 2.3 4.7-4.9"
              fill="none"
              strokeWidth="1.8"
              className="stroke-white dark:stroke-zinc-900"
            />
          </>
        ) : state === 'visited' ? (
          <>
            <circle
              cx="8"
              cy="8"
              r="6.5"
              fill="none"
              strokeWidth="1.5"
              className="stroke-accent-700 dark:stroke-accent-300"
            />
            <path d="M8 1.5a6.5 6.5 0 010 13z" className="fill-accent-700 dark:fill-accent-300" />
          </>
        ) : (
          <circle
            cx="8"
            cy="8"
            r="6.5"
            fill="none"
            strokeWidth="1.5"
            className="stroke-zinc-400 dark:stroke-zinc-500"
          />
        )}
      </svg>
      <span className="sr-only">({text})</span>
    </span>
  );
}
