'use client';

import { useId, useRef, useState } from 'react';
import { LESSON_IDS, LESSON_TOPICS } from '@/lib/quiz/lessons';
import { seededRandom, shuffled, type ClientQuestion } from '@/lib/quiz/prepare';
import type { QuestionGrade } from '@/lib/quiz/score';
import type { QuizAnswer } from '@/lib/quiz/types';
import { formatPoints, gradeClient, isAnswered, isGradable } from './grading';
import { QuestionView } from './question-view';

/** Practice mode: one question at a time with immediate feedback, optionally limited to one lesson. */
export function Practice({ questions }: { questions: ClientQuestion[] }) {
  const selectId = useId();
  const [lesson, setLesson] = useState('all');
  /** Null: course order; otherwise the seed of a random order (chosen when the box is ticked). */
  const [seed, setSeed] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<QuizAnswer | undefined>(undefined);
  const [grade, setGrade] = useState<QuestionGrade | null>(null);
  const [tally, setTally] = useState({ score: 0, max: 0 });
  const [message, setMessage] = useState('');
  const questionRef = useRef<HTMLDivElement>(null);

  const filtered = lesson === 'all' ? questions : questions.filter((q) => q.lesson === lesson);
  const pool = seed === null ? filtered : shuffled(filtered, seededRandom(seed));
  const q = pool[index % Math.max(pool.length, 1)];

  const reset = (nextIndex: number) => {
    setIndex(nextIndex);
    setAnswer(undefined);
    setGrade(null);
    setMessage('');
  };

  const check = () => {
    if (!q) return;
    const answers = answer === undefined ? {} : { [q.id]: answer };
    if (!isGradable(q)) {
      setMessage('This question cannot be scored in this build.');
      return;
    }
    if (!isAnswered(q, answers)) {
      setMessage('Choose an answer first.');
      return;
    }
    const g = gradeClient(q, answers);
    setGrade(g);
    setTally((t) => ({ score: Math.round((t.score + g.score) * 100) / 100, max: t.max + 1 }));
    setMessage(
      g.status === 'correct'
        ? 'Correct.'
        : g.status === 'partial'
          ? `Partly correct: ${formatPoints(g.score)} of 1.`
          : 'Not quite. See the explanations.',
    );
  };

  const next = () => {
    reset((index + 1) % Math.max(pool.length, 1));
    requestAnimationFrame(() => questionRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  return (
    <div>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium">
            Lesson
          </label>
          <select
            id={selectId}
            value={lesson}
            onChange={(e) => {
              setLesson(e.currentTarget.value);
              reset(0);
            }}
            className="mt-1 rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
          >
            <option value="all">All lessons ({questions.length} questions)</option>
            {LESSON_IDS.map((id) => (
              <option key={id} value={id}>
                {LESSON_TOPICS[id]} ({questions.filter((x) => x.lesson === id).length})
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-1.5">
          <input
            type="checkbox"
            checked={seed !== null}
            onChange={(e) => {
              setSeed(e.currentTarget.checked ? String(Math.random()) : null);
              reset(0);
            }}
            className="h-4 w-4 accent-accent-700"
          />
          Random order
        </label>
        <p className="pb-1.5 text-sm text-zinc-700 dark:text-zinc-300">
          This session: {formatPoints(tally.score)} of {tally.max} points
        </p>
      </div>
      {q ? (
        <div ref={questionRef} className="mt-5">
          <QuestionView
            key={q.id}
            question={q}
            idPrefix="practice"
            label={`Question ${(index % pool.length) + 1} of ${pool.length}`}
            answer={answer}
            onAnswer={(a) => {
              setAnswer(a);
              setMessage('');
            }}
            grade={grade}
          />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            {grade ? (
              <button
                type="button"
                onClick={next}
                className="rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600"
              >
                Next question
              </button>
            ) : (
              <>
                <button
                  type="button"
                  onClick={check}
                  className="rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600"
                >
                  Check
                </button>
                <button
                  type="button"
                  onClick={next}
                  className="rounded-lg border border-zinc-400 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
                >
                  Skip
                </button>
              </>
            )}
            <p role="status" aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
              {message}
            </p>
          </div>
        </div>
      ) : (
        <p className="mt-5">No questions for this lesson yet.</p>
      )}
    </div>
  );
}
