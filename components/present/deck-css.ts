/**
 * The deck shows one slide at a time by an attribute on the deck (`data-current`) rather than by
 * rendering: every slide is in the page's HTML, so switching is one attribute change, with nothing to
 * fetch, render or lay out anew elsewhere. These rules are written per slide at build time.
 */

/** `#/5` or `#/5/2`: slide 5 (1-based), step 2. */
export const SLIDE_HASH = /^#\/(\d{1,3})(?:\/(\d{1,2}))?$/;

/** The CSS that shows slide `k` (and its notes) when the deck's `data-current` is `k`. */
export function deckCss(count: number): string {
  const rules: string[] = [];
  for (let k = 0; k < count; k++) {
    rules.push(`.deck[data-current="${k}"]>[data-slide="${k}"]{display:block}`);
    rules.push(`.notes-pane[data-current="${k}"]>[data-slide-notes="${k}"]{display:block}`);
  }
  return rules.join('\n');
}

/**
 * Runs right after the deck's HTML, before first paint: shows the slide the address names, so a reload
 * lands on the right slide without showing the first one. Tiny and dependency-free on purpose.
 */
export function deckInitScript(count: number): string {
  return `(function(){try{var m=${SLIDE_HASH.toString()}.exec(location.hash);if(!m)return;var n=Math.min(Math.max(+m[1]-1,0),${count - 1});document.querySelectorAll('.deck,.notes-pane').forEach(function(e){e.setAttribute('data-current',String(n))});}catch(e){}})();`;
}

/** Slide and step from an address's hash (0-based slide), clamped to `count`; null when it names none. */
export function parseSlideHash(hash: string, count: number): { slide: number; step: number } | null {
  const match = SLIDE_HASH.exec(hash);
  if (!match || count < 1) return null;
  const slide = Math.min(Math.max(Number(match[1]) - 1, 0), count - 1);
  return { slide, step: match[2] ? Number(match[2]) : 0 };
}

/** The hash for slide `slide` (0-based) at `step`. */
export function slideHash(slide: number, step: number): string {
  return step > 0 ? `#/${slide + 1}/${step}` : `#/${slide + 1}`;
}
