/**
 * The Dockerfile as highlighted static code, shown until Monaco arrives: same font, line height,
 * padding and colours as the editor, inside the same fixed-size box, so nothing moves when it swaps.
 */
import { tokenizeLine } from './dockerfile-tokens';
import type { TokenKind } from './editor-theme';
import { EDITOR_METRICS } from './editor-theme';

/** Tailwind classes per token kind; the hex values are EDITOR_PALETTES' (checked by a test). */
export const TOKEN_CLASSES: Record<TokenKind, string> = {
  keyword: 'text-[#cf222e] dark:text-[#ff7b72]',
  string: 'text-[#0a3069] dark:text-[#a5d6ff]',
  variable: 'text-[#953800] dark:text-[#ffa657]',
  comment: 'text-[#57606a] dark:text-[#8b949e]',
  plain: 'text-[#24292e] dark:text-[#e6edf3]',
};

/** Props: the text to show. */
export function StaticDockerfile({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <div
      className="absolute inset-0 flex overflow-hidden bg-white dark:bg-[#0d1117]"
      style={{
        fontFamily: EDITOR_METRICS.fontFamily,
        fontSize: EDITOR_METRICS.fontSize,
        lineHeight: `${EDITOR_METRICS.lineHeight}px`,
        paddingTop: EDITOR_METRICS.paddingTop,
      }}
      data-testid="editor-placeholder"
    >
      <div
        aria-hidden="true"
        className="shrink-0 pr-4 text-right text-[#6e7781] select-none dark:text-[#8b949e]"
        style={{ width: EDITOR_METRICS.gutterWidth }}
      >
        {lines.map((_, i) => (
          <div key={i} data-line={i + 1}>
            {i + 1}
          </div>
        ))}
      </div>
      <pre className="m-0 min-w-0 flex-1 overflow-hidden whitespace-pre" style={{ font: 'inherit' }}>
        <code>
          {lines.map((line, i) => (
            <div key={i} data-line={i + 1}>
              {line === ''
                ? '\u200b'
                : tokenizeLine(line).map((token, j) => (
                    <span key={j} className={TOKEN_CLASSES[token.kind]}>
                      {token.text}
                    </span>
                  ))}
            </div>
          ))}
        </code>
      </pre>
    </div>
  );
}

/**
 * The place in the text under a click on the static code (1-based line and column), so the editor can
 * put its cursor there once it is ready; null when the click was not on a line. A click in the gutter, or
 * past a line's end, gives that line's start or end.
 */
export function positionAt(
  target: EventTarget | null,
  x: number,
  y: number,
): { lineNumber: number; column: number } | null {
  const line = target instanceof Element ? target.closest<HTMLElement>('[data-line]') : null;
  if (!line) return null;
  const lineNumber = Number(line.dataset.line);
  if (!line.closest('code')) return { lineNumber, column: 1 };
  const caret = caretAt(x, y);
  if (!caret || !line.contains(caret.node))
    return { lineNumber, column: (line.textContent ?? '').length + 1 };
  // Characters before the caret within the line: the text of every node before it, plus its offset.
  let column = 1;
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== caret.node; node = walker.nextNode())
    column += (node.textContent ?? '').replace(/\u200b/g, '').length;
  return { lineNumber, column: column + caret.offset };
}

/** The text node and offset under a viewport point, with whichever of the two caret APIs the browser has. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range =
    typeof document.caretRangeFromPoint === 'function' ? document.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
