'use client';

/**
 * An exercise's goals, graded live: each goal met or not, with what the simulator measured, and a
 * polite announcement when the count changes.
 */
import type { GradeSummary } from '@/lib/worker/protocol';
import { Markdown } from '@/components/ui/markdown';
import type { Html } from '@/lib/markdown/html';

/** Props: the goal labels (shown before the first grading) and the latest grading, if any. */
export function ExerciseGoals({
  labels,
  grade,
  pending,
}: {
  labels: Html[];
  grade: GradeSummary | null;
  pending: boolean;
}) {
  const met = grade ? grade.goals.filter((g) => g.met).length : 0;
  const unknown = grade ? grade.goals.filter((g) => g.unknown).length : 0;
  return (
    <div className="px-3 py-2" data-testid="exercise-goals">
      <p
        className="m-0 text-sm font-semibold text-zinc-800 dark:text-zinc-100"
        aria-live="polite"
        data-testid="exercise-status"
      >
        {grade
          ? grade.passed
            ? `All ${labels.length} goals met. Well done!`
            : `${met} of ${labels.length} goals met${unknown > 0 ? `, ${unknown} can't be told` : ''}`
          : 'Checking the goals…'}
        {pending && <span className="ml-2 font-normal text-zinc-600 dark:text-zinc-400">(checking…)</span>}
      </p>
      <ul className="m-0 mt-1 list-none space-y-1 p-0 text-sm">
        {labels.map((label, i) => {
          const goal = grade?.goals[i];
          const state = goal
            ? goal.met
              ? 'met'
              : goal.unknown
                ? "can't tell"
                : 'not met'
            : 'not checked yet';
          return (
            <li key={i} className="flex gap-2" data-goal-state={state}>
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[0.65rem] font-bold text-white ${
                  goal?.met
                    ? 'bg-green-700'
                    : goal?.unknown
                      ? 'bg-amber-700'
                      : goal
                        ? 'bg-zinc-500'
                        : 'bg-zinc-300 dark:bg-zinc-600'
                }`}
              >
                {goal?.met ? '✓' : goal?.unknown ? '?' : goal ? '✗' : ''}
              </span>
              <span className="min-w-0">
                <span className="sr-only">{state}: </span>
                <Markdown html={label} />
                {goal?.detail && (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{goal.detail}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
