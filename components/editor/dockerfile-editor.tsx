'use client';

/**
 * The lab's Dockerfile editor. Shows the text at once as highlighted static code; Monaco with
 * @monaco-editor/react (about 860 KB gzipped, see monaco-view.tsx) is fetched when the reader reaches into
 * the editor (the mouse over it, a click or tap, the keyboard on its Edit button) and then replaces the
 * placeholder inside the same fixed-size box. Nothing is fetched for a reader who only reads: starting
 * Monaco is a second or more of main-thread work on a laptop and several on a phone (where Monaco is not
 * supported anyway). A click's place and the keys typed before Monaco is ready are handed to it, so the
 * cursor lands where the reader clicked and no keystroke is lost. If Monaco cannot load, a plain text
 * area keeps the lab usable.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { Diagnostic, SourceRange } from '@/lib/diagnostics';
import { editorHeight } from './editor-theme';
import type { LanguageSource } from './language-source';
import type { EditorHandle, MonacoViewProps, TextPosition } from './monaco-view';
import { takeTurn } from './editor-turns';
import { positionAt, StaticDockerfile } from './static-dockerfile';

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
  | { kind: 'waiting' }
  | { kind: 'loading' }
  | { kind: 'ready'; View: ComponentType<MonacoViewProps> }
  | { kind: 'failed' };

/** What the reader did in the editor's box before Monaco was ready: where they clicked, what they typed. */
interface Reach {
  /** The reader wants to type here: focus the editor once it is ready. */
  focus: boolean;
  /** Where in the text they last pressed the pointer. */
  point: TextPosition | null;
  /** Text typed meanwhile, in order. */
  typed: string;
}

/** Keys that act on a focused button (and must keep doing so): they are not held as typed text. */
const BUTTON_KEYS = new Set([' ', 'Enter']);

/**
 * Starts loading Monaco when the reader reaches into `element` (pointer over it or down on it, focus, a
 * key) or calls `load`; once the code is there, the editor waits for its turn to be created (see
 * editor-turns.ts). `ready` is to be called with the editor when it can be typed in: it receives the
 * click's place and the keys held meanwhile.
 */
function useLazyMonaco(element: React.RefObject<HTMLElement | null>): {
  state: LoadState;
  ready(editor: EditorHandle): void;
  /** Loads the editor and moves focus into it when ready (the Edit button). */
  load(): void;
} {
  const [state, setState] = useState<LoadState>({ kind: 'waiting' });
  const turn = useRef<{ done(): void; cancel(): void } | null>(null);
  const reach = useRef<Reach>({ focus: false, point: null, typed: '' });
  const startRef = useRef<() => void>(() => {});
  // Stops listening for the reader's reach (once the editor is ready it hears them itself).
  const stopRef = useRef<() => void>(() => {});
  useEffect(() => {
    let cancelled = false;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      setState({ kind: 'loading' });
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
    startRef.current = start;
    const box = element.current;
    if (!box) {
      start();
      return () => {
        cancelled = true;
      };
    }
    const onPointerOver = () => start();
    const onPointerDown = (e: PointerEvent) => {
      reach.current.focus = true;
      const position = positionAt(e.target, e.clientX, e.clientY);
      if (position) reach.current.point = position;
      start();
    };
    // Focus on the Edit button counts as asking for the editor: the editor takes the button's place,
    // so focus goes on into it (Escape then Tab leaves it) instead of falling back to the page.
    const onFocusIn = () => {
      reach.current.focus = true;
      start();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      start();
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (e.target instanceof HTMLButtonElement && BUTTON_KEYS.has(e.key)) return;
      const held = reach.current;
      if (e.key.length === 1) held.typed += e.key;
      else if (e.key === 'Enter') held.typed += '\n';
      else if (e.key === 'Backspace' && held.typed) held.typed = held.typed.slice(0, -1);
      else return;
      held.focus = true;
      e.preventDefault();
    };
    box.addEventListener('pointerover', onPointerOver, { once: true });
    box.addEventListener('pointerdown', onPointerDown);
    box.addEventListener('focusin', onFocusIn);
    box.addEventListener('keydown', onKeyDown);
    const stop = (stopRef.current = () => {
      box.removeEventListener('pointerover', onPointerOver);
      box.removeEventListener('pointerdown', onPointerDown);
      box.removeEventListener('focusin', onFocusIn);
      box.removeEventListener('keydown', onKeyDown);
    });
    return () => {
      cancelled = true;
      stop();
      turn.current?.cancel();
    };
  }, [element]);
  const [ready] = useState(() => (editor: EditorHandle) => {
    stopRef.current();
    const { focus, point, typed } = reach.current;
    reach.current = { focus: false, point: null, typed: '' };
    // Only while the reader is still here: focus that has gone elsewhere on the page stays there.
    const active = document.activeElement;
    const here = !active || active === document.body || !!element.current?.contains(active);
    if (focus && here) {
      editor.focusAt(point ?? undefined);
      editor.type(typed);
    }
    turn.current?.done();
  });
  const [load] = useState(() => () => {
    reach.current.focus = true;
    startRef.current();
  });
  return { state, ready, load };
}

/** The Dockerfile editor with its placeholder and loading indicator. */
export function DockerfileEditor(props: DockerfileEditorProps) {
  const { editorId, value, onChange, diagnostics, readOnly = false, label, lines, source, reveal } = props;
  const box = useRef<HTMLDivElement>(null);
  const { state: load, ready, load: loadNow } = useLazyMonaco(box);
  const [editable, setEditable] = useState(false);
  const ariaLabel = `${label}: Dockerfile editor${readOnly ? ' (read-only)' : ''}. Press Escape then Tab to move focus out of the editor.`;

  return (
    <div
      ref={box}
      // Focusable by a click (not in the tab order: the Edit button is), so the keys typed after a click
      // on the static text come here and are kept for the editor.
      tabIndex={-1}
      className="relative w-full overflow-hidden outline-none"
      style={{ height: editorHeight(lines) }}
      data-testid="dockerfile-editor"
      data-editor-id={editorId}
      data-editor-state={load.kind === 'ready' ? (editable ? 'editable' : 'starting') : load.kind}
    >
      {!editable && load.kind !== 'failed' && <StaticDockerfile text={value} />}
      {/* One control from the first reach to the editor's start, so keyboard focus stays in the box
          meanwhile (and the keys typed there are held for the editor). */}
      {!editable && load.kind !== 'failed' && (!readOnly || load.kind !== 'waiting') && (
        <button
          type="button"
          onClick={loadNow}
          aria-label={load.kind === 'waiting' ? `Edit ${label}` : undefined}
          aria-live="polite"
          aria-busy={load.kind !== 'waiting'}
          className={`absolute top-2 right-3 rounded px-2 py-0.5 text-xs ${
            load.kind === 'waiting'
              ? 'border border-zinc-300 bg-white font-medium text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100'
              : 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200'
          }`}
        >
          {load.kind === 'waiting' ? 'Edit' : 'Loading editor…'}
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
          onReady={(editor) => {
            setEditable(true);
            performance.mark('stagecraft:editor-ready');
            ready(editor);
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
