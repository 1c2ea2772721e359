/** Helpers for render tests: static markup of a component and its visible text. */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** Render `component` with `props` to static HTML. */
export function render<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}

/** The text of `html`: tags removed, the usual entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `id="…"` in `html`. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

/** Every id referenced by aria-controls / aria-labelledby / htmlFor in `html`. */
export function referencedIds(html: string): string[] {
  return [...html.matchAll(/\s(?:aria-controls|aria-labelledby|for)="([^"]+)"/g)].flatMap((m) =>
    m[1].split(' '),
  );
}
