import { lessonHref, type LessonMeta } from '@/lib/course/lessons';

/** Links to the previous and next lessons at the foot of a lesson. */
export function PrevNext({ previous, next }: { previous: LessonMeta | null; next: LessonMeta | null }) {
  if (!previous && !next) return null;
  const box =
    'group flex flex-col rounded-lg border border-zinc-200 px-4 py-3 hover:border-accent-600 dark:border-zinc-800 dark:hover:border-accent-400';
  return (
    <nav aria-label="Previous and next lessons" className="mt-12 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <a href={lessonHref(previous.slug)} rel="prev" className={box} data-testid="prev-lesson">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">← Previous</span>
          <span className="font-medium text-zinc-950 group-hover:text-accent-700 dark:text-white dark:group-hover:text-accent-300">
            {previous.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a
          href={lessonHref(next.slug)}
          rel="next"
          className={`${box} sm:text-right`}
          data-testid="next-lesson"
        >
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Next →</span>
          <span className="font-medium text-zinc-950 group-hover:text-accent-700 dark:text-white dark:group-hover:text-accent-300">
            {next.title}
          </span>
        </a>
      ) : null}
    </nav>
  );
}
