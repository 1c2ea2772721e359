/**
 * A build replay: the order in which BuildKit would run a simulated build, as a sequence of ticks to step
 * through. Stages are grouped into waves by their depth in the stage graph (a stage runs once every stage
 * it reads from is done; stages of one wave do not depend on each other and BuildKit runs them
 * concurrently); within a wave each stage completes one of its own steps per tick. Ticks are an order,
 * not a time: the model has no durations and invents none. Pure; never throws.
 */
import type { SimulationResult } from './types';

/** One step of a stage: an instruction that produced a layer (possibly empty, like ENV). */
export interface ReplayStep {
  instruction: string;
  line: number | null;
  sizeBytes: number;
  /** Metadata only (0 B in `docker history`). */
  empty: boolean;
}

/** A stage as the replay shows it. */
export interface ReplayStage {
  index: number;
  /** BuildKit's name for it (`build`, `stage-1`, …). */
  name: string;
  built: boolean;
  /** Why the builder skips it, for a stage that is not built. */
  skippedReason: string | null;
  isTarget: boolean;
  /** Wave (0-based) the stage runs in; null when it is not built. */
  wave: number | null;
  /** The stages (indexes) it waits for. */
  dependsOn: number[];
  /** Its own steps, in order (layers of its base image are not steps of this build). */
  steps: ReplayStep[];
  /** Bytes of the stage's image when done (its base plus its steps), or null when it could not be built. */
  sizeBytes: number | null;
}

/** The whole replay. */
export interface ReplayPlan {
  stages: ReplayStage[];
  /** Stage indexes per wave, in order. */
  waves: number[][];
  /** First tick of each wave (ticks count from 0; tick 0 is "nothing run yet"). */
  waveStarts: number[];
  /** Number of ticks to the end: the last tick shows the finished build. */
  totalTicks: number;
  /** The built image's size, or null when the build stops before an image. */
  finalSizeBytes: number | null;
  /** Index of the target stage, or null. */
  target: number | null;
}

/** A stage's state at one tick. */
export type ReplayStatus = 'waiting' | 'running' | 'done' | 'skipped' | 'failed';

/** Where every stage is at one tick. */
export interface ReplayFrame {
  tick: number;
  /** Per stage (by index): its status and how many of its steps are complete. */
  stages: Array<{ status: ReplayStatus; completed: number }>;
  /** The wave running at this tick, or null before the start and after the end. */
  wave: number | null;
  /** True at the last tick. */
  finished: boolean;
}

/** Works out the waves and steps of `result`'s build. */
export function replayPlan(result: SimulationResult): ReplayPlan {
  const graph = result.graph;
  const built = new Set(graph.buildOrder);
  const deps = new Map<number, Set<number>>();
  for (const edge of graph.edges) {
    if (edge.from.kind !== 'stage' || !built.has(edge.from.index) || !built.has(edge.to)) continue;
    if (edge.from.index === edge.to) continue;
    const set = deps.get(edge.to) ?? new Set<number>();
    set.add(edge.from.index);
    deps.set(edge.to, set);
  }
  // buildOrder lists dependencies first, so one pass in that order settles every depth.
  const depth = new Map<number, number>();
  for (const index of graph.buildOrder) {
    let d = 0;
    for (const dep of deps.get(index) ?? []) d = Math.max(d, (depth.get(dep) ?? 0) + 1);
    depth.set(index, d);
  }
  const waveCount = depth.size === 0 ? 0 : Math.max(...depth.values()) + 1;
  const waves: number[][] = Array.from({ length: waveCount }, () => []);
  for (const index of graph.buildOrder) waves[depth.get(index) ?? 0]?.push(index);

  const stages: ReplayStage[] = graph.stages.map((stage) => {
    const image = result.stages[stage.index] ?? null;
    const steps: ReplayStep[] = (image?.layers ?? [])
      .filter((layer) => layer.stageIndex === stage.index)
      .map((layer) => ({
        instruction: layer.instruction,
        line: layer.line,
        sizeBytes: layer.sizeBytes,
        empty: layer.empty,
      }));
    return {
      index: stage.index,
      name: stage.displayName || `stage-${stage.index}`,
      built: built.has(stage.index),
      skippedReason: stage.skippedReason,
      isTarget: stage.isTarget,
      wave: depth.get(stage.index) ?? null,
      dependsOn: [...(deps.get(stage.index) ?? [])].sort((a, b) => a - b),
      steps,
      sizeBytes: image ? image.sizeBytes : null,
    };
  });

  const waveStarts: number[] = [];
  let tick = 1;
  for (const wave of waves) {
    waveStarts.push(tick);
    const longest = Math.max(1, ...wave.map((index) => stages[index]?.steps.length ?? 0));
    tick += longest;
  }
  return {
    stages,
    waves,
    waveStarts,
    totalTicks: tick - 1,
    finalSizeBytes: result.image ? result.image.sizeBytes : null,
    target: graph.target,
  };
}

/** Where the build is after `tick` ticks (clamped to 0…totalTicks). */
export function replayFrame(plan: ReplayPlan, tick: number): ReplayFrame {
  const t = Math.min(Math.max(0, Math.floor(Number.isFinite(tick) ? tick : 0)), plan.totalTicks);
  let running: number | null = null;
  plan.waveStarts.forEach((start, wave) => {
    const next = plan.waveStarts[wave + 1] ?? plan.totalTicks + 1;
    if (t >= start && t < next) running = wave;
  });
  const stages = plan.stages.map((stage) => {
    if (!stage.built || stage.wave === null) return { status: 'skipped' as const, completed: 0 };
    const start = plan.waveStarts[stage.wave] ?? 0;
    if (t < start) return { status: 'waiting' as const, completed: 0 };
    const completed = Math.min(stage.steps.length, t - start + 1);
    if (completed < stage.steps.length) return { status: 'running' as const, completed };
    if (stage.sizeBytes === null) return { status: 'failed' as const, completed };
    return { status: 'done' as const, completed };
  });
  return { tick: t, stages, wave: running, finished: t === plan.totalTicks };
}
