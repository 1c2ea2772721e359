/**
 * Moves keyboard focus from inside `container` to the next (or previous) focusable element of the
 * page outside it: how Escape-then-Tab leaves the editor without a mouse.
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focuses the nearest focusable element after (`1`) or before (`-1`) `container`. Returns whether it did. */
export function focusOutside(container: HTMLElement, direction: 1 | -1): boolean {
  const all = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !container.contains(el) && el.offsetParent !== null,
  );
  const after = (el: HTMLElement) =>
    Boolean(container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const target = direction === 1 ? all.find(after) : [...all].reverse().find((el) => !after(el));
  if (!target) return false;
  target.focus();
  return true;
}
