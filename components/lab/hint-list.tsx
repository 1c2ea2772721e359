'use client';

/** Progressive hints, revealed one at a time by the learner, for exercises and challenges. */
import { Markdown } from '@/components/ui/markdown';
import type { Html } from '@/lib/markdown/html';

/** The button style the exercise and challenge controls share. */
export const EXERCISE_BUTTON =
  'rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700';

/** The hints shown so far (an ordered list), nothing before the first. */
export function HintList({ hints, shown }: { hints: Html[]; shown: number }) {
  if (shown <= 0) return null;
  return (
    <ol
      className="m-0 mb-2 list-decimal space-y-1 pl-5 text-sm text-zinc-800 dark:text-zinc-200"
      aria-label="Hints"
    >
      {hints.slice(0, shown).map((hint, i) => (
        <li key={i}>
          <Markdown html={hint} />
        </li>
      ))}
    </ol>
  );
}

/** The button that reveals the next hint. */
export function NextHintButton({
  hints,
  shown,
  onShow,
}: {
  hints: string[];
  shown: number;
  onShow(next: number): void;
}) {
  return (
    <button
      type="button"
      className={EXERCISE_BUTTON}
      disabled={shown >= hints.length}
      onClick={() => onShow(Math.min(hints.length, shown + 1))}
    >
      {shown >= hints.length ? 'No more hints' : `Show hint ${shown + 1} of ${hints.length}`}
    </button>
  );
}
