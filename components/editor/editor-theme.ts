/**
 * The editor's look, shared by Monaco and by the static placeholder shown until Monaco arrives, so
 * the switch changes nothing on screen: same font, size, line height, padding and token colours.
 * Colours follow the site's code blocks (GitHub's light and dark palettes), with comment colours
 * darkened or lightened where needed for 4.5:1 contrast.
 */

/** Font and metrics, in CSS pixels. */
export const EDITOR_METRICS = {
  fontFamily:
    "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
  fontSize: 14,
  lineHeight: 21,
  paddingTop: 8,
  paddingBottom: 8,
  /** Width of the line-number gutter (Monaco: `lineNumbersMinChars` 3 plus decorations). */
  gutterWidth: 52,
} as const;

/** The token kinds the Dockerfile grammar produces. */
export type TokenKind = 'keyword' | 'string' | 'variable' | 'comment' | 'plain';

/** One theme's colours. */
export interface EditorPalette {
  background: string;
  foreground: string;
  lineNumber: string;
  tokens: Record<TokenKind, string>;
}

export const EDITOR_PALETTES: Record<'light' | 'dark', EditorPalette> = {
  light: {
    background: '#ffffff',
    foreground: '#24292e',
    lineNumber: '#6e7781',
    tokens: {
      keyword: '#cf222e',
      string: '#0a3069',
      variable: '#953800',
      comment: '#57606a',
      plain: '#24292e',
    },
  },
  dark: {
    background: '#0d1117',
    foreground: '#e6edf3',
    lineNumber: '#8b949e',
    tokens: {
      keyword: '#ff7b72',
      string: '#a5d6ff',
      variable: '#ffa657',
      comment: '#8b949e',
      plain: '#e6edf3',
    },
  },
};

/** Height in pixels of an editor showing `lines` lines. */
export function editorHeight(lines: number): number {
  return lines * EDITOR_METRICS.lineHeight + EDITOR_METRICS.paddingTop + EDITOR_METRICS.paddingBottom;
}

/** How many lines a lab's editor shows for a text: its lines plus one, between 8 and 28. */
export function visibleLines(text: string): number {
  const lines = text.split(/\r?\n/).length + 1;
  return Math.min(28, Math.max(8, lines));
}
