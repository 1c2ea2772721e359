import type { Metadata } from 'next';
import { ProgressNotices } from '@/components/progress/progress-notices';
import { ProgressOverview, type OverviewLesson } from '@/components/progress/progress-overview';
import { ProgressTransfer } from '@/components/progress/progress-transfer';
import { Scoreboard } from '@/components/progress/scoreboard';
import { listExercises } from '@/lib/course/exercises';
import { listLessons } from '@/lib/course/lessons';
import { LESSON_IDS, LESSON_TOPICS, lessonHref, lessonSlug } from '@/lib/quiz/lessons';

export const metadata: Metadata = {
  title: 'Your progress',
  description:
    'See your progress through the course, export it to a file, import it in another browser, or reset it.',
};

/** Every lesson of the course with its title (from its frontmatter when the lesson exists). */
function overviewLessons(): OverviewLesson[] {
  const titles = new Map(listLessons().map((l) => [l.slug, l.title]));
  return LESSON_IDS.map((id) => ({
    slug: lessonSlug(id),
    title: titles.get(lessonSlug(id)) ?? LESSON_TOPICS[id],
    href: lessonHref(id),
    quizId: id,
  }));
}

/** The progress page: overview, export, import and reset. Progress lives only in this browser. */
export default function ProgressPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Your progress is saved in this browser only: nothing is sent anywhere. Use a progress file to move it
        to another browser or machine.
      </p>
      <ProgressNotices />
      <div className="mt-6">
        <ProgressOverview lessons={overviewLessons()} />
      </div>
      <div className="mt-10">
        <Scoreboard exercises={listExercises().map(({ id, title, lesson }) => ({ id, title, lesson }))} />
      </div>
      <div className="mt-10">
        <ProgressTransfer />
      </div>
    </main>
  );
}
