'use client';

/**
 * The live Monaco editor of a lab, rendered with @monaco-editor/react. Loaded only through a dynamic
 * import (see dockerfile-editor.tsx), so neither the component nor Monaco is in a lesson page's first
 * load. Monaco itself comes from the site's own bundle (monaco-setup.ts): the loader is handed that
 * instance below, before any editor can mount, so it never adds a script tag or fetches Monaco from
 * its default CDN.
 *
 * The text is owned by the lab: edits are reported with `onChange`, and a new `value` that differs
 * from the editor's (reset, restored draft) replaces the text as one undoable edit. The editor is
 * therefore used uncontrolled: its own `value` prop would set the text back to every late echo and
 * lose keystrokes typed in the meantime.
 */
import { Editor, loader, type BeforeMount, type OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Diagnostic, SourceRange } from '@/lib/diagnostics';
import { EDITOR_METRICS } from './editor-theme';
import { focusOutside } from './focus-outside';
import type { LanguageSource } from './language-source';
import { diagnosticsToMarkers } from './markers';
import { attachLanguageSource, monaco, setModelFindings, setupMonaco, THEMES } from './monaco-setup';
import { stageLineSpans } from '@/lib/language/stage-names';
import { STAGE_COLOR_COUNT } from '@/components/simulator/stage-colors';

// Runs when this module is evaluated, which is before any <Editor> below can mount: with an instance
// configured, loader.init() resolves to it instead of injecting the AMD loader from a CDN.
loader.config({ monaco });

/** Performance mark set on every edit the learner makes. */
export const EDIT_MARK = 'stagecraft:edit';

/** Texts reported to the lab whose echo (the `value` prop) has not come back yet; a bound only. */
const MAX_PENDING_ECHOES = 500;

/** Props of {@link MonacoView}. */
export interface MonacoViewProps {
  /** Unique per editor on the page (used in the model's URI). */
  modelKey: string;
  value: string;
  onChange(text: string): void;
  /** Diagnostics of the current text (shown as markers). */
  diagnostics: Diagnostic[];
  readOnly: boolean;
  /** Accessible name of the editor, including how to leave it. */
  ariaLabel: string;
  /** Completion and hover for the model; null gives neither (no suggestions, no hovers). */
  source: LanguageSource | null;
  /** Lines to select and reveal; a new `nonce` reveals again. Null reveals nothing. */
  reveal: { range: SourceRange; nonce: number } | null;
  /** Called once the editor can be typed in, with what the placeholder needs to hand over to it. */
  onReady?(editor: EditorHandle): void;
}

/** A place in the text: 1-based line and column, as Monaco counts them. */
export interface TextPosition {
  lineNumber: number;
  column: number;
}

/** What the editor's placeholder may do with the editor once it is ready. */
export interface EditorHandle {
  /** Focuses the editor, with the cursor at `position` (1-based line and column) when given. */
  focusAt(position?: TextPosition): void;
  /** Types `text` at the cursor, as keys would (one undo step). */
  type(text: string): void;
}

/** Editor options that never change; `readOnly` and `ariaLabel` are added per render. */
const BASE_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontFamily: EDITOR_METRICS.fontFamily,
  fontSize: EDITOR_METRICS.fontSize,
  lineHeight: EDITOR_METRICS.lineHeight,
  padding: { top: EDITOR_METRICS.paddingTop, bottom: EDITOR_METRICS.paddingBottom },
  lineNumbersMinChars: 3,
  // Monaco dims the number of an empty last line below 4.5:1 contrast; show it like the others.
  renderFinalNewline: 'on',
  lineDecorationsWidth: 12,
  glyphMargin: false,
  folding: false,
  scrollBeyondLastLine: false,
  renderLineHighlight: 'line',
  overviewRulerLanes: 0,
  hideCursorInOverviewRuler: true,
  fixedOverflowWidgets: true,
  scrollbar: { alwaysConsumeMouseWheel: false },
  tabSize: 4,
  wordBasedSuggestions: 'off',
  quickSuggestions: { other: true, comments: false, strings: false },
  accessibilitySupport: 'auto',
};

function currentTheme(): string {
  return document.documentElement.classList.contains('dark') ? THEMES.dark : THEMES.light;
}

/** The site switches themes with the `dark` class on <html>; the editor follows it. */
function subscribeToSiteTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

function modelUri(modelKey: string): string {
  return `inmemory://stagecraft/${encodeURIComponent(modelKey)}/Dockerfile`;
}

function gutterDecorations(text: string): monaco.editor.IModelDeltaDecoration[] {
  return stageLineSpans(text).map((span) => ({
    range: new monaco.Range(span.startLine, 1, span.endLine, 1),
    options: {
      isWholeLine: true,
      linesDecorationsClassName: `sc-stage-gutter-${span.index % STAGE_COLOR_COUNT}`,
    },
  }));
}

/** The Monaco editor with markers, stage colours in the gutter, theme following the site. */
export function MonacoView(props: MonacoViewProps) {
  // A new model key is a new editor: nothing (model, pending echoes, decorations) carries over.
  return <EditorForModel key={props.modelKey} {...props} />;
}

function EditorForModel(props: MonacoViewProps) {
  const { modelKey, value, onChange, diagnostics, readOnly, ariaLabel, source, reveal, onReady } = props;
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const valueRef = useRef(value);
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  const applyingRef = useRef(false);
  const emittedRef = useRef<string[]>([]);
  const gutterRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const revealRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const theme = useSyncExternalStore(subscribeToSiteTheme, currentTheme, () => THEMES.light);
  const path = modelUri(modelKey);
  const options = useMemo(() => ({ ...BASE_OPTIONS, readOnly, ariaLabel }), [readOnly, ariaLabel]);

  useEffect(() => {
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
  });

  // Themes and providers must exist before the editor does; the model is created here, with the
  // lab's text at this moment, so a stale model of an earlier mount under the same URI is not reused.
  const beforeMount = useCallback<BeforeMount>(
    (instance) => {
      setupMonaco();
      const uri = instance.Uri.parse(path);
      instance.editor.getModel(uri)?.dispose();
      const model = instance.editor.createModel(valueRef.current, 'dockerfile', uri);
      // Listening from the model's creation on: the editor can be typed in as soon as it is shown,
      // a moment before onMount. The listener goes with the model when the editor unmounts.
      model.onDidChangeContent(() => {
        // When the keystroke happened: the lab measures from here to the panel showing its result.
        if (!applyingRef.current) performance.mark(EDIT_MARK);
        const text = model.getValue();
        gutterRef.current?.set(gutterDecorations(text));
        revealRef.current?.clear();
        if (applyingRef.current) return;
        emittedRef.current.push(text);
        if (emittedRef.current.length > MAX_PENDING_ECHOES) emittedRef.current.shift();
        onChangeRef.current(text);
      });
    },
    [path],
  );

  const onMount = useCallback<OnMount>((created) => {
    const container = host.current;
    const model = created.getModel();
    if (!container || !model) return;
    gutterRef.current = created.createDecorationsCollection(gutterDecorations(model.getValue()));
    revealRef.current = created.createDecorationsCollection([]);

    // The listener is disposed with the editor.
    let escapeArmed = false;
    created.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) {
        escapeArmed = true;
        return;
      }
      if (e.keyCode === monaco.KeyCode.Tab && escapeArmed) {
        if (focusOutside(container, e.shiftKey ? -1 : 1)) {
          e.preventDefault();
          e.stopPropagation();
        }
      }
      escapeArmed = false;
    });
    setEditor(created);
    onReadyRef.current?.({
      focusAt(position) {
        if (position) {
          created.setPosition(position);
          created.revealPositionInCenterIfOutsideViewport(position);
        }
        created.focus();
      },
      type(text) {
        if (text) created.trigger('keyboard', 'type', { text });
      },
    });
  }, []);

  // A new value from the lab (reset, restored draft, solution) replaces the text, undoably. Values
  // the editor itself reported come back later than the model moves on (fast typing outruns
  // rendering); those echoes are recognised and ignored, or they would undo the newest keystrokes.
  useEffect(() => {
    valueRef.current = value;
    const model = editor?.getModel();
    if (!model) return;
    const echo = emittedRef.current.indexOf(value);
    if (echo >= 0) {
      emittedRef.current.splice(0, echo + 1);
      return;
    }
    if (model.getValue() === value) return;
    emittedRef.current = [];
    applyingRef.current = true;
    // Undo stops on both sides: without them the replacement joins the learner's last typing in one
    // undo step, and Undo after a reset would take back some of their own keystrokes as well.
    model.pushStackElement();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    model.pushStackElement();
    applyingRef.current = false;
  }, [editor, value]);

  useEffect(() => {
    const model = editor?.getModel();
    if (model && source) attachLanguageSource(model, source);
  }, [editor, source]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const markers = diagnosticsToMarkers(diagnostics, model.getValue(), window.location.origin).map((m) => ({
      ...m,
      code: m.code.target ? { value: m.code.value, target: monaco.Uri.parse(m.code.target) } : m.code.value,
    }));
    setModelFindings(model, diagnostics);
    monaco.editor.setModelMarkers(model, 'stagecraft', markers);
  }, [editor, diagnostics]);

  useEffect(() => {
    if (!editor || !reveal) return;
    const { start, end } = reveal.range;
    const range = new monaco.Range(start.line, start.column, end.line, end.column);
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range);
    revealRef.current?.set([{ range, options: { isWholeLine: true, className: 'sc-reveal-line' } }]);
  }, [editor, reveal]);

  return (
    <div
      ref={host}
      className="absolute inset-0"
      data-testid="monaco-host"
      data-editor-ready={editor ? 'true' : undefined}
    >
      {/* No loading UI of its own: the placeholder under this box already shows the text. */}
      <Editor
        path={path}
        defaultLanguage="dockerfile"
        theme={theme}
        options={options}
        loading={null}
        saveViewState={false}
        beforeMount={beforeMount}
        onMount={onMount}
      />
    </div>
  );
}
