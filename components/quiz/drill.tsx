'use client';

import { useEffect, useRef, useState } from 'react';
import { useProgress } from '@/components/progress/use-progress';
import { formatClock, pickDrill, weakTopics, type WeakTopic } from '@/lib/quiz/drill';
import type { ClientQuestion } from '@/lib/quiz/prepare';
import type { QuestionGrade } from '@/lib/quiz/score';
import { formatPoints, gradeClient, type AnswerMap } from './grading';
import { QuestionView } from './question-view';

const COUNTS = [5, 10, 20] as const;
const MINUTES = [2, 5, 10] as const;

type Run = {
  questions: ClientQuestion[];
  startedAt: number;
  limitMs: number;
  index: number;
  answers: AnswerMap;
};
type Result = {
  questions: ClientQuestion[];
  answers: AnswerMap;
  grades: Record<string, QuestionGrade>;
  score: number;
  max: number;
  durationMs: number;
  timedOut: boolean;
  weak: WeakTopic[];
};

const button = 'rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600';
const secondary =
  'rounded-lg border border-zinc-400 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800';

/** One drill setting as a row of radio buttons. */
function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  name: string;
  options: readonly number[];
  value: number;
  onChange: (value: number) => void;
  label: (value: number) => string;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex gap-3">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="accent-accent-700"
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The timed drill: N questions against the clock without feedback, then the score, the time, the weak
 * topics with links back to the lessons, and every question's feedback. The best result is stored.
 */
export function Drill({ questions }: { questions: ClientQuestion[] }) {
  const { data, store } = useProgress();
  const [count, setCount] = useState<number>(10);
  const [minutes, setMinutes] = useState<number>(5);
  const [run, setRun] = useState<Run | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const best = data.drills.best;

  const finish = (current: Run, timedOut: boolean) => {
    // Questions the clock (or "Finish now") cut off before they were shown score nothing.
    const grades: Record<string, QuestionGrade> = {};
    current.questions.forEach((q, i) => {
      grades[q.id] =
        i <= current.index ? gradeClient(q, current.answers) : { score: 0, status: 'unanswered' };
    });
    const score = Math.round(Object.values(grades).reduce((sum, g) => sum + g.score, 0) * 100) / 100;
    const max = current.questions.length;
    const durationMs = Math.min(Date.now() - current.startedAt, current.limitMs);
    const weak = weakTopics(current.questions, grades);
    store?.recordDrill({
      score,
      total: Math.max(max, 1),
      durationMs,
      timeLimitMs: current.limitMs,
      weakLessons: weak.map((w) => w.lesson),
    });
    setRun(null);
    setResult({
      questions: current.questions,
      answers: current.answers,
      grades,
      score,
      max,
      durationMs,
      timedOut,
      weak,
    });
    setAnnouncement(
      `${timedOut ? 'Time is up. ' : ''}Drill finished: ${formatPoints(score)} of ${max} points.`,
    );
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  useEffect(() => {
    if (!run) return;
    const timer = window.setInterval(() => {
      const t = Date.now();
      if (t - run.startedAt >= run.limitMs) finish(run, true);
      else setNow(t);
    }, 250);
    return () => window.clearInterval(timer);
    // The interval restarts whenever the run changes (every answer), so `finish` always sees the latest run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run]);

  const remaining = run ? Math.max(0, run.limitMs - (now - run.startedAt)) : 0;

  const start = () => {
    const picked = pickDrill(questions, count, Math.random);
    const startedAt = Date.now();
    setResult(null);
    setNow(startedAt);
    setRun({ questions: picked, startedAt, limitMs: minutes * 60_000, index: 0, answers: {} });
    setAnnouncement(`Drill started: ${picked.length} questions, ${minutes} minutes.`);
    requestAnimationFrame(() => questionRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  const advance = () => {
    if (!run) return;
    if (run.index + 1 >= run.questions.length) return finish(run, false);
    setRun({ ...run, index: run.index + 1 });
    requestAnimationFrame(() => questionRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  if (run) {
    const q = run.questions[run.index];
    const last = run.index + 1 >= run.questions.length;
    return (
      <div>
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-zinc-100 px-4 py-2 dark:bg-zinc-800">
          <p className="font-medium">
            Question {run.index + 1} of {run.questions.length}
          </p>
          <p role="timer" aria-label="Time left" className="font-mono text-lg font-semibold tabular-nums">
            {formatClock(remaining)}
          </p>
        </div>
        <p className="sr-only" aria-live="polite">
          {remaining <= 60_000 && remaining > 50_000 ? 'One minute left.' : announcement}
        </p>
        <div ref={questionRef} className="mt-4">
          <QuestionView
            key={q.id}
            question={q}
            idPrefix="drill"
            answer={run.answers[q.id]}
            onAnswer={(a) => {
              const answers = { ...run.answers };
              if (a === undefined) delete answers[q.id];
              else answers[q.id] = a;
              setRun({ ...run, answers });
            }}
            grade={null}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" onClick={advance} className={button}>
            {last ? 'Finish drill' : 'Next question'}
          </button>
          {!last && (
            <button type="button" onClick={() => finish(run, false)} className={secondary}>
              Finish now
            </button>
          )}
        </div>
      </div>
    );
  }

  return (
    <div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {result && (
        <section
          aria-labelledby="drill-result"
          className="mb-8 rounded-xl border border-accent-300 p-4 dark:border-accent-700"
        >
          <h3
            id="drill-result"
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold"
            data-testid="drill-result"
          >
            {result.timedOut ? 'Time is up. ' : ''}Score: {formatPoints(result.score)} of {result.max} points
            in {formatClock(result.durationMs)}
          </h3>
          {result.weak.length > 0 ? (
            <>
              <p className="mt-2">Topics to review:</p>
              <ul className="mt-1 list-disc pl-6">
                {result.weak.map((w) => (
                  <li key={w.lesson}>
                    <a
                      href={w.href}
                      className="text-accent-700 underline underline-offset-2 dark:text-accent-300"
                    >
                      {w.topic}
                    </a>{' '}
                    ({formatPoints(w.lost)} of {w.asked} {w.asked === 1 ? 'point' : 'points'} lost)
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-2">No weak topics in this drill. Well done.</p>
          )}
          <details className="mt-4">
            <summary className="cursor-pointer font-medium">Review every question</summary>
            <div className="mt-3 space-y-4">
              {result.questions.map((q, i) => (
                <QuestionView
                  key={q.id}
                  question={q}
                  idPrefix="drill-review"
                  label={`Question ${i + 1}`}
                  answer={result.answers[q.id]}
                  onAnswer={() => {}}
                  grade={result.grades[q.id]}
                />
              ))}
            </div>
          </details>
        </section>
      )}
      <fieldset className="flex flex-wrap gap-x-8 gap-y-4">
        <legend className="sr-only">Drill settings</legend>
        <RadioGroup
          legend="Questions"
          name="drill-count"
          options={COUNTS}
          value={count}
          onChange={setCount}
          label={(n) => `${n}`}
        />
        <RadioGroup
          legend="Time limit"
          name="drill-minutes"
          options={MINUTES}
          value={minutes}
          onChange={setMinutes}
          label={(m) => `${m} min`}
        />
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="button" onClick={start} className={button}>
          {result ? 'Start another drill' : 'Start drill'}
        </button>
        {best && (
          <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="drill-best">
            Best result: {formatPoints(best.score)} of {best.total} in {formatClock(best.durationMs)}
          </p>
        )}
      </div>
    </div>
  );
}
