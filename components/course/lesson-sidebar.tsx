import { listLessons } from '@/lib/course/lessons';
import { LessonNavList, toLessonLinks } from './lesson-nav-list';

/** The desktop sidebar listing every lesson (hidden below the `lg` breakpoint, where the menu takes over). */
export function LessonSidebar() {
  return (
    <nav aria-label="Lessons" className="no-scroll-anchor hidden lg:block">
      <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto pr-2 pb-8">
        <p className="mb-2 px-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
          Lessons
        </p>
        <LessonNavList lessons={toLessonLinks(listLessons())} />
      </div>
    </nav>
  );
}
