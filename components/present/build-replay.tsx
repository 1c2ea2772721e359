'use client';

/**
 * Build replay: the lab's build played on its stage graph in the order BuildKit would run it. Stages are
 * columns by dependency depth (stages in one column run together); skipped stages stay grey with the
 * reason; each step shows its instruction and, once complete, its layer's size. The beat is a teaching
 * pace, not the build's speed: the simulator knows the order and the sizes, not durations.
 */
import { useEffect, useMemo, useState } from 'react';
import { getSimulatorClient } from '@/components/lab/simulator-client';
import { stageColor } from '@/components/simulator/stage-colors';
import { readableSize } from '@/lib/build/format';
import { replayFrame, replayPlan, type ReplayPlan } from '@/lib/build/replay';
import { LabDialog } from './lab-dialog';
import { currentLabText, type LabToolProps } from './lab-tool-types';

/** One beat of the replay when playing (ms): a presentation pace. */
const BEAT_MS = 900;

const controlClass =
  'min-h-10 rounded-md border border-zinc-300 px-3 font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

const STATUS_TEXT = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  skipped: 'skipped',
  failed: 'failed',
} as const;

export default function BuildReplay({
  labId,
  example,
  target,
  originalText,
  context,
  onClose,
}: LabToolProps) {
  const [plan, setPlan] = useState<ReplayPlan | { error: string } | null>(null);
  const [tick, setTick] = useState(0);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const text = await currentLabText(labId, originalText);
      const client = getSimulatorClient();
      client.ensureContext(example, context);
      const answer = await client.request({
        kind: 'simulate',
        contextKey: example,
        text,
        target,
        builder: 'buildkit',
        stdin: null,
        exerciseId: null,
      });
      if (cancelled) return;
      if (answer.kind === 'simulate') setPlan(replayPlan(answer.result));
      else setPlan({ error: answer.kind === 'error' ? answer.message : 'The simulator did not answer.' });
    })();
    return () => {
      cancelled = true;
    };
  }, [labId, example, target, originalText, context]);

  const ready = plan !== null && !('error' in plan) ? plan : null;
  const total = ready?.totalTicks ?? 0;
  // Playing stops by itself at the last step.
  const running = playing && tick < total;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setTick((t) => t + 1), BEAT_MS);
    return () => clearTimeout(timer);
  }, [running, tick]);

  const frame = useMemo(() => (ready ? replayFrame(ready, tick) : null), [ready, tick]);

  return (
    <LabDialog title="Build replay" onClose={onClose}>
      {plan === null && <p>Simulating the build…</p>}
      {plan && 'error' in plan && <p role="alert">{plan.error}</p>}
      {ready && frame && (
        <>
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <button type="button" className={controlClass} onClick={() => setTick(0)} disabled={tick === 0}>
              Restart
            </button>
            <button
              type="button"
              className={controlClass}
              onClick={() => setTick((t) => Math.max(0, t - 1))}
              disabled={tick === 0}
            >
              Step back
            </button>
            <button
              type="button"
              className={controlClass}
              onClick={() => {
                if (tick >= total) {
                  setTick(0);
                  setPlaying(true);
                } else setPlaying(!running);
              }}
            >
              {running ? 'Pause' : tick >= total ? 'Play again' : 'Play'}
            </button>
            <button
              type="button"
              className={controlClass}
              onClick={() => setTick((t) => Math.min(total, t + 1))}
              disabled={tick >= total}
            >
              Step
            </button>
            <span className="text-sm tabular-nums" data-testid="replay-progress">
              Step {tick} of {total}
            </span>
          </div>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Columns run in order; stages in one column do not depend on each other, so BuildKit runs them at
            the same time. The order and the sizes are the simulator&apos;s; the pace is not the build&apos;s
            speed.
          </p>
          <ol className="flex gap-4 overflow-x-auto pb-2" aria-label="Stages in build order">
            {ready.waves.map((wave, w) => (
              <li key={w} className="min-w-[16rem] flex-1">
                <p className="mb-2 text-sm font-semibold">
                  {w === 0 ? 'First' : `Then (${w + 1})`}
                  {frame.wave === w && (
                    <span className="ml-2 text-accent-700 dark:text-accent-300">running</span>
                  )}
                </p>
                <ul className="space-y-3">
                  {wave.map((index) => {
                    const stage = ready.stages[index]!;
                    const state = frame.stages[index]!;
                    const color = stageColor(index);
                    return (
                      <li
                        key={index}
                        data-stage={stage.name}
                        data-status={state.status}
                        className="rounded-lg border-2 p-3 data-[status=waiting]:border-dashed"
                        style={{
                          borderColor: color.solid,
                          background: state.status === 'waiting' ? undefined : color.soft,
                        }}
                      >
                        <p className="font-semibold">
                          {stage.name}
                          {stage.isTarget && ' (target: the image)'}{' '}
                          <span className="text-sm font-normal">· {STATUS_TEXT[state.status]}</span>
                        </p>
                        <ol className="mt-2 space-y-1 font-mono text-sm">
                          {stage.steps.map((step, i) => (
                            <li
                              key={i}
                              className={
                                i < state.completed ? 'font-semibold' : 'text-zinc-700 dark:text-zinc-300'
                              }
                            >
                              <span className="break-all">{step.instruction}</span>
                              {i < state.completed && (
                                <span className="ml-2 font-sans font-semibold whitespace-nowrap">
                                  {step.empty ? '0 B (metadata)' : readableSize(step.sizeBytes)}
                                </span>
                              )}
                            </li>
                          ))}
                        </ol>
                        {state.status === 'done' && stage.sizeBytes !== null && (
                          <p className="mt-2 text-sm">Stage image: {readableSize(stage.sizeBytes)}</p>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          {ready.stages.some((s) => !s.built) && (
            <div className="mt-4">
              <p className="text-sm font-semibold">Skipped</p>
              <ul className="space-y-2">
                {ready.stages
                  .filter((s) => !s.built)
                  .map((stage) => (
                    <li
                      key={stage.index}
                      data-stage={stage.name}
                      data-status="skipped"
                      className="rounded-lg border-2 border-dashed border-zinc-400 p-2 text-zinc-600 dark:text-zinc-400"
                    >
                      {stage.name}: {stage.skippedReason ?? 'not built'}
                    </li>
                  ))}
              </ul>
            </div>
          )}
          <p className="mt-4 text-xl" aria-live="polite" data-testid="replay-final">
            {frame.finished
              ? ready.finalSizeBytes !== null
                ? `Done: the image is ≈ ${readableSize(ready.finalSizeBytes)}.`
                : 'The build stops before an image: see the lab for the error.'
              : ''}
          </p>
        </>
      )}
    </LabDialog>
  );
}
