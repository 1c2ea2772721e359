'use client';

/** "Keep the whole course offline": asks the service worker to store every file of the site. */
import { useState } from 'react';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; kept: number; total: number }
  | { kind: 'error'; message: string };

export function OfflineButton() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const keepAll = async () => {
    if (!('serviceWorker' in navigator)) {
      setState({ kind: 'error', message: 'This browser cannot keep the site offline.' });
      return;
    }
    setState({ kind: 'working' });
    try {
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no worker')), 10_000)),
      ]);
      const answer = await new Promise<{ kept: number; total: number; error?: boolean }>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        registration.active?.postMessage({ kind: 'cache-all' }, [channel.port2]);
      });
      if (answer.error) setState({ kind: 'error', message: 'The list of files could not be read.' });
      else setState({ kind: 'done', kept: answer.kept, total: answer.total });
    } catch {
      setState({
        kind: 'error',
        message:
          'The offline store is not ready (it works on the built site served over https or localhost).',
      });
    }
  };
  return (
    <div className="mt-4">
      <button
        type="button"
        onClick={() => void keepAll()}
        disabled={state.kind === 'working'}
        className="rounded-md bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600 disabled:opacity-60"
      >
        Keep the whole course offline
      </button>
      <p className="mt-2 text-sm" role="status">
        {state.kind === 'working' && 'Storing the course in this browser…'}
        {state.kind === 'done' &&
          `Done: ${state.kept} of ${state.total} files are stored in this browser${state.kept < state.total ? ' (the rest failed to download; press again on a network)' : ''}.`}
        {state.kind === 'error' && state.message}
      </p>
    </div>
  );
}
