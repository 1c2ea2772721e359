'use client';

/**
 * The lab's Dockerfile editor. Shows the text at once as highlighted static code; Monaco with
 * @monaco-editor/react (about 860 KB gzipped, see monaco-view.tsx) is fetched when the editor scrolls
 * into view or the browser is idle, whichever comes first, and then replaces the placeholder inside
 * the same fixed-size box. On a touch-first device (or with data saver on) it is fetched only when the
 * reader reaches into the editor: Monaco does not support phones' browsers, and on a phone its start-up is
 * seconds of main-thread work a reader who only scrolls never needs. If Monaco cannot load, a plain text
 * area keeps the lab usable.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { Diagnostic, SourceRange } from '@/lib/diagnostics';
import { editorHeight } from './editor-theme';
import type { LanguageSource } from './language-source';
import type { MonacoViewProps } from './monaco-view';
import { idlePreloadAllowed, onNearView } from '@/components/ui/near-view';
import { takeTurn } from './editor-turns';
import { StaticDockerfile } from './static-dockerfile';

/** Props of {@link DockerfileEditor}. */
export interface DockerfileEditorProps {
  /** Unique per editor on the page. */
  editorId: string;
  value: string;
  onChange(text: string): void;
  diagnostics: Diagnostic[];
  readOnly?: boolean;
  /** Accessible name, e.g. "Dockerfile.multi-stage". */
  label: string;
  /** Lines the box shows (its height is fixed, so the page never shifts). */
  lines: number;
  source: LanguageSource | null;
  reveal: { range: SourceRange; nonce: number } | null;
}

type LoadState =
  { kind: 'waiting' } | { kind: 'ready'; View: ComponentType<MonacoViewProps> } | { kind: 'failed' };

/**
 * Starts loading Monaco when `element` comes within a screen height of the viewport or the browser is idle;
 * once the code is there, the editor waits for its turn to be created (see editor-turns.ts). `ready` is to
 * be called when the editor can be typed in.
 */
function useLazyMonaco(element: React.RefObject<HTMLElement | null>): {
  state: LoadState;
  ready(): void;
  /** Set on a touch-first device until the reader reaches into the editor; calling it loads Monaco. */
  onDemand: (() => void) | null;
} {
  const [state, setState] = useState<LoadState>({ kind: 'waiting' });
  const [onDemand, setOnDemand] = useState<(() => void) | null>(null);
  const turn = useRef<{ done(): void; cancel(): void } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      setOnDemand(null);
      performance.mark('stagecraft:editor-load-start');
      import('./monaco-view')
        .then((module) => {
          performance.mark('stagecraft:editor-code');
          if (cancelled) return;
          turn.current = takeTurn(element.current, () => {
            if (!cancelled) setState({ kind: 'ready', View: module.MonacoView });
          });
        })
        .catch(() => {
          if (!cancelled) setState({ kind: 'failed' });
        });
    };
    let stop: () => void;
    const box = element.current;
    if (idlePreloadAllowed() || !box) {
      stop = onNearView(box, start);
    } else {
      // Touch-first: a tap, a focus or a key inside the box loads the editor.
      const events = ['pointerdown', 'focusin', 'keydown'] as const;
      events.forEach((type) => box.addEventListener(type, start, { once: true }));
      setOnDemand(() => start);
      stop = () => events.forEach((type) => box.removeEventListener(type, start));
    }
    return () => {
      cancelled = true;
      stop();
      turn.current?.cancel();
    };
  }, [element]);
  const [ready] = useState(() => () => turn.current?.done());
  return { state, ready, onDemand };
}

/** The Dockerfile editor with its placeholder and loading indicator. */
export function DockerfileEditor(props: DockerfileEditorProps) {
  const { editorId, value, onChange, diagnostics, readOnly = false, label, lines, source, reveal } = props;
  const box = useRef<HTMLDivElement>(null);
  const { state: load, ready, onDemand } = useLazyMonaco(box);
  const [editable, setEditable] = useState(false);
  const ariaLabel = `${label}: Dockerfile editor${readOnly ? ' (read-only)' : ''}. Press Escape then Tab to move focus out of the editor.`;

  return (
    <div
      ref={box}
      className="relative w-full overflow-hidden"
      style={{ height: editorHeight(lines) }}
      data-testid="dockerfile-editor"
      data-editor-id={editorId}
      data-editor-state={load.kind === 'ready' ? (editable ? 'editable' : 'starting') : load.kind}
    >
      {!editable && load.kind !== 'failed' && <StaticDockerfile text={value} />}
      {!editable && load.kind !== 'failed' && !onDemand && (
        <div
          role="status"
          className="absolute top-2 right-3 rounded bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200"
        >
          Loading editor…
        </div>
      )}
      {!editable && onDemand && !readOnly && (
        <button
          type="button"
          onClick={onDemand}
          className="absolute top-2 right-3 rounded border border-zinc-300 bg-white px-2 py-0.5 text-xs font-medium text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100"
        >
          Edit
        </button>
      )}
      {load.kind === 'ready' && (
        <load.View
          modelKey={editorId}
          value={value}
          onChange={onChange}
          diagnostics={diagnostics}
          readOnly={readOnly}
          ariaLabel={ariaLabel}
          source={source}
          reveal={reveal}
          onReady={() => {
            setEditable(true);
            performance.mark('stagecraft:editor-ready');
            ready();
          }}
        />
      )}
      {load.kind === 'failed' && (
        <div className="absolute inset-0 flex flex-col">
          <p
            role="alert"
            className="bg-amber-50 px-3 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            The code editor could not be loaded; you can still edit the text here.
          </p>
          <textarea
            className="min-h-0 flex-1 resize-none bg-white p-2 font-mono text-sm text-zinc-900 dark:bg-[#0d1117] dark:text-zinc-100"
            value={value}
            readOnly={readOnly}
            aria-label={`${label}: Dockerfile`}
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      )}
    </div>
  );
}
