/**
 * The simulator worker's logic, separate from the worker's message plumbing so it can be tested in
 * Node: it keeps the registered build contexts and answers each request. It never throws: an engine
 * failure becomes an `error` answer and the lab keeps showing its last good result.
 */
import type { Builder } from '../plan/types';
import type { BuildContext, RunOutcome, SimulatedImage, SimulationResult } from '../build/types';
import { computeCompletions, type CatalogImageName } from '../language/completion';
import { computeHover } from '../language/hover';
import type { Gradable } from '../course/grade';
import type { ImageInventory } from '../build/inventory';
import type { GoalResult } from '../course/exercise-types';
import type { GradeSummary, TerminalTarget, WorkerRequest, WorkerResponse } from './protocol';
import { sizeChange } from '../fix-size';
import { applyEdits } from '../lint/fixes';
import { catalogGeneration } from '../catalog/generation';

/** The simulated terminals of one worker: their docker sessions live as long as the worker. */
export interface TerminalSessions {
  run(id: number, line: string, target: TerminalTarget): WorkerResponse;
  /** Ctrl+C or Ctrl+D sent to the terminal's foreground. */
  key(id: number, key: 'interrupt' | 'eof', target: TerminalTarget): WorkerResponse;
  complete(id: number, line: string, target: TerminalTarget): WorkerResponse;
}

/** The engine functions the worker calls (the real ones in the worker; fakes in tests). */
export interface WorkerEngine {
  simulate(
    text: string,
    options: {
      context: BuildContext;
      target?: string | null;
      builder?: Builder;
      buildArgs?: Record<string, string>;
      secrets?: readonly string[];
      platform?: string;
    },
  ): SimulationResult;
  runImage(image: SimulatedImage, options?: { stdin?: string }): RunOutcome;
  /** What a scanner indexes in an image (`imageInventory`); none: no inventory is sent. */
  inventory?(image: SimulatedImage): ImageInventory;
  /** Catalog images for completion and hover. */
  images(): CatalogImageName[];
  /**
   * Grades `text` against an exercise's goals (`gradeExercise`). `prebuilt` is the simulation (and
   * run) the worker already made for the exercise's target, so grading does not simulate again.
   */
  grade?(
    exercise: Gradable,
    text: string,
    context: BuildContext,
    prebuilt?: { result: SimulationResult; run?: RunOutcome | null; stdin?: string },
  ): GoalResult[];
  now?(): number;
  /** Creates the terminal sessions, reading registered contexts through `contextOf`; none: no terminal. */
  terminals?(contextOf: (key: string) => BuildContext): TerminalSessions;
}

const EMPTY_CONTEXT: BuildContext = { files: [] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the request handler of one worker; contexts registered through it live as long as it does. */
export function createWorkerHandler(engine: WorkerEngine): (request: WorkerRequest) => WorkerResponse {
  const contexts = new Map<string, BuildContext>();
  const exercises = new Map<string, Gradable>();
  // The images for completion and hover, listed again once more catalog data has been loaded.
  let images: { generation: number; list: CatalogImageName[] } | null = null;
  const catalog = () => {
    if (images?.generation !== catalogGeneration())
      images = { generation: catalogGeneration(), list: safeImages(engine) };
    return images.list;
  };
  const now = engine.now ?? (() => performance.now());
  const terminals = engine.terminals?.((key) => contexts.get(key) ?? EMPTY_CONTEXT) ?? null;
  let lastBefore: { key: string; text: string; result: SimulationResult } | null = null;

  /** A lab's simulation options; an exercise's build options apply too (grade and panel agree). */
  const optionsOf = (request: {
    contextKey: string;
    target: string | null;
    builder: Builder;
    exerciseId: string | null;
  }): Parameters<WorkerEngine['simulate']>[1] => {
    const exercise = request.exerciseId ? exercises.get(request.exerciseId) : undefined;
    return {
      context: contexts.get(request.contextKey) ?? EMPTY_CONTEXT,
      target: request.target,
      builder: request.builder,
      ...(exercise?.buildArgs ? { buildArgs: exercise.buildArgs } : {}),
      ...(exercise?.secrets ? { secrets: exercise.secrets } : {}),
      ...(exercise?.platforms?.[0] ? { platform: exercise.platforms[0] } : {}),
    };
  };

  return (request) => {
    try {
      switch (request.kind) {
        case 'context':
          contexts.set(request.key, request.context);
          lastBefore = null;
          return { kind: 'context', id: request.id };
        case 'exercise':
          exercises.set(request.exerciseId, request.gradable);
          return { kind: 'exercise', id: request.id };
        case 'simulate': {
          const started = now();
          const context = contexts.get(request.contextKey) ?? EMPTY_CONTEXT;
          const exercise = request.exerciseId ? exercises.get(request.exerciseId) : undefined;
          const result = engine.simulate(request.text, optionsOf(request));
          const run = result.image
            ? engine.runImage(result.image, request.stdin === null ? {} : { stdin: request.stdin })
            : null;
          // The simulation above is the exercise's own build when target and builder agree: grade from it.
          const same =
            exercise !== undefined &&
            (request.target ?? null) === (exercise.target ?? null) &&
            (request.builder ?? 'buildkit') === 'buildkit';
          const prebuilt = same
            ? { result, run, ...(request.stdin === null ? {} : { stdin: request.stdin }) }
            : undefined;
          const grade =
            exercise && engine.grade
              ? summarize(engine.grade(exercise, request.text, context, prebuilt))
              : null;
          const inventory = result.image && engine.inventory ? engine.inventory(result.image) : null;
          return {
            kind: 'simulate',
            id: request.id,
            result,
            run,
            grade,
            inventory,
            durationMs: now() - started,
          };
        }
        case 'fix-size': {
          // The text as it is is simulated once for all the fixes offered on it.
          const key = JSON.stringify([
            request.contextKey,
            request.target,
            request.builder,
            request.exerciseId,
          ]);
          if (!lastBefore || lastBefore.key !== key || lastBefore.text !== request.text) {
            lastBefore = {
              key,
              text: request.text,
              result: engine.simulate(request.text, optionsOf(request)),
            };
          }
          const after = engine.simulate(applyEdits(request.text, request.edits), optionsOf(request));
          return {
            kind: 'fix-size',
            id: request.id,
            change: sizeChange(lastBefore.result.image, after.image),
          };
        }
        case 'complete':
          return {
            kind: 'complete',
            id: request.id,
            items: computeCompletions(request.text, request.line, request.column, catalog()),
          };
        case 'hover':
          return {
            kind: 'hover',
            id: request.id,
            hover: computeHover(request.text, request.line, request.column, catalog()),
          };
        case 'terminal':
          if (!terminals) return { kind: 'error', id: request.id, message: 'This page has no terminal.' };
          return terminals.run(request.id, request.line, request);
        case 'terminal-key':
          if (!terminals) return { kind: 'error', id: request.id, message: 'This page has no terminal.' };
          return terminals.key(request.id, request.key, request);
        case 'terminal-complete':
          if (!terminals) return { kind: 'error', id: request.id, message: 'This page has no terminal.' };
          return terminals.complete(request.id, request.line, request);
        default:
          return { kind: 'error', id: (request as { id?: number }).id ?? -1, message: 'Unknown request.' };
      }
    } catch (error) {
      return { kind: 'error', id: request.id, message: `The simulator failed: ${messageOf(error)}` };
    }
  };
}

function summarize(results: GoalResult[]): GradeSummary {
  return {
    passed: results.length > 0 && results.every((r) => r.passed),
    goals: results.map((r, index) => ({
      index,
      label: r.goal.label,
      met: r.passed,
      unknown: r.verdict === 'unknown',
      detail: r.message || null,
    })),
  };
}

function safeImages(engine: WorkerEngine): CatalogImageName[] {
  try {
    return engine.images();
  } catch {
    return [];
  }
}
