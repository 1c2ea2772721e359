import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/registry';
import { exampleData, exampleDockerfile } from '@/components/lab/example-data';
import { DockerfileLab, type DockerfileLabProps } from '@/components/mdx/lab-tag';
import { readableSize } from '@/lib/build/format';
import { classMinutes } from '@/lib/course/lesson-minutes';
import { lessonHref } from '@/lib/course/lessons';
import { compileSlides } from '@/lib/course/slides-compile';
import { estimateFigures } from '@/lib/quiz/figures';
import { loadLessonQuiz } from '@/lib/quiz/load';
import type { DeckSlide, DeckMode } from './deck-controller';
import { LazyDeckController } from './lazy-deck-controller';
import { LabTools } from './lab-tools';
import { quizSlides } from './quiz-slides';
import { deckCss, deckInitScript } from './deck-css';
import { simulateDockerfile } from '@/lib/analyze';

/** A lab on a slide: the lesson's lab, with the class link and the build replay beside it. */
function PresentLab(props: DockerfileLabProps) {
  const { example, file, target, id } = props;
  const text = exampleDockerfile(example, file);
  const image = simulateDockerfile(text, {
    context: exampleData(example).context,
    target: target ?? null,
  }).image;
  return (
    <div className="present-lab">
      <DockerfileLab {...props} />
      <div data-print="only">
        <pre className="present-code">{text}</pre>
        <p>
          Image size (simulated):{' '}
          {image ? `≈ ${readableSize(image.sizeBytes)}` : 'no image: the build stops with an error'}
        </p>
      </div>
      <LabTools
        labId={id ?? `${example}/${file}${target ? `@${target}` : ''}`}
        example={example}
        file={file}
        target={target ?? null}
        originalText={text}
        context={exampleData(example).context}
      />
    </div>
  );
}

/** The speaker notes of one slide, in the presenter's window. */
function NotesBody({ children }: { children?: ReactNode }) {
  return <div className="slide-notes-body">{children}</div>;
}

const Nothing = () => null;

type Props = Record<string, unknown>;

/** True when a slide's section starts with a heading of its own (a lesson section's `##`). */
function opensWithHeading(section: ReactElement): boolean {
  const first = Children.toArray((section.props as { children?: ReactNode }).children).find(
    (child) => typeof child !== 'string' || child.trim() !== '',
  );
  return isValidElement(first) && first.type === 'h2';
}

function propOf(element: ReactElement, name: string): string | null {
  const value = (element.props as Props)[name];
  return typeof value === 'string' ? value : null;
}

/** Everything a deck page needs: the slides (server-rendered), their notes and what each slide holds. */
export async function Deck({ slug, mode }: { slug: string; mode: DeckMode }) {
  const compiling = compileSlides(slug);
  if (!compiling) throw new Error(`No lesson "${slug}"`);
  const { lesson, code, slides } = await compiling;

  const components = {
    ...mdxComponents,
    DockerfileLab: PresentLab,
    // The check questions become slides of their own at the end.
    Quiz: Nothing,
    Notes: mode === 'presenter' ? NotesBody : Nothing,
  };
  const rendered = getMDXComponent(code)({ components }) as ReactElement<{ children?: ReactNode }>;
  const blocks = Children.toArray(rendered.props.children).filter(isValidElement);

  // Slide 0 is the title slide; the lesson's slides follow, then the quiz.
  const sections: ReactElement[] = [];
  const notes: ReactElement[] = [];
  for (const block of blocks) {
    const slide = propOf(block, 'data-slide');
    const note = propOf(block, 'data-slide-notes');
    if (slide !== null) {
      const index = Number(slide);
      sections.push(
        cloneElement(
          block as ReactElement<Props>,
          { 'data-slide': String(index + 1) },
          // Every slide's title is its h2 (under the deck's h1): a slide that does not open with its
          // section's heading (the lesson's opening, a `<Slide />` break) gets one for assistive technology.
          ...(opensWithHeading(block)
            ? []
            : [
                <h2 key="slide-title" className="sr-only">
                  {slides[index]?.title ?? 'Introduction'}
                </h2>,
              ]),
          ...Children.toArray((block.props as { children?: ReactNode }).children),
        ),
      );
    } else if (note !== null && mode === 'presenter') {
      notes.push(
        cloneElement(block as ReactElement<Props>, { 'data-slide-notes': String(Number(note) + 1) }),
      );
    }
  }

  const quiz = loadLessonQuiz(lesson.folder);
  const questions = quiz?.questions ?? [];
  const first = 1 + sections.length;
  const quizSections = quizSlides({ questions, figures: estimateFigures(questions), first });

  const deckSlides: DeckSlide[] = [
    { title: lesson.title, steps: 0, tags: [], excerpt: lesson.summary, anchor: null, hasNotes: false },
    ...slides.map((s) => ({
      title: s.title ?? lesson.title,
      steps: s.steps,
      tags: s.tags.filter((t) => t !== 'Quiz'),
      excerpt: s.excerpt,
      anchor: s.anchor,
      hasNotes: s.hasNotes,
    })),
    ...questions.map((q, i) => ({
      title: `Check ${i + 1} of ${questions.length}`,
      steps: 1,
      tags: ['Quiz'],
      excerpt: q.prompt,
      anchor: null,
      hasNotes: false,
    })),
  ];

  return (
    <div data-present-root={mode} className="present">
      <style dangerouslySetInnerHTML={{ __html: deckCss(deckSlides.length) }} />
      <LazyDeckController
        slug={slug}
        mode={mode}
        lessonTitle={lesson.title}
        lessonHref={lessonHref(slug)}
        minutes={classMinutes(lesson.body)}
        slides={deckSlides}
        notes={mode === 'presenter' ? notes : null}
      >
        {/* The deck's one h1, in the slide frame: the title slide's big title, and a running title above
            every other slide (its own title is an h2), so each slide shown has the page's heading. */}
        <header className="deck-title">
          <p className="present-kicker">
            Lesson {lesson.order} · about {classMinutes(lesson.body)} minutes
          </p>
          <h1>{lesson.title}</h1>
        </header>
        <section data-slide="0" className="title-slide">
          <p className="present-summary">{lesson.summary}</p>
          <h2 className="sr-only">What you will learn</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
        {sections}
        {quizSections}
      </LazyDeckController>
      <script dangerouslySetInnerHTML={{ __html: deckInitScript(deckSlides.length) }} />
    </div>
  );
}
