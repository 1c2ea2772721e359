/**
 * The page's simulator worker: one per page, shared by every lab and terminal, behind the watchdog
 * client of `lib/worker/client`.
 */
import { createSimulatorClient, type SimulatorClient, type WorkerLike } from '@/lib/worker/client';

export type { SimulatorClient } from '@/lib/worker/client';

let shared: SimulatorClient | null = null;

function startWorker(): WorkerLike {
  // Exactly this shape (no other options) is what the bundler recognises as a worker entry.
  return new Worker(new URL('./simulator.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/** The page's simulator worker, started on first use (browser only). */
export function getSimulatorClient(): SimulatorClient {
  shared ??= createSimulatorClient(startWorker);
  return shared;
}
