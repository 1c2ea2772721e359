import type { Metadata } from 'next';
import { LessonList } from '@/components/course/lesson-list';
import { LessonSidebar } from '@/components/course/lesson-sidebar';
import { pageMetadata } from '@/components/course/page-metadata';
import { listLessons } from '@/lib/course/lessons';

export const metadata: Metadata = pageMetadata({
  title: 'All lessons',
  description:
    'The Stagecraft course outline: every lesson on multi-stage Docker builds and distroless images.',
  path: '/learn/',
});

export default function LearnIndexPage() {
  const lessons = listLessons();
  return (
    <div className="mx-auto grid max-w-[90rem] gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <LessonSidebar />
      <main id="main" tabIndex={-1} className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-white">The course</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          Work through the lessons in order: each builds on the one before it. Every lesson ends with a short
          recap.
        </p>
        <div className="mt-8">
          <LessonList lessons={lessons} headingLevel={2} />
        </div>
      </main>
    </div>
  );
}
