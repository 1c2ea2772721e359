/**
 * The main thread's side of the simulator worker: one worker per page, shared by every lab, with
 * promise-based requests matched to answers by id. Build contexts are sent once per key.
 */
import type { BuildContext } from '@/lib/build/types';
import type { Gradable } from '@/lib/course/grade';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** A request without its id (the client assigns ids). */
type Outgoing = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The simulator worker as the lab uses it. */
export interface SimulatorClient {
  /** Sends a request; resolves with the worker's answer (an `error` answer if the worker failed). */
  request(message: Outgoing): Promise<WorkerResponse>;
  /** Registers a build context once; later calls with the same key do nothing. */
  ensureContext(key: string, context: BuildContext): void;
  /** Registers an exercise's goals once, for grading simulations that name it. */
  ensureExercise(exerciseId: string, gradable: Gradable): void;
}

let shared: SimulatorClient | null = null;

function createClient(): SimulatorClient {
  // Exactly this shape (no other options) is what the bundler recognises as a worker entry.
  const worker = new Worker(new URL('./simulator.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (response: WorkerResponse) => void>();
  const registered = new Set<string>();
  const exercises = new Set<string>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const resolve = pending.get(event.data.id);
    if (!resolve) return;
    pending.delete(event.data.id);
    resolve(event.data);
  };
  worker.onerror = (event) => {
    // A failure to load or a crash: answer everything outstanding so no lab waits forever.
    const message = `The simulator could not run${event.message ? `: ${event.message}` : '.'}`;
    for (const [id, resolve] of pending) resolve({ kind: 'error', id, message });
    pending.clear();
  };

  return {
    request(message) {
      const id = nextId++;
      return new Promise<WorkerResponse>((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ ...message, id } as WorkerRequest);
      });
    },
    ensureContext(key, context) {
      if (registered.has(key)) return;
      registered.add(key);
      const id = nextId++;
      worker.postMessage({ kind: 'context', id, key, context } satisfies WorkerRequest);
    },
    ensureExercise(exerciseId, gradable) {
      if (exercises.has(exerciseId)) return;
      exercises.add(exerciseId);
      const id = nextId++;
      worker.postMessage({ kind: 'exercise', id, exerciseId, gradable } satisfies WorkerRequest);
    },
  };
}

/** The page's simulator worker, started on first use (browser only). */
export function getSimulatorClient(): SimulatorClient {
  shared ??= createClient();
  return shared;
}
