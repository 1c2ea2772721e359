/**
 * The one Markdown pipeline for the course's short texts: exercise instructions and hints, quiz prompts,
 * options, steps and explanations, flashcards. CommonMark is read by micromark (`mdast-util-from-markdown`),
 * turned into HTML's syntax tree (`mdast-util-to-hast`) and printed (`hast-util-to-html`), all when the
 * site is built: the browser receives finished HTML and no Markdown parser.
 *
 * Raw HTML in the text is never passed through: `docker exec <container> sh` shows `<container>` as
 * text, and images are shown as their alt text. Links keep only http(s), mailto and in-site targets.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Html as MdastHtml, Image } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast, type State } from 'mdast-util-to-hast';
import type { Html } from './html';

export { isBlockHtml, type Html } from './html';

const SAFE_HREF = /^(?:https?:|mailto:|\/|#)/i;

const handlers = {
  /** Raw HTML (`<pid>`, `<none>`) is shown as the text it is. */
  html: (_state: State, node: MdastHtml) => ({ type: 'text' as const, value: node.value }),
  /** Images become their alt text: a quiz line has no room for a picture, and no request leaves the site. */
  image: (_state: State, node: Image) => ({ type: 'text' as const, value: node.alt ?? '' }),
};

function dropUnsafeLinks(node: Root | ElementContent): void {
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element' && node.tagName === 'a') {
    const href = String(node.properties.href ?? '');
    if (!SAFE_HREF.test(href)) delete node.properties.href;
  }
  node.children.forEach((child) => dropUnsafeLinks(child as ElementContent));
}

/**
 * Renders one text. A single paragraph renders without its `<p>` (inline: it fits in a label or a list
 * item); anything else renders as blocks.
 */
export function renderMarkdown(text: string): Html {
  const tree = toHast(fromMarkdown(text), { handlers }) as Root;
  dropUnsafeLinks(tree);
  const content = tree.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = content.length === 1 ? content[0] : null;
  const html =
    only?.type === 'element' && only.tagName === 'p' ? toHtml((only as Element).children) : toHtml(content);
  return html as Html;
}

/** Every text of a list, rendered. */
export function renderAll(texts: readonly string[]): Html[] {
  return texts.map(renderMarkdown);
}
