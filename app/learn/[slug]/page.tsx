import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonContent } from '@/components/course/lesson-content';
import { LessonHeader } from '@/components/course/lesson-header';
import { LessonSidebar } from '@/components/course/lesson-sidebar';
import { pageMetadata } from '@/components/course/page-metadata';
import { LessonCompleteButton, LessonTracker } from '@/components/progress/lesson-tracker';
import { PrevNext } from '@/components/course/prev-next';
import { TableOfContents } from '@/components/course/table-of-contents';
import { compileLesson } from '@/lib/course/lessons-compile';
import { adjacentLessons, findLesson, lessonHref, listLessons } from '@/lib/course/lessons';

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) return {};
  return pageMetadata({
    title: lesson.title,
    description: lesson.summary,
    path: lessonHref(slug),
    type: 'article',
  });
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const compiling = compileLesson(slug);
  if (!compiling) notFound();
  const { lesson, code, headings } = await compiling;
  const { previous, next } = adjacentLessons(slug);

  return (
    <div className="mx-auto grid max-w-[90rem] gap-10 px-4 py-10 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)] 2xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <LessonSidebar />
      <main id="main" tabIndex={-1} className="lesson-area min-w-0">
        <article className="max-w-[70ch]">
          <LessonTracker slug={slug} />
          <LessonHeader lesson={lesson} total={listLessons().length} />
          <TableOfContents
            headings={headings}
            className="mb-8 rounded-lg border border-zinc-200 px-5 py-4 2xl:hidden dark:border-zinc-800"
          />
          <div className="prose prose-zinc max-w-none dark:prose-invert prose-headings:tracking-tight prose-a:text-accent-700 dark:prose-a:text-accent-300 prose-code:before:content-none prose-code:after:content-none">
            <LessonContent code={code} />
          </div>
          <div className="mt-12 border-t border-zinc-200 pt-8 dark:border-zinc-800">
            <LessonCompleteButton slug={slug} />
          </div>
          <PrevNext previous={previous} next={next} />
        </article>
      </main>
      <aside className="no-scroll-anchor hidden 2xl:block" aria-label="Lesson outline">
        <TableOfContents headings={headings} className="sticky top-20" />
      </aside>
    </div>
  );
}
