/**
 * Loads Monaco from the site's own bundle (never a CDN) with only what the lab needs: the editor
 * core, find, folding, hover, suggestions, quick fixes (code actions), the Dockerfile grammar, and
 * the base editor worker. This is the instance monaco-view.tsx hands to @monaco-editor/react's
 * loader. Imported only through a dynamic import, so none of this is in a lesson page's first load.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import { stageColor, STAGE_COLOR_COUNT } from '@/components/simulator/stage-colors';
import { EDITOR_PALETTES, type EditorPalette } from './editor-theme';
import type { LanguageSource } from './language-source';
import type { Diagnostic } from '@/lib/diagnostics';
import { fixesForMarker, fixTitle, type FixSpec } from './markers';

export { monaco };

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

/** Theme names for the site's light and dark modes. */
export const THEMES = { light: 'stagecraft-light', dark: 'stagecraft-dark' } as const;

const sources = new WeakMap<monaco.editor.ITextModel, LanguageSource>();

const findings = new WeakMap<monaco.editor.ITextModel, Diagnostic[]>();

/** The diagnostics behind a model's markers, whose quick fixes the editor offers. */
export function setModelFindings(model: monaco.editor.ITextModel, diagnostics: Diagnostic[]): void {
  findings.set(model, diagnostics);
}

/** Connects a model to the completion and hover source of its lab. */
export function attachLanguageSource(model: monaco.editor.ITextModel, source: LanguageSource): void {
  sources.set(model, source);
}

function defineTheme(name: string, base: 'vs' | 'vs-dark', palette: EditorPalette): void {
  const hex = (c: string) => c.replace('#', '');
  monaco.editor.defineTheme(name, {
    base,
    inherit: true,
    rules: [
      { token: '', foreground: hex(palette.tokens.plain) },
      { token: 'keyword', foreground: hex(palette.tokens.keyword) },
      { token: 'string', foreground: hex(palette.tokens.string) },
      { token: 'string.escape', foreground: hex(palette.tokens.string) },
      { token: 'variable', foreground: hex(palette.tokens.variable) },
      { token: 'comment', foreground: hex(palette.tokens.comment) },
    ],
    colors: {
      'editor.background': palette.background,
      'editor.foreground': palette.foreground,
      'editorLineNumber.foreground': palette.lineNumber,
      'editorLineNumber.activeForeground': palette.foreground,
    },
  });
}

type Range1 = { startLine: number; startColumn: number; endLine: number; endColumn: number };
const toRange = (r: Range1) => new monaco.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);

const KIND: Record<string, monaco.languages.CompletionItemKind> = {
  keyword: monaco.languages.CompletionItemKind.Keyword,
  flag: monaco.languages.CompletionItemKind.Property,
  stage: monaco.languages.CompletionItemKind.Reference,
  image: monaco.languages.CompletionItemKind.Module,
  tag: monaco.languages.CompletionItemKind.Constant,
  value: monaco.languages.CompletionItemKind.Value,
  folder: monaco.languages.CompletionItemKind.Folder,
  snippet: monaco.languages.CompletionItemKind.Snippet,
};

/** How long a code action waits for its fix's size before it is offered without one (ms). */
const FIX_SIZE_WAIT_MS = 1500;

/** The size change a fix leads to, or null when the lab cannot say in time. */
function sizeOfFix(source: LanguageSource | undefined, text: string, fix: FixSpec): Promise<string | null> {
  if (!source?.fixSize) return Promise.resolve(null);
  return Promise.race([
    source.fixSize(text, fix.edits).catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), FIX_SIZE_WAIT_MS)),
  ]);
}

function registerProviders(): void {
  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['=', ' ', ':', '-'],
    async provideCompletionItems(model, position) {
      const source = sources.get(model);
      if (!source) return { suggestions: [] };
      const items = await source.complete(model.getValue(), position.lineNumber, position.column);
      return {
        suggestions: items.map((item) => ({
          label: item.label,
          kind: KIND[item.kind] ?? monaco.languages.CompletionItemKind.Text,
          insertText: item.insertText,
          insertTextRules: item.snippet
            ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet
            : undefined,
          range: toRange(item.range),
          detail: item.detail ?? undefined,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          sortText: item.sortText ?? undefined,
        })),
      };
    },
  });
  monaco.languages.registerCodeActionProvider('dockerfile', {
    async provideCodeActions(model, _range, context, token) {
      const found = findings.get(model) ?? [];
      const source = sources.get(model);
      const text = model.getValue();
      const versionId = model.getVersionId();
      const offered: Array<{ marker: monaco.editor.IMarkerData; fix: FixSpec }> = [];
      const seen = new Set<string>();
      for (const marker of context.markers) {
        if (marker.source !== 'stagecraft') continue;
        for (const fix of fixesForMarker(found, marker)) {
          // Two findings on one line may offer the same repair (DL3007 and an unknown tag): once.
          const key = JSON.stringify(fix);
          if (seen.has(key)) continue;
          seen.add(key);
          offered.push({ marker, fix });
        }
      }
      // Each fix is simulated in the worker, so its title says what it changes in size.
      const sizes = await Promise.all(offered.map(({ fix }) => sizeOfFix(source, text, fix)));
      if (token.isCancellationRequested) return { actions: [], dispose() {} };
      const actions: monaco.languages.CodeAction[] = offered.map(({ marker, fix }, k) => ({
        title: fixTitle(fix.title, sizes[k]),
        kind: 'quickfix',
        diagnostics: [marker],
        isPreferred: true,
        edit: {
          edits: fix.edits.map((e) => ({
            resource: model.uri,
            versionId,
            textEdit: { range: toRange({ ...e }), text: e.text },
          })),
        },
      }));
      return { actions, dispose() {} };
    },
  });
  monaco.languages.registerHoverProvider('dockerfile', {
    async provideHover(model, position) {
      const source = sources.get(model);
      if (!source) return null;
      const info = await source.hover(model.getValue(), position.lineNumber, position.column);
      if (!info) return null;
      return { contents: [{ value: info.markdown }], range: info.range ? toRange(info.range) : undefined };
    },
  });
}

function addGutterStyles(): void {
  const rules: string[] = [];
  for (let i = 0; i < STAGE_COLOR_COUNT; i++) {
    const color = stageColor(i);
    rules.push(
      `.monaco-editor .sc-stage-gutter-${i}{background:${color.solid};width:4px !important;margin-left:4px;}`,
    );
  }
  rules.push('.monaco-editor .sc-reveal-line{background:rgba(13,122,108,0.18);}');
  rules.push('.dark .monaco-editor .sc-reveal-line{background:rgba(95,212,191,0.2);}');
  const style = document.createElement('style');
  style.dataset.stagecraft = 'editor-gutter';
  style.textContent = rules.join('\n');
  document.head.appendChild(style);
}

let ready = false;

/** One-time setup: workers, themes, providers, gutter styles. Safe to call more than once. */
export function setupMonaco(): typeof monaco {
  if (ready) return monaco;
  ready = true;
  self.MonacoEnvironment = {
    getWorker: () => new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module' }),
  };
  defineTheme(THEMES.light, 'vs', EDITOR_PALETTES.light);
  defineTheme(THEMES.dark, 'vs-dark', EDITOR_PALETTES.dark);
  registerProviders();
  addGutterStyles();
  return monaco;
}
