import type { Element, Root } from 'hast';
import { createHighlighter, type Highlighter } from 'shiki';
import { hastText, visitElements } from './lessons-headings';

/** Languages highlighted at build time, and the aliases lessons may write after the fence. */
const LANGUAGES = [
  'dockerfile',
  'go',
  'java',
  'python',
  'shellscript',
  'yaml',
  'json',
  'ini',
  'xml',
] as const;
const ALIASES: Record<string, string> = {
  docker: 'dockerfile',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  console: 'shellscript',
  yml: 'yaml',
  py: 'python',
  golang: 'go',
};
/** The two themes; each token carries both colours as CSS variables (`--shiki-light`, `--shiki-dark`). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | null = null;

/** One highlighter per process: creating it loads grammars, which is the slow part. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: [...LANGUAGES] });
  return highlighter;
}

/** Maps a fence's language to a loaded grammar, or `text` for anything unknown. */
export function resolveLanguage(raw: string | null): string {
  if (!raw) return 'text';
  const lower = raw.toLowerCase();
  const lang = ALIASES[lower] ?? lower;
  return (LANGUAGES as readonly string[]).includes(lang) ? lang : 'text';
}

function fenceLanguage(code: Element): string | null {
  const classes = code.properties?.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  const found = list.find((name) => name.startsWith('language-'));
  return found ? found.slice('language-'.length) : null;
}

function fenceTitle(code: Element): string | null {
  const meta = (code.data as { meta?: unknown } | undefined)?.meta;
  if (typeof meta !== 'string') return null;
  return /title="([^"]+)"/.exec(meta)?.[1] ?? null;
}

/**
 * Highlights source text as hast (a `pre.shiki` element) with both themes, for build-time rendering
 * outside MDX (e.g. a static Dockerfile view).
 */
export async function highlightToHast(code: string, rawLang: string | null): Promise<Root> {
  const hl = await getHighlighter();
  return hl.codeToHast(code, { lang: resolveLanguage(rawLang), themes: CODE_THEMES, defaultColor: false });
}

/** Highlights source text to an HTML string (a `pre.shiki` element) with both themes. */
export async function highlightToHtml(code: string, rawLang: string | null): Promise<string> {
  const hl = await getHighlighter();
  return hl.codeToHtml(code, { lang: resolveLanguage(rawLang), themes: CODE_THEMES, defaultColor: false });
}

/**
 * A rehype plugin that replaces every fenced code block (`pre > code.language-x`) with shiki's highlighted
 * `pre`, keeping the language (`data-language`) and an optional `title="..."` from the fence's meta
 * (`data-title`) for the code-block component.
 */
export function rehypeShiki() {
  return async (tree: Root) => {
    const blocks: Array<{ parent: Root | Element; index: number; code: Element; raw: string | null }> = [];
    visitElements(tree, (node, parent, index) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      blocks.push({ parent, index, code, raw: fenceLanguage(code) });
    });
    for (const { parent, index, code, raw } of blocks) {
      const text = hastText(code).replace(/\n$/, '');
      const highlighted = await highlightToHast(text, raw);
      const pre = highlighted.children.find((c): c is Element => c.type === 'element');
      if (!pre) continue;
      pre.properties = {
        ...pre.properties,
        dataLanguage: resolveLanguage(raw) === 'text' ? (raw ?? 'text') : resolveLanguage(raw),
        ...(fenceTitle(code) ? { dataTitle: fenceTitle(code) } : {}),
      };
      parent.children[index] = pre;
    }
  };
}
