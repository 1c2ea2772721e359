import { lessonHref, type LessonMeta } from '@/lib/course/lessons';

/** The course outline: every lesson with its number, title, summary and estimated time. */
export function LessonList({ lessons, headingLevel = 3 }: { lessons: LessonMeta[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {lessons.map((lesson) => (
        <li key={lesson.slug} className="relative flex gap-4 p-4 hover:bg-zinc-50 dark:hover:bg-zinc-900">
          <span
            aria-hidden="true"
            className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent-50 text-sm font-semibold text-accent-700 tabular-nums dark:bg-accent-900/50 dark:text-accent-300"
          >
            {lesson.order}
          </span>
          <div className="min-w-0">
            <Heading className="font-semibold text-zinc-950 dark:text-white">
              <a href={lessonHref(lesson.slug)} className="after:absolute after:inset-0">
                <span className="sr-only">Lesson {lesson.order}: </span>
                {lesson.title}
              </a>
            </Heading>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">About {lesson.minutes} minutes</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
