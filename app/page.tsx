import type { Metadata } from 'next';
import { LessonList } from '@/components/course/lesson-list';
import { CourseGoal } from '@/components/mdx/course-goal';
import { pageMetadata } from '@/components/course/page-metadata';
import { OverallProgress } from '@/components/progress/overall-progress';
import { SITE_DESCRIPTION } from '@/components/course/site';
import { readableSize } from '@/lib/build/format';
import { lessonHref, listLessons } from '@/lib/course/lessons';
import { TALK_DEMO } from '@/lib/course/talk';

export const metadata: Metadata = pageMetadata({ title: null, description: SITE_DESCRIPTION, path: '/' });

const AUDIENCES = [
  {
    title: 'Self-paced learners',
    text: 'Read a lesson, change a Dockerfile, and see at once which stages run, which layers ship and how big the image becomes.',
  },
  {
    title: 'Instructors',
    text: 'A whole classroom can open the same site: nothing to install, no Docker daemon, readable from the back of the room when zoomed.',
  },
  {
    title: 'Interview preparation',
    text: 'Learn to answer “what practical problems have you solved with containers?” with a story and real numbers.',
  },
];

export default function HomePage() {
  const lessons = listLessons();
  const first = lessons[0];
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
      <section aria-labelledby="hero-title">
        <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase dark:text-accent-300">
          A free, hands-on course
        </p>
        <h1
          id="hero-title"
          className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance text-zinc-950 sm:text-5xl dark:text-white"
        >
          Ship the program, not the toolbox
        </h1>
        <p className="mt-6 max-w-[65ch] text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
          Most container images carry everything it took to build the application: compilers, package
          managers, caches, a whole operating system. Stagecraft teaches you to split the build from the run
          with <strong className="text-zinc-950 dark:text-white">multi-stage builds</strong> and to ship on{' '}
          <strong className="text-zinc-950 dark:text-white">distroless</strong> images, so a calculator
          written in Go goes from an {readableSize(TALK_DEMO.singleStage.bytes)} image to a{' '}
          {readableSize(TALK_DEMO.multiStage.bytes)} one. Every lesson comes with a Dockerfile you can edit,
          and a simulator in your browser shows what Docker would build.
        </p>
        {first ? (
          <p className="mt-8 flex flex-wrap items-center gap-4">
            <a
              href={lessonHref(first.slug)}
              className="inline-flex items-center rounded-md bg-accent-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-accent-900"
            >
              Start the course
              <span aria-hidden="true" className="ml-2">
                →
              </span>
            </a>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}, about{' '}
              {lessons.reduce((sum, l) => sum + l.minutes, 0)} minutes in all
            </span>
          </p>
        ) : null}
        <div className="mt-8 max-w-xl">
          <OverallProgress
            lessons={lessons.map((l) => ({ slug: l.slug, title: l.title, href: lessonHref(l.slug) }))}
            showStart={false}
          />
        </div>
      </section>

      <div className="mt-12 max-w-3xl">
        <CourseGoal headingLevel={2} />
      </div>

      <section aria-labelledby="audiences-title" className="mt-16">
        <h2 id="audiences-title" className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">
          Who it is for
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-3">
          {AUDIENCES.map((audience) => (
            <li key={audience.title} className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
              <h3 className="font-semibold text-zinc-950 dark:text-white">{audience.title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="learn-title" className="mt-16">
        <h2 id="learn-title" className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white">
          What you will learn
        </h2>
        <p className="mt-3 max-w-[65ch] text-zinc-700 dark:text-zinc-300">
          Why images get big, how stages and <code className="font-mono text-[0.9em]">COPY --from</code> leave
          the build tools behind, what distroless images leave out and why that makes them safer, and how to
          apply it all to Go, Python and Java applications.
        </p>
        <div className="mt-6">
          <LessonList lessons={lessons} />
        </div>
      </section>
    </main>
  );
}
