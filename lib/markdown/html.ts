/**
 * What the browser needs of the Markdown pipeline (`./index.ts`, run when the site is built): the type of
 * its output and whether that output is inline or blocks. No parser: this file imports nothing.
 */
declare const htmlBrand: unique symbol;

/**
 * HTML the pipeline printed from Markdown. A plain string is not one (it must go through
 * `renderMarkdown`), but one is still a string: data whose text fields were rendered stays assignable to
 * the data it came from.
 */
export type Html = string & { readonly [htmlBrand]: true };

/** True when rendered HTML holds blocks (paragraphs, lists, code blocks) and needs a block container. */
export function isBlockHtml(html: Html): boolean {
  return /^<(?:p|ul|ol|pre|blockquote|h[1-6]|hr|table)[\s>]/.test(html);
}
