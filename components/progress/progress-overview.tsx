'use client';

import { formatPoints } from '@/components/quiz/grading';
import { formatClock } from '@/lib/quiz/drill';
import { LessonStatus } from './lesson-status';
import type { ProgressLesson } from './overall-progress';
import { useProgress } from './use-progress';

/** A lesson row of the overview: the lesson and the id of its end check. */
export type OverviewLesson = ProgressLesson & { quizId: string };

/** A table of every lesson with its state and best lesson-check score, and the best drill. */
export function ProgressOverview({ lessons }: { lessons: OverviewLesson[] }) {
  const { data, ready, mode } = useProgress();
  const best = data.drills.best;
  return (
    <div>
      {ready && mode === 'memory' && (
        <p className="mb-4 rounded-lg bg-amber-50 px-4 py-2 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Progress is currently kept for this tab only. Download a progress file to keep it.
        </p>
      )}
      {/* Fixed column widths: with automatic ones, the columns widened as the rows streamed in and the
          rows already drawn moved (a layout shift of 0.0095 on a phone). */}
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">Lessons, their state and your best lesson-check score</caption>
        <colgroup>
          <col />
          <col className="w-28" />
          <col className="w-28 sm:w-40" />
        </colgroup>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3 font-semibold">
              Lesson
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              State
            </th>
            <th scope="col" className="py-2 font-semibold">
              Lesson check (best)
            </th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => {
            const entry = ready ? data.lessons[lesson.slug] : undefined;
            const quiz = ready ? data.quizzes[lesson.quizId] : undefined;
            return (
              <tr key={lesson.slug} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <a
                    href={lesson.href}
                    className="inline-flex items-center gap-2 text-accent-700 underline-offset-2 hover:underline dark:text-accent-300"
                  >
                    <LessonStatus slug={lesson.slug} />
                    {lesson.title}
                  </a>
                </th>
                <td className="py-2 pr-3">
                  {entry?.completedAt ? 'Completed' : entry ? 'Visited' : 'Not started'}
                </td>
                <td className="py-2">
                  {quiz ? `${formatPoints(quiz.best.score)} of ${quiz.best.max}` : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300" data-testid="drill-summary">
        {ready && best
          ? `Best timed drill: ${formatPoints(best.score)} of ${best.total} in ${formatClock(best.durationMs)} (${data.drills.recent.length} recent drills).`
          : 'No timed drill yet.'}{' '}
        <a href="/interview/" className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Interview preparation
        </a>
      </p>
    </div>
  );
}
