'use client';

/**
 * The live Monaco editor of a lab. Loaded only through a dynamic import (see dockerfile-editor.tsx).
 * The text is owned by the lab: edits are reported with `onChange`, and a new `value` that differs
 * from the editor's (reset, restored draft) replaces the text as one undoable edit.
 */
import { useEffect, useRef } from 'react';
import type { Diagnostic, SourceRange } from '@/lib/diagnostics';
import { EDITOR_METRICS } from './editor-theme';
import { focusOutside } from './focus-outside';
import type { LanguageSource } from './language-source';
import { diagnosticsToMarkers } from './markers';
import { attachLanguageSource, monaco, setupMonaco, THEMES } from './monaco-setup';
import { stageLineSpans } from './stage-names';
import { STAGE_COLOR_COUNT } from '@/components/simulator/stage-colors';

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
  source: LanguageSource | null;
  /** Lines to select and reveal; a new `nonce` reveals again. */
  reveal: { range: SourceRange; nonce: number } | null;
  /** Called once the editor can be typed in. */
  onReady?(): void;
}

function currentTheme(): string {
  return document.documentElement.classList.contains('dark') ? THEMES.dark : THEMES.light;
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
  const { modelKey, value, onChange, diagnostics, readOnly, ariaLabel, source, reveal, onReady } = props;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  const applyingRef = useRef(false);
  const emittedRef = useRef<string[]>([]);
  const gutterRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const revealRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
  });

  // Create the editor once.
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    setupMonaco();
    const uri = monaco.Uri.parse(`inmemory://stagecraft/${encodeURIComponent(modelKey)}/Dockerfile`);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(value, 'dockerfile', uri);
    const editor = monaco.editor.create(container, {
      model,
      theme: currentTheme(),
      readOnly,
      ariaLabel,
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
    });
    editorRef.current = editor;
    gutterRef.current = editor.createDecorationsCollection(gutterDecorations(value));
    revealRef.current = editor.createDecorationsCollection([]);

    let escapeArmed = false;
    const keys = editor.onKeyDown((e) => {
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
    const changes = model.onDidChangeContent(() => {
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
    const observer = new MutationObserver(() => monaco.editor.setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    container.dataset.editorReady = 'true';
    onReadyRef.current?.();

    return () => {
      observer.disconnect();
      keys.dispose();
      changes.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once per mount; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelKey]);

  // A new value from the lab (reset, restored draft, solution) replaces the text, undoably. Values
  // the editor itself reported come back later than the model moves on (fast typing outruns
  // rendering); those echoes are recognised and ignored, or they would undo the newest keystrokes.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const echo = emittedRef.current.indexOf(value);
    if (echo >= 0) {
      emittedRef.current.splice(0, echo + 1);
      return;
    }
    if (model.getValue() === value) return;
    emittedRef.current = [];
    applyingRef.current = true;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    applyingRef.current = false;
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && source) attachLanguageSource(model, source);
  }, [source, modelKey]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const markers = diagnosticsToMarkers(diagnostics, model.getValue(), window.location.origin).map((m) => ({
      ...m,
      code: m.code.target ? { value: m.code.value, target: monaco.Uri.parse(m.code.target) } : m.code.value,
    }));
    monaco.editor.setModelMarkers(model, 'stagecraft', markers);
  }, [diagnostics]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    const { start, end } = reveal.range;
    const range = new monaco.Range(start.line, start.column, end.line, end.column);
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range);
    revealRef.current?.set([{ range, options: { isWholeLine: true, className: 'sc-reveal-line' } }]);
  }, [reveal]);

  return <div ref={host} className="absolute inset-0" data-testid="monaco-host" />;
}
