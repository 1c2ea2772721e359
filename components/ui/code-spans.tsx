/**
 * Messages computed in the browser (a challenge's verdict, the simulator's reasons) mark names with
 * `backticks`; this shows those spans as code. Text from the course's files goes through the Markdown
 * pipeline at build time instead (`./markdown.tsx`); parsing Markdown in the browser for backticks alone
 * would not pay for its size.
 */
import { Fragment } from 'react';

/** `text` with its `code` spans as `<code>`. */
export function CodeSpans({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, i) =>
        part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
          <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-[0.9em] dark:bg-zinc-800">
            {part.slice(1, -1)}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
