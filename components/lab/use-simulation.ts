'use client';

/**
 * Runs the simulator for a lab's text in the worker as the learner types. Requests are coalesced:
 * at most one every {@link MIN_INTERVAL_MS} (a burst of keystrokes becomes one simulation, sent when
 * the burst's pause comes or the interval has passed), and an answer older than one already shown
 * is dropped. When the text does not build, the last good result stays on screen and only the
 * diagnostics follow the text. "Pending" is reported only when an answer takes longer than
 * {@link PENDING_DELAY_MS}, so fast updates never flicker.
 */
import { useEffect, useRef, useState } from 'react';
import type { Builder } from '@/lib/plan/types';
import type { BuildContext, RunOutcome, SimulationResult } from '@/lib/build/types';
import type { Diagnostic } from '@/lib/diagnostics';
import type { Gradable } from '@/lib/course/grade';
import { getSimulatorClient } from './simulator-client';
import type { GradeSummary } from '@/lib/worker/protocol';

/** Least time between two simulations of one lab (ms). */
export const MIN_INTERVAL_MS = 120;
/** An answer slower than this shows the "simulating…" state (ms). */
export const PENDING_DELAY_MS = 150;
/** Name of the performance measure from an edit to the panel showing its result. */
export const UPDATE_MEASURE = 'stagecraft:lab-update';

/** Same name as the editor's mark (kept here so the lab does not load the editor module). */
const EDIT_MARK = 'stagecraft:edit';

/** When the learner last typed (the editor's mark), else now. Clears the marks it read. */
function lastEditTime(): number {
  const marks = performance.getEntriesByName(EDIT_MARK, 'mark');
  const now = performance.now();
  if (!marks.length) return now;
  performance.clearMarks(EDIT_MARK);
  const last = marks[marks.length - 1].startTime;
  // A mark older than a second belongs to another lab's edit, not to this change.
  return now - last < 1000 ? last : now;
}

/** What a lab simulates. */
export interface SimulationInput {
  text: string;
  contextKey: string;
  context: BuildContext;
  target: string | null;
  builder: Builder;
  stdin: string | null;
  exerciseId: string | null;
  gradable?: Gradable | null;
}

/** What the panel shows. */
export interface SimulationState {
  /** The last result that produced an image (or the latest one when none ever did). */
  result: SimulationResult | null;
  run: RunOutcome | null;
  /** Diagnostics of the latest text. */
  diagnostics: Diagnostic[];
  pending: boolean;
  /** Final size shown before the current one, for "↓ 859 MB". */
  previousSizeBytes: number | null;
  grade: GradeSummary | null;
  /** The simulator failed (message for the learner), or null. */
  error: string | null;
  /** Increments each time a new answer is shown. */
  revision: number;
}

const INITIAL: SimulationState = {
  result: null,
  run: null,
  diagnostics: [],
  pending: false,
  previousSizeBytes: null,
  grade: null,
  error: null,
  revision: 0,
};

/** Simulates `input` whenever it changes (see the module comment for the timing rules). */
export function useSimulation(input: SimulationInput, enabled = true): SimulationState {
  const [state, setState] = useState<SimulationState>(INITIAL);
  const seq = useRef(0);
  const shown = useRef(0);
  const lastSent = useRef(-Infinity);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editedAt = useRef(0);
  const measured = useRef(0);
  const { text, contextKey, target, builder, stdin, exerciseId } = input;
  // The context and goals are identified by their keys; the objects may be recreated by the caller.
  const data = useRef({ context: input.context, gradable: input.gradable });
  useEffect(() => {
    data.current = { context: input.context, gradable: input.gradable };
  });

  useEffect(() => {
    if (!enabled) return;
    editedAt.current = lastEditTime();
    const client = getSimulatorClient();
    client.ensureContext(contextKey, data.current.context);
    const gradable = data.current.gradable;
    if (exerciseId && gradable) client.ensureExercise(exerciseId, gradable);
    const send = () => {
      timer.current = null;
      lastSent.current = performance.now();
      const id = ++seq.current;
      const edited = editedAt.current;
      pendingTimer.current ??= setTimeout(() => setState((s) => ({ ...s, pending: true })), PENDING_DELAY_MS);
      void client
        .request({ kind: 'simulate', contextKey, text, target, builder, stdin, exerciseId })
        .then((answer) => {
          if (id <= shown.current) return; // an older answer than the one on screen
          shown.current = id;
          if (id === seq.current && pendingTimer.current) {
            clearTimeout(pendingTimer.current);
            pendingTimer.current = null;
          }
          const latest = id === seq.current;
          setState((s) => {
            if (answer.kind === 'error')
              return {
                ...s,
                pending: latest ? false : s.pending,
                error: answer.message,
                revision: s.revision + 1,
              };
            if (answer.kind !== 'simulate') return s;
            const builds = answer.result.image !== null || s.result === null;
            const size = answer.result.image?.sizeBytes ?? null;
            const oldSize = s.result?.image?.sizeBytes ?? null;
            return {
              result: builds ? answer.result : s.result,
              run: builds ? answer.run : s.run,
              diagnostics: answer.result.diagnostics,
              pending: latest ? false : s.pending,
              previousSizeBytes:
                builds && size !== oldSize && oldSize !== null ? oldSize : s.previousSizeBytes,
              grade: answer.grade,
              error: null,
              revision: s.revision + 1,
            };
          });
          measured.current = edited;
        });
    };
    if (timer.current) clearTimeout(timer.current);
    const wait = Math.max(0, lastSent.current + MIN_INTERVAL_MS - performance.now());
    if (wait === 0) send();
    else timer.current = setTimeout(send, wait);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [enabled, text, contextKey, target, builder, stdin, exerciseId]);

  // After the panel has rendered an answer: record how long the edit took to show.
  useEffect(() => {
    if (state.revision === 0 || measured.current === 0) return;
    const start = measured.current;
    measured.current = 0;
    try {
      performance.measure(UPDATE_MEASURE, { start, end: performance.now() });
    } catch {
      // Older browsers without measure options: the figure is only for benchmarks.
    }
  }, [state.revision]);

  useEffect(
    () => () => {
      if (pendingTimer.current) clearTimeout(pendingTimer.current);
    },
    [],
  );

  return state;
}
