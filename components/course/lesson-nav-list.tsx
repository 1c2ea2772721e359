import { lessonHref, type LessonMeta } from '@/lib/course/lessons';
import { LessonStatus } from '@/components/progress/lesson-status';
import { ActiveLink } from './active-link';

/** The data the lesson list needs (kept small: it is rendered on every page). */
export type LessonLink = Pick<LessonMeta, 'slug' | 'order' | 'title' | 'minutes'>;

/** Picks the fields the navigation needs from full lesson metadata. */
export function toLessonLinks(lessons: LessonMeta[]): LessonLink[] {
  return lessons.map(({ slug, order, title, minutes }) => ({ slug, order, title, minutes }));
}

/** The numbered list of all lessons, derived from `content/lessons` (never a hand-kept list). */
export function LessonNavList({ lessons }: { lessons: LessonLink[] }) {
  return (
    <ol className="space-y-0.5" data-testid="lesson-nav">
      {lessons.map((lesson) => (
        <li key={lesson.slug}>
          <ActiveLink
            href={lessonHref(lesson.slug)}
            className="flex gap-2 rounded-md px-2 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 aria-[current=page]:bg-accent-50 aria-[current=page]:font-semibold aria-[current=page]:text-accent-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white dark:aria-[current=page]:bg-accent-900/40 dark:aria-[current=page]:text-accent-300"
          >
            <span
              aria-hidden="true"
              className="w-5 shrink-0 text-right tabular-nums text-zinc-600 dark:text-zinc-400"
            >
              {lesson.order}.
            </span>
            <span className="min-w-0 flex-1">{lesson.title}</span>
            <LessonStatus slug={lesson.slug} className="mt-0.5" />
          </ActiveLink>
        </li>
      ))}
    </ol>
  );
}
