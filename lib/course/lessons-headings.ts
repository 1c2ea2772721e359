import type { Element, ElementContent, Root, RootContent } from 'hast';

/** One entry of a lesson's on-page table of contents. */
export interface TocHeading {
  /** 2 for `##`, 3 for `###`. */
  depth: 2 | 3;
  /** The heading's id (github-slugger slug set by rehype-slug). */
  id: string;
  /** The heading's plain text. */
  text: string;
}

/** Plain text of a hast node and its descendants. */
export function hastText(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastText(child)).join('');
  return '';
}

/** Calls `fn` for every element in the tree, with its parent and index. */
export function visitElements(
  tree: Root | Element,
  fn: (node: Element, parent: Root | Element, index: number) => void,
): void {
  tree.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    fn(child, tree, index);
    visitElements(child, fn);
  });
}

/**
 * A rehype plugin (run after rehype-slug) that pushes every `h2`/`h3` with an id into `target`, in document
 * order, so the lesson page can render its table of contents.
 */
export function rehypeCollectHeadings(target: TocHeading[]) {
  return () => (tree: Root) => {
    visitElements(tree, (node) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string' || id === '') return;
      target.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: hastText(node).trim() });
    });
  };
}
