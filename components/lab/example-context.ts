'use client';

/**
 * An example's build context, fetched from its static JSON file (app/examples/[id]/context.json) the
 * first time a page needs it and kept for the visit. The service worker keeps the file for offline use.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BuildContext } from '@/lib/build/types';

const loaded = new Map<string, Promise<BuildContext>>();

/** The address of example `id`'s context file. */
export function exampleContextUrl(id: string): string {
  return `/examples/${encodeURIComponent(id)}/context.json`;
}

function isContext(value: unknown): value is BuildContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as BuildContext).files) &&
    (value as BuildContext).files.every((f) => typeof f?.path === 'string')
  );
}

/** Example `id`'s build context (one request per visit; a failed one is tried again next time). */
export function fetchExampleContext(id: string): Promise<BuildContext> {
  let promise = loaded.get(id);
  if (!promise) {
    promise = fetch(exampleContextUrl(id))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((value) => {
        if (!isContext(value)) throw new Error('not a build context');
        return value;
      });
    promise.catch(() => loaded.delete(id));
    loaded.set(id, promise);
  }
  return promise;
}

/** What {@link useExampleContext} knows: the context, or null while it loads or after it failed. */
export interface ExampleContextState {
  context: BuildContext | null;
  /** Why it failed, for the learner; null while it loads or once it is there. */
  error: string | null;
  /** Tries a failed load again. */
  retry: () => void;
}

const EMPTY: BuildContext = { files: [] };

/** The build context of example `id` (the empty context for null), loaded on demand. */
export function useExampleContext(id: string | null): ExampleContextState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; context: BuildContext | null; error: string | null }>({
    key: '',
    context: null,
    error: null,
  });
  const key = `${id}#${attempt}`;
  useEffect(() => {
    if (id === null) return;
    let live = true;
    fetchExampleContext(id).then(
      (context) => {
        if (live) setState({ key, context, error: null });
      },
      () => {
        if (live)
          setState({
            key,
            context: null,
            error: `The files of the ${id} example could not be loaded: is the network off?`,
          });
      },
    );
    return () => {
      live = false;
    };
  }, [id, key]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (id === null) return { context: EMPTY, error: null, retry };
  return state.key === key
    ? { context: state.context, error: state.error, retry }
    : { context: null, error: null, retry };
}
