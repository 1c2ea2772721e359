'use client';

/**
 * A graded exercise: instructions, a lab opened on the starting Dockerfile, the goals graded live by
 * outcome (the simulator builds and runs the learner's text), hints revealed one at a time, and the
 * solution behind a confirmation. The result is recorded in the learner's progress.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Builder } from '@/lib/plan/types';
import type { BuildContext } from '@/lib/build/types';
import type { Goal } from '@/lib/course/exercise-types';
import { visibleLines } from '@/components/editor/editor-theme';
import { loadProgressStore } from '@/components/progress/browser-store';
import { domId, LabNotices } from './dockerfile-lab';
import { ExerciseGoals } from './exercise-goals';
import { LabWorkbench } from './lab-workbench';
import { EXERCISE_BUTTON as BUTTON, HintList, NextHintButton } from './hint-list';
import { RichText } from './rich-text';
import { useLabDraft } from './use-lab-draft';
import { useSimulation } from './use-simulation';

/** Props of {@link ExerciseLab}: the exercise as loaded at build time. */
export interface ExerciseLabProps {
  id: string;
  title: string;
  instructions: string;
  exampleId: string;
  target: string | null;
  /** Build options of the exercise (`--build-arg`, `--secret`, `--platform`); absent: none. */
  buildArgs?: Record<string, string>;
  secrets?: string[];
  platforms?: string[];
  goals: Array<Goal & { label: string }>;
  hints: string[];
  start: string;
  solution: string;
  context: BuildContext;
  stdin: string | null;
  /** The size of the image the starting Dockerfile builds (simulated at build time), for the scoreboard. */
  startSizeBytes?: number | null;
  /** False inside a challenge ladder, which shows the title itself. */
  titled?: boolean;
}

/** The exercise (client component). */
export function ExerciseLab(props: ExerciseLabProps) {
  const { id, title, instructions, exampleId, goals, hints, start, solution, context, stdin } = props;
  const draft = useLabDraft(`exercise:${id}`, start);
  const [target, setTarget] = useState<string | null>(props.target);
  const [builder, setBuilder] = useState<Builder>('buildkit');
  const [hintsShown, setHintsShown] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [lines] = useState(() => Math.max(visibleLines(start), visibleLines(solution)));
  const { buildArgs, secrets, platforms } = props;
  const gradable = useMemo(
    () => ({ goals, target: props.target, buildArgs, secrets, platforms }),
    [goals, props.target, buildArgs, secrets, platforms],
  );
  const simulation = useSimulation({
    text: draft.text,
    contextKey: exampleId,
    context,
    target,
    builder,
    stdin,
    exerciseId: id,
    gradable,
  });
  const grade = simulation.grade;
  const domKey = domId(`exercise-${id}`);

  // Record the outcome once the learner has changed the starting Dockerfile, whenever it changes.
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!grade || !draft.changed) return;
    const goalsMet = grade.goals.filter((g) => g.met).length;
    const sizeBytes = simulation.result?.image?.sizeBytes ?? null;
    const key = `${grade.passed}:${goalsMet}:${grade.passed ? sizeBytes : ''}`;
    if (recorded.current === key) return;
    recorded.current = key;
    const result = {
      passed: grade.passed,
      goalsMet,
      goalsTotal: grade.goals.length,
      sizeBytes,
      startSizeBytes: props.startSizeBytes ?? null,
      goalsReached: grade.goals.filter((g) => g.met).map((g) => g.label),
    };
    loadProgressStore()
      .then((store) => store.recordExercise(id, result))
      .catch(() => {
        // Progress is a convenience; the exercise works without it.
      });
  }, [grade, draft.changed, id, simulation.result, props.startSizeBytes]);

  return (
    <section
      aria-labelledby={`${domKey}-heading`}
      className="not-prose breakout my-10"
      data-testid="exercise"
    >
      <div className="rounded-t-xl border border-b-0 border-zinc-200 bg-zinc-50 px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900">
        <p
          id={`${domKey}-heading`}
          className={
            props.titled === false ? 'sr-only' : 'm-0 text-base font-semibold text-zinc-900 dark:text-zinc-50'
          }
        >
          Exercise: {title}
        </p>
        <div className="text-sm text-zinc-800 dark:text-zinc-200">
          <RichText text={instructions} />
        </div>
      </div>
      <LabWorkbench
        attached
        id={domKey}
        contextKey={exampleId}
        exerciseId={id}
        title={`${exampleId} · your Dockerfile`}
        editorLabel={`Exercise ${title}`}
        text={draft.text}
        onTextChange={draft.setText}
        lines={lines}
        simulation={simulation}
        target={target}
        onTargetChange={setTarget}
        builder={builder}
        onBuilderChange={setBuilder}
        toolbar={
          <button type="button" className={BUTTON} onClick={draft.reset} disabled={!draft.changed}>
            Reset to the original
          </button>
        }
        notices={<LabNotices restored={draft.restored} notice={draft.notice} />}
        belowEditor={
          <div className="border-t border-zinc-200 dark:border-zinc-700">
            <ExerciseGoals labels={goals.map((g) => g.label)} grade={grade} pending={simulation.pending} />
            <div className="border-t border-zinc-200 px-3 py-2 dark:border-zinc-700">
              <HintList hints={hints} shown={hintsShown} />
              <div className="flex flex-wrap items-center gap-2">
                <NextHintButton hints={hints} shown={hintsShown} onShow={setHintsShown} />
                {!confirming ? (
                  <button type="button" className={BUTTON} onClick={() => setConfirming(true)}>
                    Show the solution…
                  </button>
                ) : (
                  <span
                    role="group"
                    aria-label="Confirm showing the solution"
                    className="flex flex-wrap items-center gap-2 text-xs"
                  >
                    <span className="text-zinc-800 dark:text-zinc-200">
                      Replace your Dockerfile with the solution? (Ctrl+Z in the editor undoes it.)
                    </span>
                    <button
                      type="button"
                      className={BUTTON}
                      autoFocus
                      onClick={() => {
                        draft.setText(solution);
                        setConfirming(false);
                      }}
                    >
                      Yes, show the solution
                    </button>
                    <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
                      Cancel
                    </button>
                  </span>
                )}
              </div>
            </div>
          </div>
        }
      />
    </section>
  );
}
