'use client';

import { useMemo, useRef, useState } from 'react';
import { useProgress } from '@/components/progress/use-progress';
import { lessonSlug } from '@/lib/quiz/lessons';
import { fittingAnswers } from '@/lib/quiz/score';
import type { ClientQuestion } from '@/lib/quiz/prepare';
import {
  effectiveAnswer,
  formatPoints,
  gradeClient,
  isAnswered,
  isGradable,
  scoreAll,
  type AnswerMap,
} from './grading';
import { QuestionView } from './question-view';

/** Props of a lesson's end check. */
export interface LessonQuizProps {
  /** The quiz id (= the lesson id, e.g. `02-multi-stage-builds`). */
  quizId: string;
  title: string;
  questions: ClientQuestion[];
}

/** A share of the points at or above which finishing the check also marks the lesson completed. */
export const COMPLETION_SHARE = 0.6;

type Phase = 'fresh' | 'editing' | 'submitted';

/**
 * A lesson's end check: all questions, one "Check answers" button, feedback for every option, and the
 * score recorded in the learner's progress. The last attempt is shown again after a reload.
 */
export function LessonQuiz({ quizId, title, questions }: LessonQuizProps) {
  const { data, store } = useProgress();
  const stored = data.quizzes[quizId] ?? null;
  const [phase, setPhase] = useState<Phase>('fresh');
  const [answers, setAnswers] = useState<AnswerMap>({});
  const [message, setMessage] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLElement>(null);

  // Stored answers come from this browser or an imported file: only those that fit their question are shown.
  const storedAnswers = stored?.last.answers;
  const trusted = useMemo(() => fittingAnswers(questions, storedAnswers), [questions, storedAnswers]);
  const showingStored = phase === 'fresh' && stored !== null;
  const shownAnswers: AnswerMap = showingStored ? trusted.answers : answers;
  const submitted = phase === 'submitted' || showingStored;
  const { score, max } = scoreAll(questions, shownAnswers);
  const headingId = `quiz-${quizId}-title`;

  const submit = () => {
    const missing = questions.filter((q) => isGradable(q) && !isAnswered(q, answers));
    if (missing.length > 0) {
      setMessage(`Answer every question first: ${missing.length} left.`);
      const first = rootRef.current?.querySelector<HTMLElement>(
        `[data-question="${missing[0].id}"] input:not([disabled]), [data-question="${missing[0].id}"] button:not([disabled])`,
      );
      first?.focus();
      return;
    }
    const full: AnswerMap = {};
    for (const q of questions) {
      const a = effectiveAnswer(q, answers);
      if (a !== undefined) full[q.id] = a;
    }
    const result = scoreAll(questions, full);
    store?.recordQuiz(quizId, { score: result.score, max: Math.max(result.max, 1), answers: full });
    // Taking the check counts as a visit; a good enough score also completes the lesson.
    if (result.max > 0 && result.score / result.max >= COMPLETION_SHARE)
      store?.markLessonCompleted(lessonSlug(quizId));
    else store?.markLessonVisited(lessonSlug(quizId));
    setAnswers(full);
    setPhase('submitted');
    setMessage(`You scored ${formatPoints(result.score)} of ${result.max} points.`);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setAnswers({});
    setPhase('editing');
    setMessage('Answers cleared. Try again.');
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  return (
    <section
      ref={rootRef}
      aria-labelledby={headingId}
      className="not-prose my-10 rounded-2xl border border-accent-300 p-4 sm:p-6 dark:border-accent-700"
    >
      <h2 id={headingId} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {questions.length} questions. Every question is worth 1 point; multiple choice, ordering and estimates
        give partial credit. {Math.round(COMPLETION_SHARE * 100)} % or more also marks the lesson completed.{' '}
        {stored && `Best so far: ${formatPoints(stored.best.score)} of ${stored.best.max}.`}
      </p>
      {showingStored && trusted.setAside.length > 0 && (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300" data-testid="quiz-set-aside">
          {trusted.setAside.length === 1
            ? '1 saved answer did not match its question and is not shown.'
            : `${trusted.setAside.length} saved answers did not match their questions and are not shown.`}{' '}
          Try the check again to record new answers.
        </p>
      )}
      <div className="mt-5 space-y-5">
        {questions.map((q, i) => (
          <QuestionView
            key={q.id}
            question={q}
            idPrefix={`quiz-${quizId}`}
            label={`Question ${i + 1} of ${questions.length}`}
            answer={shownAnswers[q.id]}
            onAnswer={(a) => {
              setMessage('');
              setAnswers((prev) => {
                const next = { ...prev };
                if (a === undefined) delete next[q.id];
                else next[q.id] = a;
                return next;
              });
            }}
            grade={submitted && isGradable(q) ? gradeClient(q, shownAnswers) : null}
          />
        ))}
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {submitted ? (
          <>
            <h3 ref={resultRef} tabIndex={-1} className="text-lg font-semibold" data-testid="quiz-result">
              {showingStored ? 'Your last result' : 'Your result'}: {formatPoints(score)} of {max} points
            </h3>
            <button
              type="button"
              onClick={retry}
              className="rounded-lg border border-zinc-400 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
            >
              Try again
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={submit}
            className="rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600"
          >
            Check answers
          </button>
        )}
        <p aria-live="polite" role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {message}
        </p>
      </div>
    </section>
  );
}
