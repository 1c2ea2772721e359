/**
 * Cutting a lesson into slides, at build time. A rehype plugin (run on the MDX tree, after the heading ids
 * are set) groups the lesson's top-level blocks into one `<section data-slide>` per `##` section, or at an
 * author's `<Slide />` break, and lifts each slide's `<Notes>` out into a sibling `<div data-slide-notes>`,
 * so a page can render the notes apart from the slide (the presenter's window) or drop them (the
 * audience's). What it learns about each slide (title, step count, what is on it) goes into `target`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { hastText } from './lessons-headings';

/** What a slide holds, for the overview, the presenter's "next" preview and the instructor page. */
export interface SlideInfo {
  /** 0-based position among the lesson's slides. */
  index: number;
  /** The section's heading, the `<Slide title>`, or null for the lesson's opening blocks. */
  title: string | null;
  /** The heading id the slide starts at (a link into the lesson page), or null. */
  anchor: string | null;
  /** How many `<Step>` reveals the slide has. */
  steps: number;
  /** Whether speaker notes were written for it. */
  hasNotes: boolean;
  /** The live parts on the slide, by tag name (e.g. `DockerfileLab`, `Compare`). */
  tags: string[];
  /** The first sentence or so of its prose, plain text (at most {@link EXCERPT_CHARS} characters). */
  excerpt: string;
}

/** Longest excerpt kept per slide. */
export const EXCERPT_CHARS = 160;

/** The tags whose presence on a slide is worth telling the presenter about. */
const LIVE_TAGS = new Set([
  'DockerfileLab',
  'Compare',
  'Terminal',
  'Exercise',
  'Challenges',
  'SimFigure',
  'Quiz',
]);

/** An MDX JSX element in the hast tree (mdast-util-mdx-jsx's node, kept by the MDX compiler). */
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
}

function isJsx(node: unknown, name?: string): node is JsxNode {
  if (typeof node !== 'object' || node === null) return false;
  const type = (node as { type?: unknown }).type;
  if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return false;
  return name === undefined || (node as JsxNode).name === name;
}

function jsxAttribute(node: JsxNode, name: string): string | null {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : null;
}

function childrenOf(node: unknown): unknown[] {
  const children = (node as { children?: unknown }).children;
  return Array.isArray(children) ? (children as unknown[]) : [];
}

/** Calls `fn` on `node` and every descendant, JSX elements included. */
function walk(node: unknown, fn: (node: unknown) => void): void {
  fn(node);
  for (const child of childrenOf(node)) walk(child, fn);
}

/** Plain text of ordinary prose (JSX elements and code excluded). */
function proseText(nodes: unknown[]): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (isJsx(node)) continue;
    const element = node as Element;
    if (element.type !== 'element') continue;
    if (element.tagName === 'p' || element.tagName === 'ul' || element.tagName === 'ol') {
      parts.push(hastText(element).replace(/\s+/g, ' ').trim());
    }
  }
  return parts.join(' ').trim();
}

/** The first sentence(s) of `text`, cut at a word, at most {@link EXCERPT_CHARS} characters. */
export function excerptOf(text: string): string {
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS - 1);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > 60) return cut.slice(0, sentence + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : cut.length)}…`;
}

/** True for nodes that carry nothing to show: whitespace text between blocks. */
function isBlank(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Top-level nodes that must stay at the root: the module's imports and exports. */
function isModuleNode(node: RootContent): boolean {
  return (node as { type: string }).type === 'mdxjsEsm';
}

interface Group {
  title: string | null;
  anchor: string | null;
  body: RootContent[];
  notes: RootContent[];
}

/**
 * Groups the root's blocks into slides (see the file comment). Pushes one {@link SlideInfo} per slide into
 * `target`, in order. A lesson without any heading or break is one slide.
 */
export function rehypeSlides(target: SlideInfo[]) {
  return () => (tree: Root) => {
    const kept: RootContent[] = [];
    const groups: Group[] = [];
    let current: Group = { title: null, anchor: null, body: [], notes: [] };
    const close = () => {
      if (current.body.some((node) => !isBlank(node)) || current.notes.length > 0) groups.push(current);
    };
    for (const node of tree.children) {
      if (isModuleNode(node)) {
        kept.push(node);
        continue;
      }
      if (isJsx(node, 'Slide')) {
        close();
        current = { title: jsxAttribute(node, 'title'), anchor: null, body: [], notes: [] };
        continue;
      }
      if (node.type === 'element' && node.tagName === 'h2') {
        close();
        const id = node.properties?.id;
        current = {
          title: hastText(node).trim(),
          anchor: typeof id === 'string' ? id : null,
          body: [node],
          notes: [],
        };
        continue;
      }
      if (isJsx(node, 'Notes')) current.notes.push(node);
      else current.body.push(node);
    }
    close();

    groups.forEach((group, index) => {
      let steps = 0;
      const tags = new Set<string>();
      for (const node of group.body) {
        walk(node, (inner) => {
          if (isJsx(inner, 'Step')) steps += 1;
          else if (isJsx(inner) && inner.name && LIVE_TAGS.has(inner.name)) tags.add(inner.name);
        });
      }
      target.push({
        index,
        title: group.title,
        anchor: group.anchor,
        steps,
        hasNotes: group.notes.length > 0,
        tags: [...tags],
        excerpt: excerptOf(proseText(group.body)),
      });
      kept.push({
        type: 'element',
        tagName: 'section',
        properties: { dataSlide: String(index) },
        children: group.body as ElementContent[],
      });
      if (group.notes.length > 0) {
        kept.push({
          type: 'element',
          tagName: 'div',
          properties: { dataSlideNotes: String(index) },
          children: group.notes as ElementContent[],
        });
      }
    });
    tree.children = kept;
  };
}
