/**
 * The playground's state and how it starts: from a shared link, else from the learner's last
 * playground session, else the default example. Pure (the caller passes `location.hash` and the
 * saved session), so it is tested in Node.
 */
import type { Builder } from '@/lib/plan/types';
import { decodeSharedState, type SharedLabState } from '@/lib/share';

/** An example as the playground offers it. */
export interface PlaygroundExample {
  id: string;
  title: string;
  dockerfiles: Array<{ name: string; label: string; text: string }>;
}

/** What the playground shows. `example` null: an empty build context. */
export interface PlaygroundState {
  example: string | null;
  file: string | null;
  text: string;
  target: string | null;
  builder: Builder;
}

/** The default: the first Dockerfile of the go-calculator example (or of the first example). */
export function defaultPlaygroundState(examples: PlaygroundExample[]): PlaygroundState {
  const example = examples.find((e) => e.id === 'go-calculator') ?? examples[0];
  const file = example?.dockerfiles[0];
  if (!example || !file)
    return { example: null, file: null, text: 'FROM scratch\n', target: null, builder: 'buildkit' };
  return { example: example.id, file: file.name, text: file.text, target: null, builder: 'buildkit' };
}

/** Where the initial state came from, and a message for the learner when something was set aside. */
export interface InitialPlayground {
  state: PlaygroundState;
  origin: 'link' | 'saved' | 'default';
  message: string | null;
}

function fromShared(
  state: SharedLabState,
  examples: PlaygroundExample[],
): { state: PlaygroundState; message: string | null } {
  if (state.example === null || examples.some((e) => e.id === state.example))
    return { state: { ...state }, message: null };
  return {
    state: { ...state, example: null, file: null },
    message: `This link uses an example called "${state.example}", which this site does not have; its Dockerfile opens with an empty build context.`,
  };
}

/**
 * The state the playground opens with. `hash` is `location.hash`; `saved` is the learner's last
 * session (a share fragment), or null.
 */
export function initialPlayground(
  hash: string,
  saved: string | null,
  examples: PlaygroundExample[],
): InitialPlayground {
  const fallback = defaultPlaygroundState(examples);
  const link = decodeSharedState(hash);
  if (link.kind === 'ok') {
    const { state, message } = fromShared(link.state, examples);
    return { state, origin: 'link', message };
  }
  if (link.kind === 'error') return { state: fallback, origin: 'default', message: link.message };
  if (saved) {
    const session = decodeSharedState(saved);
    if (session.kind === 'ok')
      return { state: fromShared(session.state, examples).state, origin: 'saved', message: null };
    return {
      state: fallback,
      origin: 'default',
      message: 'Your last playground session could not be read, so the default example was opened.',
    };
  }
  return { state: fallback, origin: 'default', message: null };
}

/** The Dockerfile text an example file starts with, or null when there is no such file. */
export function exampleText(
  examples: PlaygroundExample[],
  example: string | null,
  file: string | null,
): string | null {
  return examples.find((e) => e.id === example)?.dockerfiles.find((d) => d.name === file)?.text ?? null;
}
