'use client';

import type { ClientQuestion } from '@/lib/quiz/prepare';
import { answerFits, type QuestionGrade } from '@/lib/quiz/score';
import type { EstimateQuestion, QuizAnswer } from '@/lib/quiz/types';
import { ChoiceInput } from './choice-input';
import { EstimateInput } from './estimate-input';
import { formatPoints } from './grading';
import { LinePicker } from './line-picker';
import { OrderInput } from './order-input';
import { Markdown } from '@/components/ui/markdown';

/** Props of one question. */
export interface QuestionViewProps {
  question: ClientQuestion;
  answer: QuizAnswer | undefined;
  onAnswer(answer: QuizAnswer | undefined): void;
  /** When set, the answer is locked and the feedback shown. */
  grade: QuestionGrade | null;
  /** Unique per page, e.g. `quiz-02-q3`. */
  idPrefix: string;
  /** "Question 2 of 5", shown before the prompt. */
  label?: string;
}

const KIND_HINT: Record<ClientQuestion['kind'], string> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply.',
  order: 'Put the steps in order with the up and down buttons.',
  'spot-line': 'Pick the line that causes the problem.',
  predict: 'Predict the outcome.',
  estimate: 'Estimate the size.',
};

const STATUS_TEXT: Record<QuestionGrade['status'], string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  wrong: 'Not quite',
  unanswered: 'Not answered',
};

/** One question in a fieldset whose legend is the prompt; the feedback follows once graded. */
export function QuestionView({
  question: q,
  answer: given,
  onAnswer,
  grade,
  idPrefix,
  label,
}: QuestionViewProps) {
  // An answer of the wrong shape (damaged or imported data) is shown as no answer rather than trusted.
  const answer = given !== undefined && answerFits(q, given) ? given : undefined;
  const revealed = grade !== null;
  const name = `${idPrefix}-${q.id}`;
  return (
    <fieldset
      className="rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800"
      data-question={q.id}
    >
      <legend className="float-left w-full">
        {label && <span className="block text-sm font-medium text-zinc-600 dark:text-zinc-400">{label}</span>}
        <span className="block text-base font-semibold text-zinc-900 dark:text-zinc-100">
          <Markdown html={q.prompt} />
        </span>
        <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{KIND_HINT[q.kind]}</span>
      </legend>
      <div className="clear-both">
        {q.code && (
          <pre className="mt-3 overflow-x-auto rounded-lg border border-zinc-300 bg-zinc-50 p-3 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900">
            <code>{q.code.text}</code>
          </pre>
        )}
        {q.kind === 'predict' && q.command && (
          <p className="mt-3 font-mono text-sm">
            <span className="text-zinc-600 select-none dark:text-zinc-400">$ </span>
            {q.command}
          </p>
        )}
        {(q.kind === 'single' || q.kind === 'multiple' || q.kind === 'predict') && (
          <ChoiceInput
            name={name}
            options={q.options}
            multiple={q.kind === 'multiple'}
            value={answer as string | string[] | undefined}
            onChange={onAnswer}
            revealed={revealed}
          />
        )}
        {q.kind === 'order' && (
          <OrderInput
            name={name}
            steps={q.steps}
            value={(answer as string[] | undefined) ?? q.initialOrder ?? q.steps.map((s) => s.id)}
            onChange={onAnswer}
            revealed={revealed}
          />
        )}
        {q.kind === 'spot-line' && (
          <LinePicker
            name={name}
            question={q}
            value={answer as number | undefined}
            onChange={onAnswer}
            revealed={revealed}
          />
        )}
        {q.kind === 'estimate' && (
          <EstimateInput
            name={name}
            question={q as EstimateQuestion & ClientQuestion}
            value={answer as number | undefined}
            onChange={onAnswer}
            revealed={revealed}
          />
        )}
        {grade && (
          <div className="mt-4 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-800">
            <p className="font-semibold">
              {STATUS_TEXT[grade.status]}: {formatPoints(grade.score)} of 1 point.
            </p>
            {q.explanation && (
              <p className="mt-1 text-zinc-800 dark:text-zinc-200">
                <Markdown html={q.explanation} />
              </p>
            )}
            <p className="mt-1">
              <a
                href={q.href}
                className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300"
              >
                Read more in “{q.topic}”
              </a>
            </p>
          </div>
        )}
      </div>
    </fieldset>
  );
}
