'use client';

/**
 * What the answered challenges share: the instructions, the Dockerfile with line numbers and the build
 * command, the hints, the Check button with its state, and recording the result in the learner's progress.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { EXERCISE_BUTTON, HintList, NextHintButton } from '@/components/lab/hint-list';
import { Markdown } from '@/components/ui/markdown';
import { loadProgressStore } from '@/components/progress/browser-store';
import type { SimulationResult } from '@/lib/build/types';
import type { AnsweredChallengeProps } from './types';
import { simulateOnce } from './simulate-once';

/** Check states: not checked, simulating, checked, or the simulator failed (message). */
export type CheckState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'done' } | { kind: 'error'; message: string };

/** Simulates the challenge's Dockerfile, grades with `grade`, and records a pass or a miss. */
export function useCheck<G extends { passed: boolean }>(
  props: AnsweredChallengeProps,
  grade: (result: SimulationResult) => G,
): { state: CheckState; graded: G | null; check(): void; clear(): void } {
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const [graded, setGraded] = useState<G | null>(null);
  const { exampleId, context, dockerfile, target, id } = props;
  const check = useCallback(() => {
    setState({ kind: 'pending' });
    simulateOnce({ exampleId, context, text: dockerfile, target })
      .then((result) => {
        const outcome = grade(result);
        setGraded(outcome);
        setState({ kind: 'done' });
        loadProgressStore()
          .then((store) =>
            store.recordExercise(id, {
              passed: outcome.passed,
              goalsMet: outcome.passed ? 1 : 0,
              goalsTotal: 1,
              goalsReached: outcome.passed ? ['Answered right'] : [],
            }),
          )
          .catch(() => {
            // Progress is a convenience; the challenge works without it.
          });
      })
      .catch((error: unknown) =>
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  }, [exampleId, context, dockerfile, target, id, grade]);
  const clear = useCallback(() => {
    setGraded(null);
    setState({ kind: 'idle' });
  }, []);
  return { state, graded, check, clear };
}

/** The Dockerfile as numbered lines (read-only), with the command that builds it. */
export function DockerfileListing({
  text,
  target,
  label,
}: {
  text: string;
  target: string | null;
  label: string;
}) {
  const lines = text.replace(/\n$/, '').split('\n');
  return (
    <figure className="m-0">
      <figcaption className="px-3 pt-2 font-mono text-xs text-zinc-700 dark:text-zinc-300">
        $ docker build{target ? ` --target ${target}` : ''} .
      </figcaption>
      <pre
        tabIndex={0}
        aria-label={label}
        className="m-0 max-h-96 overflow-auto bg-white px-3 py-2 font-mono text-xs leading-5 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
      >
        {lines.map((line, i) => (
          <div key={i} className="flex">
            <span
              aria-hidden="true"
              className="w-8 shrink-0 select-none pr-2 text-right text-zinc-600 dark:text-zinc-400"
            >
              {i + 1}
            </span>
            <code className="whitespace-pre">{line || ' '}</code>
          </div>
        ))}
      </pre>
    </figure>
  );
}

/** The frame: instructions, Dockerfile, the answer form (children), Check, hints, and the result. */
export function AnswerFrame({
  props,
  form,
  result,
  state,
  onCheck,
  canCheck,
}: {
  props: AnsweredChallengeProps;
  form: ReactNode;
  result: ReactNode;
  state: CheckState;
  onCheck(): void;
  canCheck: boolean;
}) {
  const [hintsShown, setHintsShown] = useState(0);
  return (
    <div>
      <div className="px-4 py-3 text-sm text-zinc-800 dark:text-zinc-200">
        <Markdown html={props.instructions} />
      </div>
      <div className="border-y border-zinc-200 dark:border-zinc-700">
        <DockerfileListing
          text={props.dockerfile}
          target={props.target}
          label={`${props.exampleId} Dockerfile`}
        />
      </div>
      <form
        className="px-4 py-3"
        onSubmit={(event) => {
          event.preventDefault();
          onCheck();
        }}
      >
        {form}
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="submit" className={EXERCISE_BUTTON} disabled={!canCheck || state.kind === 'pending'}>
            {state.kind === 'pending' ? 'Simulating…' : 'Check'}
          </button>
          <NextHintButton hints={props.hints} shown={hintsShown} onShow={setHintsShown} />
        </div>
      </form>
      <div className="px-4 pb-1">
        <HintList hints={props.hints} shown={hintsShown} />
      </div>
      <div aria-live="polite" className="px-4 pb-3" data-testid="challenge-result">
        {state.kind === 'error' ? (
          <p className="m-0 text-sm text-red-800 dark:text-red-300">The simulator failed: {state.message}</p>
        ) : state.kind === 'done' ? (
          result
        ) : null}
      </div>
    </div>
  );
}

/** "Right" or "Not quite" in the result's colours. */
export function Verdict({ passed, children }: { passed: boolean; children: ReactNode }) {
  return (
    <p
      className={`m-0 text-sm font-semibold ${passed ? 'text-emerald-800 dark:text-emerald-300' : 'text-amber-900 dark:text-amber-200'}`}
      data-testid="challenge-verdict"
    >
      {passed ? '✓ ' : '✗ '}
      {children}
    </p>
  );
}
