/**
 * The small Markdown subset exercise texts use: paragraphs (blank-line separated), lines starting
 * with "- " as a list, `code` and **bold**. Rendered as React elements (never as HTML strings).
 */
import type { ReactNode } from 'react';

/** Inline `code` and **bold** within one line of text. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/);
  return (
    <>
      {parts.map((part, i) => {
        if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
          return (
            <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-[0.9em] dark:bg-zinc-800">
              {part.slice(1, -1)}
            </code>
          );
        }
        if (part.startsWith('**') && part.endsWith('**') && part.length > 3)
          return <strong key={i}>{part.slice(2, -2)}</strong>;
        return part;
      })}
    </>
  );
}

/** Paragraphs and "- " lists. */
export function RichText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  text.split(/\n{2,}/).forEach((block, b) => {
    const lines = block.split('\n');
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = (key: string) => {
      if (paragraph.length)
        blocks.push(
          <p key={`${key}p`} className="my-2">
            <InlineText text={paragraph.join(' ')} />
          </p>,
        );
      if (items.length) {
        blocks.push(
          <ul key={`${key}u`} className="my-2 list-disc pl-6">
            {items.map((item, i) => (
              <li key={i}>
                <InlineText text={item} />
              </li>
            ))}
          </ul>,
        );
      }
      paragraph = [];
      items = [];
    };
    lines.forEach((line, l) => {
      if (/^\s*- /.test(line)) {
        if (paragraph.length) flush(`${b}-${l}a`);
        items.push(line.replace(/^\s*- /, ''));
      } else {
        if (items.length) flush(`${b}-${l}b`);
        paragraph.push(line);
      }
    });
    flush(`${b}-end`);
  });
  return <>{blocks}</>;
}
