/**
 * The editor's completion and hover, answered by the simulator worker.
 */
import type { LanguageSource } from '@/components/editor/language-source';
import { getSimulatorClient } from './simulator-client';

/** Completion and hover from the page's simulator worker. */
export const workerLanguageSource: LanguageSource = {
  async complete(text, line, column) {
    const answer = await getSimulatorClient().request({ kind: 'complete', text, line, column });
    return answer.kind === 'complete' ? answer.items : [];
  },
  async hover(text, line, column) {
    const answer = await getSimulatorClient().request({ kind: 'hover', text, line, column });
    return answer.kind === 'hover' ? answer.hover : null;
  },
};
