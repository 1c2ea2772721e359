'use client';

/**
 * The playground's terminal: the example's build context, with the Dockerfile in the editor as
 * `Dockerfile` (and under its own file name), so `docker build .` builds what the learner is editing.
 * The playground imports this lazily: none of it is in the page's first load.
 */
import type { BuildContext } from '@/lib/build/types';
import { DeferredTerminal } from './deferred-terminal';

/** Props of {@link PlaygroundTerminal}: the playground's state as it is. */
export interface PlaygroundTerminalProps {
  exampleId: string | null;
  context: BuildContext;
  /** The editor's text. */
  text: string;
  /** The example file the editor started from, or null. */
  file: string | null;
}

/** The terminal under the playground's lab. */
export function PlaygroundTerminal({ exampleId, context, text, file }: PlaygroundTerminalProps) {
  const paths = [...new Set(['Dockerfile', file ?? 'Dockerfile'])];
  return (
    <DeferredTerminal
      id="playground-terminal"
      contextKey={exampleId ?? 'empty'}
      context={context}
      overlay={paths.map((path) => ({ path, content: text }))}
      exampleId={exampleId}
      caption={`A simulated docker in ${exampleId ? `the ${exampleId} build context` : 'an empty build context'}; the Dockerfile in the editor is Dockerfile here${file && file !== 'Dockerfile' ? ` (and ${file})` : ''}.`}
    />
  );
}
