import { pageMetadata } from '@/components/course/page-metadata';
import { OfflineButton } from '@/components/present/offline-button';
import { lessonHref, listLessons } from '@/lib/course/lessons';
import { classMinutes } from '@/lib/course/lesson-minutes';
import { compileSlides } from '@/lib/course/slides-compile';
import { loadLessonQuiz } from '@/lib/quiz/load';

export const metadata = pageMetadata({
  title: 'Teaching with Stagecraft',
  description:
    'How to run a class on multi-stage builds and distroless images with Stagecraft: presenter mode, plans for 45 and 90 minutes, and working without a network.',
  path: '/teach/',
});

/** Lessons of the two suggested plans, by their order in the course. */
const PLAN_45 = [1, 2];
const PLAN_90 = [1, 2, 4, 5];

const linkClass = 'font-medium text-accent-700 underline dark:text-accent-300';

/** The instructor's page: how to run a class, the lessons as presentations, plans, offline use. */
export default async function TeachPage() {
  const lessons = await Promise.all(
    listLessons().map(async (lesson) => {
      const compiled = await compileSlides(lesson.slug)!;
      const checks = loadLessonQuiz(lesson.folder)?.questions.length ?? 0;
      return {
        lesson,
        slides: 1 + compiled.slides.length + checks,
        labs: compiled.slides.filter((s) => s.tags.includes('DockerfileLab')).length,
        checks,
        minutes: classMinutes(lesson.body),
      };
    }),
  );
  const byOrder = new Map(lessons.map((l) => [l.lesson.order, l]));
  const plan = (orders: number[]) => orders.map((o) => byOrder.get(o)).filter((l) => l !== undefined);
  const minutesOf = (orders: number[]) => plan(orders).reduce((sum, l) => sum + l.minutes, 0);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-[70ch] px-4 py-10 sm:px-6">
      <div className="prose prose-zinc max-w-none dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
        <h1>Teaching with Stagecraft</h1>
        <p>
          Every lesson is also a presentation. Its slides are the lesson itself, one per section, and every
          lab, comparison and terminal on them runs live: change a line on the projector and the image size
          changes for the whole room. Nothing needs installing, for you or for the class.
        </p>

        <h2 id="run-a-class">How to run a class</h2>
        <ol>
          <li>
            Open the lesson&apos;s <strong>presenter view</strong> on your laptop (links below). Press{' '}
            <em>Open audience window</em> and drag that window to the projector; press <kbd>F</kbd> there for
            full screen. The two windows stay on the same slide: move in either and the other follows.
          </li>
          <li>
            The presenter view shows the current slide, the next one, your notes (what to say, what to type in
            the lab, what the class should notice, the question to ask), a timer and the clock. The notes
            never appear on the audience window.
          </li>
          <li>
            On a lab slide, <strong>Class link</strong> shows the lab as it is now as a link and a QR code: a
            student who scans it gets the same Dockerfile in the playground. The link points at the address
            you are serving the site from, so students must be able to reach it.{' '}
            <strong>Replay the build</strong> plays the build stage by stage in the order BuildKit runs it,
            with each layer&apos;s size.
          </li>
          <li>
            The lesson&apos;s check questions come last, one per slide; the answer and its explanation appear
            on the next press.
          </li>
        </ol>

        <h3 id="keys">Keys</h3>
        <ul>
          <li>
            <kbd>→</kbd>, <kbd>↓</kbd>, <kbd>Page Down</kbd>, <kbd>Space</kbd>: next step or slide (clickers
            send Page Down); <kbd>←</kbd>, <kbd>↑</kbd>, <kbd>Page Up</kbd>: back
          </li>
          <li>
            <kbd>Home</kbd> / <kbd>End</kbd>: first / last slide; <kbd>G</kbd>, a number, <kbd>Enter</kbd>: go
            to that slide
          </li>
          <li>
            <kbd>B</kbd>: blank the screen; <kbd>F</kbd>: full screen; <kbd>O</kbd>: all slides
          </li>
          <li>
            In a lab the keys type into the editor; <kbd>Escape</kbd> leaves it. On a tablet, swipe left or
            right.
          </li>
          <li>
            <em>A−</em> / <em>A+</em> zoom the labs and code for the back of the room; the theme button
            switches light and dark (a dark room often reads better in dark; it is your choice).
          </li>
        </ul>

        <h2 id="lessons">The lessons</h2>
        <p>
          A lesson&apos;s length here is its time in class: its text and labs, without the check questions and
          the challenge ladder (the lesson page&apos;s time counts both, for a learner on their own).
        </p>
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-2 pr-3">
                Lesson
              </th>
              <th scope="col" className="py-2 pr-3">
                Length
              </th>
              <th scope="col" className="py-2 pr-3">
                Slides
              </th>
              <th scope="col" className="py-2 pr-3">
                Present
              </th>
            </tr>
          </thead>
          <tbody>
            {lessons.map(({ lesson, slides, labs, checks, minutes }) => (
              <tr key={lesson.slug} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                <td className="py-2 pr-3">
                  {lesson.order}.{' '}
                  <a className={linkClass} href={lessonHref(lesson.slug)}>
                    {lesson.title}
                  </a>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">about {minutes} min</td>
                <td className="py-2 pr-3">
                  <span data-testid={`slides-${lesson.slug}`}>{slides}</span>
                  <span className="block text-zinc-600 dark:text-zinc-400">
                    {labs} with a lab, {checks} checks
                  </span>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <a className={linkClass} href={`/present/${lesson.slug}/presenter/`}>
                    Presenter view<span className="sr-only">: {lesson.title}</span>
                  </a>
                  <br />
                  <a className={linkClass} href={`/present/${lesson.slug}/`}>
                    Slides only<span className="sr-only">: {lesson.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="prose prose-zinc mt-10 max-w-none dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
        <h2 id="plans">Suggested plans</h2>
        <h3 id="plan-45">45 minutes: why images get big, and the fix</h3>
        <ol>
          {plan(PLAN_45).map(({ lesson, minutes }) => (
            <li key={lesson.slug}>
              <a href={`/present/${lesson.slug}/presenter/`}>{lesson.title}</a> (about {minutes} min)
            </li>
          ))}
          <li>The checks of both lessons and questions ({45 - minutesOf(PLAN_45)} min)</li>
        </ol>
        <p>
          The class leaves able to write a multi-stage Dockerfile and to say why it is smaller. Send the class
          link of the last lab so students can keep going on their own.
        </p>
        <h3 id="plan-90">90 minutes: multi-stage and distroless, with the live demo</h3>
        <ol>
          {plan(PLAN_90).map(({ lesson, minutes }) => (
            <li key={lesson.slug}>
              <a href={`/present/${lesson.slug}/presenter/`}>{lesson.title}</a> (about {minutes} min)
            </li>
          ))}
          <li>A short break and the checks ({90 - minutesOf(PLAN_90)} min)</li>
        </ol>
        <p>
          The lengths are the lessons&apos; own estimates for reading and trying the labs; a class that types
          along needs the upper end. The later lessons (Python, Java and Node.js, the production topics of
          lessons 10 to 16, interview preparation) suit further sessions or self-study.
        </p>

        <h2 id="offline">Without a network</h2>
        <p>
          A projector room often has no network, and Stagecraft needs none once loaded: the simulator runs in
          the browser and no page asks another site for anything. The site keeps every page you visit (a
          service worker stores it in this browser), so a lesson you opened once opens again offline. To be
          sure of a whole class, keep the whole course before you go:
        </p>
      </div>
      <OfflineButton />
      <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">
        <p>
          You can also serve the built site from your laptop (any static file server) and let students reach
          it on the room&apos;s own network; class links then point at your laptop.
        </p>
        <h2 id="handout">Handouts</h2>
        <p>
          Printing a presentation or a lesson gives a handout: the slides&apos; content, the labs&apos;
          Dockerfiles and their image sizes, without the site&apos;s navigation or buttons.
        </p>
      </div>
    </main>
  );
}
