'use client';

import { useProgress } from './use-progress';

/** A lesson as the progress components need it: its URL slug, title and link. */
export interface ProgressLesson {
  slug: string;
  title: string;
  href: string;
}

/**
 * "3 of 10 lessons completed" with a progress bar, and a "continue where you left off" link to the last
 * lesson visited (or the first lesson). Neutral (no counts) until the stored progress is read.
 */
export function OverallProgress({
  lessons,
  showStart = true,
}: {
  lessons: ProgressLesson[];
  showStart?: boolean;
}) {
  const { data, ready } = useProgress();
  const completed = ready ? lessons.filter((l) => data.lessons[l.slug]?.completedAt).length : 0;
  const total = lessons.length;
  const percent = total > 0 ? Math.round((completed / total) * 100) : 0;
  return (
    <section
      aria-labelledby="overall-progress-title"
      className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
    >
      <h2 id="overall-progress-title" className="text-lg font-semibold">
        Your progress
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300" data-testid="overall-progress">
        {ready ? `${completed} of ${total} lessons completed` : `${total} lessons`}
      </p>
      <div
        role="progressbar"
        aria-label="Lessons completed"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={completed}
        aria-valuetext={`${completed} of ${total} lessons completed`}
        className="mt-3 h-2.5 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className="h-full rounded-full bg-accent-700 transition-[width] dark:bg-accent-300"
          style={{ width: `${percent}%` }}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
        <ContinueLink lessons={lessons} showStart={showStart} />
        <a
          href="/progress/"
          className="text-sm text-accent-700 underline underline-offset-2 dark:text-accent-300"
        >
          Export, import or reset progress
        </a>
      </div>
    </section>
  );
}

/**
 * "Continue where you left off: <lesson>" (the last lesson visited); before any visit, "Start the course"
 * (or nothing when `showStart` is false, e.g. where the page already has a start button).
 */
export function ContinueLink({
  lessons,
  showStart = true,
}: {
  lessons: ProgressLesson[];
  showStart?: boolean;
}) {
  const { data, ready } = useProgress();
  const last = ready && data.lastVisited ? lessons.find((l) => l.slug === data.lastVisited?.slug) : undefined;
  const target = last ?? (showStart ? lessons[0] : undefined);
  if (!target) return null;
  return (
    <a
      href={target.href}
      className="inline-flex items-center gap-2 rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600"
      data-testid="continue-link"
    >
      {last ? (
        <>
          Continue where you left off<span className="sr-only">:</span>{' '}
          <span className="font-normal">· {last.title}</span>
        </>
      ) : (
        'Start the course'
      )}
    </a>
  );
}
