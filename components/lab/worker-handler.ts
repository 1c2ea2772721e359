/**
 * The simulator worker's logic, separate from the worker's message plumbing so it can be tested in
 * Node: it keeps the registered build contexts and answers each request. It never throws: an engine
 * failure becomes an `error` answer and the lab keeps showing its last good result.
 */
import type { Builder } from '@/lib/build/plan/types';
import type { BuildContext, RunOutcome, SimulatedImage, SimulationResult } from '@/lib/build/types';
import { computeCompletions, type CatalogImageName } from './dockerfile-completion';
import { computeHover } from './dockerfile-hover';
import type { Gradable } from '@/lib/course/grade';
import type { GoalResult } from '@/lib/course/exercise-types';
import { createTerminalSessions } from './terminal-sessions';
import type { GradeSummary, WorkerRequest, WorkerResponse } from './worker-protocol';

/** The engine functions the worker calls (the real ones in the worker; fakes in tests). */
export interface WorkerEngine {
  simulate(
    text: string,
    options: { context: BuildContext; target?: string | null; builder?: Builder },
  ): SimulationResult;
  runImage(image: SimulatedImage, options?: { stdin?: string }): RunOutcome;
  /** Catalog images for completion and hover. */
  images(): CatalogImageName[];
  /** Grades `text` against an exercise's goals (`gradeExercise`). */
  grade?(exercise: Gradable, text: string, context: BuildContext): GoalResult[];
  now?(): number;
}

const EMPTY_CONTEXT: BuildContext = { files: [] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the request handler of one worker; contexts registered through it live as long as it does. */
export function createWorkerHandler(engine: WorkerEngine): (request: WorkerRequest) => WorkerResponse {
  const contexts = new Map<string, BuildContext>();
  const exercises = new Map<string, Gradable>();
  let images: CatalogImageName[] | null = null;
  const catalog = () => (images ??= safeImages(engine));
  const now = engine.now ?? (() => performance.now());
  const terminals = createTerminalSessions((key) => contexts.get(key) ?? EMPTY_CONTEXT);

  return (request) => {
    try {
      switch (request.kind) {
        case 'context':
          contexts.set(request.key, request.context);
          return { kind: 'context', id: request.id };
        case 'exercise':
          exercises.set(request.exerciseId, request.gradable);
          return { kind: 'exercise', id: request.id };
        case 'simulate': {
          const started = now();
          const context = contexts.get(request.contextKey) ?? EMPTY_CONTEXT;
          const result = engine.simulate(request.text, {
            context,
            target: request.target,
            builder: request.builder,
          });
          const run = result.image
            ? engine.runImage(result.image, request.stdin === null ? {} : { stdin: request.stdin })
            : null;
          const exercise = request.exerciseId ? exercises.get(request.exerciseId) : undefined;
          const grade =
            exercise && engine.grade ? summarize(engine.grade(exercise, request.text, context)) : null;
          return { kind: 'simulate', id: request.id, result, run, grade, durationMs: now() - started };
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
          return terminals.run(request.id, request.line, request);
        case 'terminal-key':
          return terminals.key(request.id, request.key, request);
        case 'terminal-complete':
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
