/** One simulation in the page's worker, for a challenge's check (browser only). */
import { getSimulatorClient } from '@/components/lab/simulator-client';
import type { BuildContext, SimulationResult } from '@/lib/build/types';

/** Simulates `text` with BuildKit for `target` on the example's context; rejects with the worker's error. */
export async function simulateOnce(input: {
  exampleId: string;
  context: BuildContext;
  text: string;
  target: string | null;
}): Promise<SimulationResult> {
  const client = getSimulatorClient();
  client.ensureContext(input.exampleId, input.context);
  const answer = await client.request({
    kind: 'simulate',
    contextKey: input.exampleId,
    text: input.text,
    target: input.target,
    builder: 'buildkit',
    stdin: null,
    exerciseId: null,
  });
  if (answer.kind === 'simulate') return answer.result;
  throw new Error(answer.kind === 'error' ? answer.message : 'The simulator gave no answer.');
}
