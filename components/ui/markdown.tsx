/**
 * Text the Markdown pipeline (`lib/markdown`) rendered when the site was built: inline in a `<span>`, or
 * blocks in a `<div>`. The HTML comes from the course's own files through that pipeline (raw HTML in them
 * is shown as text), so it is inserted as it is; no Markdown parser reaches the browser.
 */
import { isBlockHtml, type Html } from '@/lib/markdown/html';

const STYLE =
  '[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-zinc-800 [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_a]:underline';

/** One rendered text. */
export function Markdown({ html, className }: { html: Html; className?: string }) {
  const Tag = isBlockHtml(html) ? 'div' : 'span';
  return (
    <Tag className={className ? `${STYLE} ${className}` : STYLE} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
