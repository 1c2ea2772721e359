'use client';

/**
 * "Predict": before the build, the learner ticks the stages a `--target` builds and picks a size band;
 * Check simulates and explains every miss from the model.
 */
import { useCallback, useState } from 'react';
import { CodeSpans } from '@/components/ui/code-spans';
import type { SimulationResult } from '@/lib/build/types';
import { SIZE_BANDS, gradePrediction } from '@/lib/course/challenges';
import { AnswerFrame, Verdict, useCheck } from './answer-frame';
import type { PredictChallengeProps } from './types';

const LEGEND = 'm-0 mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-50';
const CHOICE = 'flex items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200';

/** The predict challenge (client component). */
export function PredictChallenge(props: PredictChallengeProps) {
  const [stages, setStages] = useState<string[]>([]);
  const [band, setBand] = useState<string | null>(null);
  const grade = useCallback(
    (result: SimulationResult) => gradePrediction(result, { stages, band }),
    [stages, band],
  );
  const { state, graded, check, clear } = useCheck(props, grade);
  const name = `predict-${props.id}`;
  const form = (
    <div className="flex flex-wrap gap-x-10 gap-y-3">
      <fieldset className="m-0 border-0 p-0">
        <legend className={LEGEND}>
          Which stages does {props.target ? <code>--target {props.target}</code> : 'the build'} run?
        </legend>
        {props.stages.map((stage) => (
          <label key={stage} className={CHOICE}>
            <input
              type="checkbox"
              name={`${name}-stages`}
              value={stage}
              checked={stages.includes(stage)}
              onChange={(event) => {
                clear();
                setStages((now) => (event.target.checked ? [...now, stage] : now.filter((s) => s !== stage)));
              }}
            />
            <code>{stage}</code>
          </label>
        ))}
      </fieldset>
      <fieldset className="m-0 border-0 p-0">
        <legend className={LEGEND}>Roughly how big is the final image?</legend>
        {SIZE_BANDS.map((b) => (
          <label key={b.id} className={CHOICE}>
            <input
              type="radio"
              name={`${name}-size`}
              value={b.id}
              checked={band === b.id}
              onChange={() => {
                clear();
                setBand(b.id);
              }}
            />
            {b.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
  const result = graded && (
    <div className="space-y-2">
      <Verdict passed={graded.passed}>{graded.message}</Verdict>
      <ul
        className="m-0 list-none space-y-1 p-0 text-sm text-zinc-800 dark:text-zinc-200"
        aria-label="Stages"
      >
        {graded.stages.map((s) => (
          <li key={s.stage}>
            <span aria-hidden="true">{s.correct ? '✓' : '✗'}</span> <code>{s.stage}</code> is{' '}
            {s.built ? 'built' : 'not built'}
            {s.correct ? '' : ` (you said it is${s.predicted ? '' : ' not'})`}: <CodeSpans text={s.why} />
          </li>
        ))}
      </ul>
      {graded.size && (
        <p className="m-0 text-sm text-zinc-800 dark:text-zinc-200">
          <span aria-hidden="true">{graded.size.correct ? '✓' : '✗'}</span> Size:{' '}
          {graded.size.accepted.map((b) => b.label).join(' or ')}
          {graded.size.picked && !graded.size.correct ? ` (you said ${graded.size.picked.label})` : ''}.{' '}
          <CodeSpans text={graded.size.story} />
        </p>
      )}
    </div>
  );
  return (
    <AnswerFrame
      props={props}
      form={form}
      result={result}
      state={state}
      onCheck={check}
      canCheck={band !== null}
    />
  );
}
