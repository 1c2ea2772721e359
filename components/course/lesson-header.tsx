import type { LessonMeta } from '@/lib/course/lessons';

/** The top of a lesson: its number, title, estimated time, summary and objectives. */
export function LessonHeader({ lesson, total }: { lesson: LessonMeta; total: number }) {
  return (
    <header className="mb-8">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
          Lesson {lesson.order} of {total} · about {lesson.minutes} minutes
        </p>
        {/* For instructors: the same lesson as slides, with a presenter view (print hides it). */}
        <a
          href={`/present/${lesson.slug}/`}
          className="text-sm font-medium text-zinc-700 underline decoration-zinc-400 underline-offset-4 hover:text-zinc-950 hover:decoration-zinc-950 print:hidden dark:text-zinc-300 dark:hover:text-white"
          data-testid="present-lesson"
        >
          Present this lesson
        </a>
      </div>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">
        {lesson.title}
      </h1>
      <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
      <section
        aria-labelledby="objectives-title"
        className="mt-6 rounded-lg border border-zinc-200 bg-zinc-50 px-5 py-4 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="objectives-title" className="text-sm font-semibold text-zinc-950 dark:text-white">
          By the end of this lesson you can
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-700 marker:text-accent-600 dark:text-zinc-300">
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
