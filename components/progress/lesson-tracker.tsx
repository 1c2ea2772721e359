'use client';

import { useEffect } from 'react';
import { loadProgressStore } from './browser-store';
import { ProgressNotices } from './progress-notices';
import { useProgress } from './use-progress';

/**
 * Put once on a lesson page: records the visit (so "continue where you left off" finds it) and shows any
 * notice about the learner's saved progress. `slug` is the lesson's URL slug, e.g. `multi-stage-builds`.
 */
export function LessonTracker({ slug }: { slug: string }) {
  useEffect(() => {
    loadProgressStore().then(
      (store) => store.markLessonVisited(slug),
      () => {
        // Progress is a convenience; the lesson works without it.
      },
    );
  }, [slug]);
  return <ProgressNotices compact />;
}

/** A button that marks the lesson completed (or shows that it is). */
export function LessonCompleteButton({ slug }: { slug: string }) {
  const { data, ready, store } = useProgress();
  const done = ready && Boolean(data.lessons[slug]?.completedAt);
  return (
    <button
      type="button"
      disabled={!ready || done}
      onClick={() => store?.markLessonCompleted(slug)}
      aria-pressed={done}
      className="inline-flex items-center gap-2 rounded-lg border border-accent-700 px-4 py-2 font-medium text-accent-700 hover:bg-accent-50 disabled:cursor-default disabled:hover:bg-transparent dark:border-accent-300 dark:text-accent-300 dark:hover:bg-accent-900/30"
    >
      {done ? 'Lesson completed ✓' : 'Mark this lesson as completed'}
    </button>
  );
}
