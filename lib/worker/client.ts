/**
 * The main thread's side of the simulator worker, without the browser: requests matched to answers by
 * id, build contexts and exercises sent once, and a watchdog. When the worker gives no answer for
 * `budgetMs` while requests wait (a Dockerfile that takes too long, an engine loop), the client
 * terminates it, answers every waiting request with an `error` that says so, and starts a new worker
 * with the same contexts and exercises, so the editor and the rest of the page keep working.
 */
import type { BuildContext } from '../build/types';
import type { Gradable } from '../course/grade';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A request without its id (the client assigns ids). */
export type Outgoing = WorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

/** The part of a Web Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** The simulator worker as the labs and terminals use it. */
export interface SimulatorClient {
  /** Sends a request; resolves with the worker's answer (an `error` answer if the worker failed). */
  request(message: Outgoing): Promise<WorkerResponse>;
  /** Registers a build context once; later calls with the same key do nothing. */
  ensureContext(key: string, context: BuildContext): void;
  /** Registers an exercise's goals once, for grading simulations that name it. */
  ensureExercise(exerciseId: string, gradable: Gradable): void;
}

export interface ClientOptions {
  /** How long the worker may go without answering while requests wait (ms). */
  budgetMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Ten seconds: the slowest lesson Dockerfile takes well under one on a phone. */
export const WATCHDOG_BUDGET_MS = 10_000;

/** What a request that ran past the budget is answered with. */
export function tooLongMessage(kind: WorkerRequest['kind'], budgetMs: number): string {
  const seconds = Math.round(budgetMs / 1000);
  if (kind === 'terminal' || kind === 'terminal-complete')
    return `This command takes too long to simulate (over ${seconds} s): the simulator stopped it and restarted, so the terminal's images are gone.`;
  return `This Dockerfile takes too long to simulate (over ${seconds} s): the simulator stopped and restarted. Undo the last change or shorten the Dockerfile.`;
}

export function createSimulatorClient(
  startWorker: () => WorkerLike,
  options: ClientOptions = {},
): SimulatorClient {
  const budgetMs = options.budgetMs ?? WATCHDOG_BUDGET_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const pending = new Map<number, { kind: WorkerRequest['kind']; resolve: (r: WorkerResponse) => void }>();
  const contexts = new Map<string, BuildContext>();
  const exercises = new Map<string, Gradable>();
  let nextId = 1;
  let timer: unknown = null;
  let worker = start();

  function start(): WorkerLike {
    const w = startWorker();
    w.onmessage = (event) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      rearm();
      waiting.resolve(event.data);
    };
    w.onerror = (event) => {
      // A failure to load or a crash: answer everything outstanding so no lab waits forever.
      const message = `The simulator could not run${event.message ? `: ${event.message}` : '.'}`;
      answerAll(() => message);
    };
    for (const [key, context] of contexts) w.postMessage({ kind: 'context', id: nextId++, key, context });
    for (const [exerciseId, gradable] of exercises)
      w.postMessage({ kind: 'exercise', id: nextId++, exerciseId, gradable });
    return w;
  }

  function answerAll(message: (kind: WorkerRequest['kind']) => string): void {
    const waiting = [...pending];
    pending.clear();
    rearm();
    for (const [id, { kind, resolve }] of waiting) resolve({ kind: 'error', id, message: message(kind) });
  }

  /** The budget runs from the last answer (or the first request): a long queue of quick answers is fine. */
  function rearm(): void {
    if (timer !== null) clearTimer(timer);
    timer = pending.size > 0 ? setTimer(expire, budgetMs) : null;
  }

  function expire(): void {
    timer = null;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    answerAll((kind) => tooLongMessage(kind, budgetMs));
    worker = start();
  }

  return {
    request(message) {
      const id = nextId++;
      return new Promise<WorkerResponse>((resolve) => {
        pending.set(id, { kind: message.kind, resolve });
        if (timer === null) rearm();
        worker.postMessage({ ...message, id } as WorkerRequest);
      });
    },
    ensureContext(key, context) {
      if (contexts.has(key)) return;
      contexts.set(key, context);
      worker.postMessage({ kind: 'context', id: nextId++, key, context });
    },
    ensureExercise(exerciseId, gradable) {
      if (exercises.has(exerciseId)) return;
      exercises.set(exerciseId, gradable);
      worker.postMessage({ kind: 'exercise', id: nextId++, exerciseId, gradable });
    },
  };
}
