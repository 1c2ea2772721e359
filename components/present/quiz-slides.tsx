import { Markdown } from '@/components/ui/markdown';
import { renderMarkdown } from '@/lib/markdown';
import { seededRandom, shuffled, type EstimateFigure } from '@/lib/quiz/prepare';
import type { Question } from '@/lib/quiz/types';

const LETTERS = 'ABCDEFGHIJ';

/** The question's answer and why, as one block revealed on the slide's one step. */
function Answer({ question: q, figure }: { question: Question; figure: EstimateFigure | null }) {
  let answer: React.ReactNode = null;
  let why: string[] = [];
  switch (q.kind) {
    case 'single':
    case 'multiple':
    case 'predict': {
      const right = q.options.map((o, i) => ({ ...o, letter: LETTERS[i] ?? '?' })).filter((o) => o.correct);
      answer = right.map((o) => (
        <span key={o.id} className="block">
          {o.letter}. <Markdown html={renderMarkdown(o.text)} />
        </span>
      ));
      why = right.map((o) => o.explanation);
      break;
    }
    case 'order':
      answer = (
        <ol className="list-decimal pl-8">
          {q.steps.map((s) => (
            <li key={s.id}>
              <Markdown html={renderMarkdown(s.text)} />
            </li>
          ))}
        </ol>
      );
      break;
    case 'spot-line': {
      const line = q.dockerfile.split('\n')[q.answerLine - 1] ?? '';
      answer = (
        <span>
          Line {q.answerLine}: <code>{line.trim()}</code>
        </span>
      );
      why = q.lines.filter((l) => l.line === q.answerLine).map((l) => l.text);
      break;
    }
    case 'estimate':
      answer = figure ? (
        <span>
          The simulator estimates ≈ {figure.text} (confidence: {figure.confidence}).
        </span>
      ) : (
        <span>The simulator can&apos;t tell for this Dockerfile, so there is no figure to compare with.</span>
      );
      break;
  }
  if (q.explanation) why.push(q.explanation);
  return (
    <div
      data-step=""
      className="present-answer mt-6 rounded-xl border-l-8 border-accent-600 bg-accent-50 px-6 py-4 dark:border-accent-300 dark:bg-accent-900/30"
    >
      <p className="font-semibold">Answer</p>
      <div>{answer}</div>
      {why.map((text, i) => (
        <p key={i} className="mt-2">
          <Markdown html={renderMarkdown(text)} />
        </p>
      ))}
    </div>
  );
}

/** What the question shows before the reveal: the choices, the steps in the data's order, or the code. */
function Body({ question: q }: { question: Question }) {
  const code = q.kind === 'spot-line' ? q.dockerfile : q.code?.text;
  return (
    <>
      {q.kind === 'order' && <p>Put these steps in order.</p>}
      {q.kind === 'predict' && q.command && (
        <p>
          Command: <code>{q.command}</code>
        </p>
      )}
      {code && (
        <pre className="present-code overflow-x-auto rounded-lg border border-zinc-300 bg-zinc-50 p-4 font-mono dark:border-zinc-700 dark:bg-zinc-900">
          {q.kind === 'spot-line'
            ? code
                .split('\n')
                .map((line, i) => `${String(i + 1).padStart(2, ' ')}  ${line}`)
                .join('\n')
            : code}
        </pre>
      )}
      {(q.kind === 'single' || q.kind === 'multiple' || q.kind === 'predict') && (
        <ul className="list-none space-y-2 pl-0">
          {q.options.map((o, i) => (
            <li key={o.id}>
              <span className="font-semibold">{LETTERS[i] ?? '?'}.</span>{' '}
              <Markdown html={renderMarkdown(o.text)} />
            </li>
          ))}
        </ul>
      )}
      {q.kind === 'order' && (
        <ul className="list-none space-y-2 pl-0">
          {shuffled(q.steps, seededRandom(q.id)).map((s) => (
            <li key={s.id}>
              <Markdown html={renderMarkdown(s.text)} />
            </li>
          ))}
        </ul>
      )}
      {q.kind === 'multiple' && <p className="text-[0.8em] opacity-80">More than one answer may be right.</p>}
    </>
  );
}

/** Props of {@link quizSlides}. */
export interface QuizSlidesInput {
  questions: Question[];
  figures: Record<string, EstimateFigure | null>;
  /** Index of the first quiz slide in the deck. */
  first: number;
}

/**
 * The lesson's check questions as slides: the question, then (one press) the answer with its explanation.
 * Returns plain sections for the deck.
 */
export function quizSlides({ questions, figures, first }: QuizSlidesInput) {
  return questions.map((q, i) => (
    <section key={`quiz-${q.id}`} data-slide={String(first + i)} data-quiz={q.id}>
      <h2>
        Check {i + 1} of {questions.length}
      </h2>
      <p className="font-semibold">
        <Markdown html={renderMarkdown(q.prompt)} />
      </p>
      <Body question={q} />
      <Answer question={q} figure={figures[q.id] ?? null} />
    </section>
  ));
}
