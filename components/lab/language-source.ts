/**
 * The editor's completion, hover and quick-fix sizes, answered by the simulator worker.
 */
import type { LanguageSource } from '@/components/editor/language-source';
import type { FixSpec } from '@/components/editor/markers';
import type { Builder } from '@/lib/plan/types';
import type { TextEdit } from '@/lib/diagnostics';
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

/** What a lab simulates, so a quick fix's size is worked out the way its panel's is. */
export interface LabBuild {
  contextKey: string;
  target: string | null;
  builder: Builder;
  exerciseId: string | null;
}

const toTextEdit = (e: FixSpec['edits'][number]): TextEdit => ({
  range: {
    start: { line: e.startLine, column: e.startColumn },
    end: { line: e.endLine, column: e.endColumn },
  },
  text: e.text,
});

/** How many fix sizes a lab remembers (the editor asks again each time the cursor moves). */
const REMEMBERED = 32;

/** The worker's completion and hover, and the size each quick fix leads to in this lab's build. */
export function labLanguageSource(build: LabBuild): LanguageSource {
  const answers = new Map<string, Promise<string | null>>();
  return {
    ...workerLanguageSource,
    fixSize(text, edits) {
      const key = JSON.stringify([text, edits]);
      const known = answers.get(key);
      if (known) return known;
      const answer = getSimulatorClient()
        .request({ kind: 'fix-size', ...build, text, edits: edits.map(toTextEdit) })
        .then((a) => (a.kind === 'fix-size' ? a.change.text : null));
      if (answers.size >= REMEMBERED) answers.delete(answers.keys().next().value as string);
      answers.set(key, answer);
      return answer;
    },
  };
}
