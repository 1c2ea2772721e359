'use client';

/**
 * The playground: any example's Dockerfile (or an empty one), edited and simulated live, and shared
 * as a link whose fragment holds the whole state (nothing is sent anywhere). The learner's last
 * session is kept in this browser; a shared link always wins over it.
 */
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Builder } from '@/lib/plan/types';
import type { BuildContext } from '@/lib/build/types';
import { encodeSharedState } from '@/lib/share';
import { loadProgressStore, peekProgressStore } from '@/components/progress/browser-store';
import { LabWorkbench } from './lab-workbench';
import { TerminalPlaceholder } from '@/components/terminal/deferred-terminal';
import type { SimulationState } from './use-simulation';
import {
  defaultPlaygroundState,
  exampleText,
  initialPlayground,
  type InitialPlayground,
  type PlaygroundExample,
  type PlaygroundState,
} from './playground-state';
import { defaultStdin } from './run-defaults';
import { useSimulation } from './use-simulation';
import { useExampleContext } from './example-context';

/**
 * An example as the page passes it: its Dockerfiles only. Its build context is fetched when the learner
 * picks it (example-context.ts), so the page does not carry every example's files.
 */
export type PlaygroundExampleData = PlaygroundExample;

/** Draft key of the playground's last session (a share fragment). */
export const PLAYGROUND_SESSION_ID = 'playground';
const EMPTY_CONTEXT: BuildContext = { files: [] };
const EMPTY_VALUE = '__empty__';
const LINES = 24;
const BUTTON =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700';

// The terminal is fetched after the playground is live, never with the page.
const Terminal = lazy(() =>
  import('@/components/terminal/playground-terminal').then((m) => ({ default: m.PlaygroundTerminal })),
);

/** Counts fragment changes made by the learner (pasting a link); the site's own replaceState does not count. */
let hashChanges = 0;

function subscribeHash(onChange: () => void): () => void {
  const handler = () => {
    hashChanges++;
    onChange();
  };
  window.addEventListener('hashchange', handler);
  return () => window.removeEventListener('hashchange', handler);
}

function readSession(): string | null {
  try {
    return peekProgressStore()?.getLabDraft(PLAYGROUND_SESSION_ID) ?? null;
  } catch {
    return null;
  }
}

/** The playground page's client part. */
export function Playground({ examples }: { examples: PlaygroundExampleData[] }) {
  // -1 on the server and during hydration; a pasted link (a hashchange) remounts the playground.
  const version = useSyncExternalStore(
    subscribeHash,
    () => hashChanges,
    () => -1,
  );
  // The saved session is read from the progress store, whose code loads after mount.
  const [storeSettled, setStoreSettled] = useState(false);
  useEffect(() => {
    let active = true;
    // A transition: the live playground replaces the static one in slices of work the browser can
    // interleave with input, not in one long task.
    const settle = () => {
      if (active) startTransition(() => setStoreSettled(true));
    };
    loadProgressStore().then(settle, settle);
    return () => {
      active = false;
    };
  }, []);
  if (version === -1 || !storeSettled) return <PlaygroundLoading examples={examples} />;
  return (
    <PlaygroundSession
      key={version}
      examples={examples}
      initial={initialPlayground(window.location.hash, readSession(), examples)}
    />
  );
}

const IDLE: SimulationState = {
  result: null,
  run: null,
  inventory: null,
  diagnostics: [],
  pending: true,
  previousSizeBytes: null,
  grade: null,
  error: null,
  revision: 0,
};
const noop = () => {};

/** The terminal's caption for a playground state (the same words the terminal shows). */
function terminalCaption(exampleId: string | null, file: string | null): string {
  return `A simulated docker in ${exampleId ? `the ${exampleId} build context` : 'an empty build context'}; the Dockerfile in the editor is Dockerfile here${file && file !== 'Dockerfile' ? ` (and ${file})` : ''}.`;
}

/**
 * Before the saved session and the link are read (and without JavaScript): the default example's
 * Dockerfile as static code in the same layout as the live playground (controls, lab, terminal), so
 * nothing moves when it goes live.
 */
function PlaygroundLoading({ examples }: { examples: PlaygroundExampleData[] }) {
  const state = defaultPlaygroundState(examples);
  const title = state.example ? `${state.example} · ${state.file ?? 'Dockerfile'}` : 'Dockerfile';
  return (
    <div data-testid="playground-loading" aria-busy="true">
      <noscript>
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          The playground needs JavaScript: the simulator runs in your browser. Here is the Dockerfile it opens
          with ({title}); the lessons read in full without JavaScript.
        </p>
      </noscript>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Start from
          <select
            disabled
            className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-900"
          >
            <option>
              {state.example} · {state.file}
            </option>
          </select>
        </label>
        <button type="button" className={BUTTON} disabled>
          Share a link
        </button>
        <p role="status" className="sr-only">
          Loading the playground…
        </p>
      </div>
      <LabWorkbench
        id="playground-static"
        title={title}
        editorLabel={state.file ?? 'Dockerfile'}
        text={state.text}
        onTextChange={noop}
        lines={LINES}
        readOnly
        simulation={IDLE}
        target={null}
        onTargetChange={noop}
        builder={state.builder}
        onBuilderChange={noop}
      />
      <TerminalPlaceholder
        id="playground-terminal-static"
        caption={terminalCaption(state.example, state.file)}
      />
    </div>
  );
}

function PlaygroundSession({
  examples,
  initial,
}: {
  examples: PlaygroundExampleData[];
  initial: InitialPlayground;
}) {
  const [state, setState] = useState<PlaygroundState>(initial.state);
  const [message, setMessage] = useState<string | null>(initial.message);
  const [shared, setShared] = useState<{ url: string; note: string } | null>(null);
  const example = examples.find((e) => e.id === state.example) ?? null;
  const files = useExampleContext(example ? example.id : null);
  const context = files.context;
  const simulated = useSimulation(
    {
      text: state.text,
      contextKey: example ? example.id : 'empty',
      context: context ?? EMPTY_CONTEXT,
      target: state.target,
      builder: state.builder,
      stdin: defaultStdin(state.example),
      exerciseId: null,
    },
    context !== null,
  );
  // While the example's files load, the panel says it is working.
  const simulation = context === null && files.error === null ? { ...simulated, pending: true } : simulated;

  // Keep the session in this browser (as a share fragment), a moment after the last change.
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      const encoded = encodeSharedState(state);
      if (!encoded.ok) return;
      // Once the state differs from the link it was opened from, the link no longer describes it:
      // drop the fragment so a reload restores the session instead of the old link.
      if (window.location.hash && window.location.hash !== `#${encoded.fragment}`) {
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      }
      loadProgressStore()
        .then((store) => store.setLabDraft(PLAYGROUND_SESSION_ID, encoded.fragment))
        .catch(() => {
          // Not saving the session is not worth interrupting the learner for.
        });
    }, 500);
    return () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    };
  }, [state]);

  const setText = useCallback((text: string) => setState((s) => ({ ...s, text })), []);
  const setTarget = useCallback((target: string | null) => setState((s) => ({ ...s, target })), []);
  const setBuilder = useCallback((builder: Builder) => setState((s) => ({ ...s, builder })), []);
  const original = exampleText(examples, state.example, state.file);
  const pick = (value: string) => {
    const [id, file] = value === EMPTY_VALUE ? [null, null] : value.split('|');
    const text = id === null ? '' : exampleText(examples, id, file);
    if (text === null) return;
    if (
      state.text !== (original ?? '') &&
      !window.confirm('Replace your Dockerfile with the one you picked? Your edits will be lost.')
    )
      return;
    setState({ example: id, file, text, target: null, builder: state.builder });
    setShared(null);
  };

  const share = async () => {
    const encoded = encodeSharedState(state);
    if (!encoded.ok) {
      setShared(null);
      setMessage(encoded.message);
      return;
    }
    window.history.replaceState(null, '', `#${encoded.fragment}`);
    const url = window.location.href;
    let note = 'Copy this link to share the playground as it is now.';
    try {
      await navigator.clipboard.writeText(url);
      note = 'Link copied. It holds the whole Dockerfile, so it works without any server.';
    } catch {
      // Clipboard not allowed: the learner copies from the field.
    }
    setShared({ url, note });
  };

  const selectValue = state.example === null ? EMPTY_VALUE : `${state.example}|${state.file ?? ''}`;

  return (
    <div data-testid="playground">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Start from
          <select
            className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-900"
            value={selectValue}
            onChange={(e) => pick(e.target.value)}
            data-testid="playground-picker"
          >
            <option value={EMPTY_VALUE}>An empty Dockerfile (empty build context)</option>
            {examples.map((e) => (
              <optgroup key={e.id} label={e.title}>
                {e.dockerfiles.map((d) => (
                  <option key={d.name} value={`${e.id}|${d.name}`}>
                    {e.id} · {d.name} ({d.label})
                  </option>
                ))}
              </optgroup>
            ))}
            {state.example !== null && original === null && (
              <option value={selectValue}>
                {state.example} · {state.file}
              </option>
            )}
          </select>
        </label>
        <button type="button" className={BUTTON} onClick={() => void share()}>
          Share a link
        </button>
        {original !== null && state.text !== original && (
          <button type="button" className={BUTTON} onClick={() => setState({ ...state, text: original })}>
            Reset to the original
          </button>
        )}
      </div>
      {message && (
        <p
          role="alert"
          className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          data-testid="playground-message"
        >
          {message}{' '}
          <button type="button" className="underline" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </p>
      )}
      {files.error && (
        <p
          role="alert"
          className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          data-testid="playground-context-error"
        >
          {files.error}{' '}
          <button type="button" className="underline" onClick={files.retry}>
            Try again
          </button>
        </p>
      )}
      {shared && (
        <div className="mt-3 flex flex-col gap-1 text-sm">
          <label
            htmlFor="playground-share-url"
            className="text-zinc-700 dark:text-zinc-300"
            aria-live="polite"
          >
            {shared.note}
          </label>
          <input
            id="playground-share-url"
            readOnly
            value={shared.url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900"
            data-testid="playground-share-url"
          />
        </div>
      )}
      <LabWorkbench
        id="playground"
        contextKey={example ? example.id : 'empty'}
        title={
          state.example
            ? `${state.example} · ${state.file ?? 'Dockerfile'}`
            : 'Dockerfile (empty build context)'
        }
        editorLabel={state.file ?? 'Dockerfile'}
        text={state.text}
        onTextChange={setText}
        lines={LINES}
        simulation={simulation}
        target={state.target}
        onTargetChange={setTarget}
        builder={state.builder}
        onBuilderChange={setBuilder}
      />
      {context === null ? (
        <TerminalPlaceholder id="playground-terminal" caption={terminalCaption(state.example, state.file)} />
      ) : (
        <Suspense
          fallback={
            <TerminalPlaceholder
              id="playground-terminal"
              caption={terminalCaption(state.example, state.file)}
            />
          }
        >
          <Terminal exampleId={state.example} context={context} text={state.text} file={state.file} />
        </Suspense>
      )}
    </div>
  );
}
