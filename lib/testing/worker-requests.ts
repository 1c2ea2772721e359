/**
 * Worker requests the worker tests send (lib/worker/*.test.ts).
 */
import type { WorkerRequest } from '../worker/protocol';

/** A lab's simulation of `text`: an empty context, BuildKit, no target, input or exercise. */
export function simulateRequest(text: string): WorkerRequest {
  return {
    kind: 'simulate',
    id: 1,
    contextKey: 'k',
    text,
    target: null,
    builder: 'buildkit',
    stdin: null,
    exerciseId: null,
  };
}
