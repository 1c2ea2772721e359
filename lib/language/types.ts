/** What the editor's completion and hover return, in editor-neutral form (1-based positions). */

/** A completion proposal, in editor-neutral form. */
export interface CompletionSuggestion {
  label: string;
  kind: 'keyword' | 'flag' | 'stage' | 'image' | 'tag' | 'value' | 'folder' | 'snippet';
  insertText: string;
  /** True when `insertText` is a snippet with `${1:placeholder}` tab stops. */
  snippet: boolean;
  /** The text the proposal replaces (1-based, end exclusive). */
  range: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  detail: string | null;
  /** Markdown. */
  documentation: string | null;
  sortText: string | null;
}

/** Markdown documentation for the word under the pointer. */
export interface HoverInfo {
  markdown: string;
  range: { startLine: number; startColumn: number; endLine: number; endColumn: number } | null;
}
