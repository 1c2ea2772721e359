'use client';

import type { ClientQuestion } from '@/lib/quiz/prepare';
import { checkEstimate } from '@/lib/quiz/score';
import type { EstimateQuestion } from '@/lib/quiz/types';

/** Props of an estimate question's input. */
export interface EstimateInputProps {
  name: string;
  question: EstimateQuestion & ClientQuestion;
  value: number | undefined;
  onChange(value: number | undefined): void;
  revealed: boolean;
}

function mb(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** A number field in MB; once revealed, the simulator's figure, the band and where the answer fell. */
export function EstimateInput({ name, question, value, onChange, revealed }: EstimateInputProps) {
  const id = `${name}-estimate`;
  const figure = question.figure ?? null;
  const check = figure && value !== undefined ? checkEstimate(question, value, figure.bytes) : null;
  const approx = figure && figure.confidence !== 'exact' ? '≈ ' : '';
  return (
    <div className="mt-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300" id={`${id}-rule`}>
        Answer in MB (1 MB = 1,000,000 bytes, as <code className="font-mono">docker images</code> counts).
        Full marks within ±{question.tolerancePercent} % of the simulator&apos;s figure, half marks within ±
        {question.tolerancePercent * 2} %.
      </p>
      <div className="mt-2 flex items-center gap-2">
        <label htmlFor={id} className="font-medium">
          Your estimate
        </label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={value ?? ''}
          disabled={revealed}
          aria-describedby={`${id}-rule`}
          onChange={(event) => {
            const n = event.currentTarget.valueAsNumber;
            onChange(Number.isFinite(n) && n >= 0 ? n : undefined);
          }}
          className="w-32 rounded-md border border-zinc-400 bg-white px-2 py-1 font-mono dark:border-zinc-600 dark:bg-zinc-900"
        />
        <span aria-hidden="true">MB</span>
      </div>
      {!figure && (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-200">
          The simulator could not compute this image&apos;s size in this build, so this question is not
          scored.
        </p>
      )}
      {revealed && figure && (
        <p className="mt-2 text-sm text-zinc-800 dark:text-zinc-200">
          <strong className="font-semibold">
            The simulator&apos;s figure: {approx}
            {figure.text}
          </strong>
          {figure.confidence !== 'exact' && ` (an estimate, ${figure.confidence} confidence)`}. Full marks
          from {mb(check?.lowMB ?? (figure.bytes / 1e6) * (1 - question.tolerancePercent / 100))} to{' '}
          {mb(check?.highMB ?? (figure.bytes / 1e6) * (1 + question.tolerancePercent / 100))} MB.
          {value !== undefined && ` You answered ${value} MB.`}
        </p>
      )}
    </div>
  );
}
