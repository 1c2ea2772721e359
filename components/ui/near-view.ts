'use client';

/**
 * Fires once when an element comes within `rootMargin` of the viewport: the moment a lab, a quiz or a
 * terminal starts fetching the code it does not need for its first paint. Idle moments do not count: code
 * started at idle runs in long main-thread tasks while the reader may be scrolling or clicking, and a
 * reader who never scrolls to the lab never needs it. One screen height ahead is early enough for the
 * code to arrive before the element is in view at reading speed.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How near the viewport an element must come before its deferred code loads: one screen height. */
export const NEAR_VIEW_MARGIN = '100% 0px';

/** How far `element` is from the viewport now, in pixels (0 when any of it is visible; infinite when not rendered). */
export function distanceFromView(element: HTMLElement): number {
  // Not rendered at all (display: none, e.g. on a slide that is not shown): not near, however placed.
  if (element.getClientRects().length === 0) return Number.POSITIVE_INFINITY;
  const box = element.getBoundingClientRect();
  if (box.bottom < 0) return -box.bottom;
  if (box.top > window.innerHeight) return box.top - window.innerHeight;
  return 0;
}

/**
 * Calls `start` once, when `element` comes within a screen height of the viewport. Without
 * IntersectionObserver it starts at once.
 */
export function onNearView(element: HTMLElement | null, start: () => void): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    start();
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), {
          rootMargin: NEAR_VIEW_MARGIN,
        })
      : null;
  // Already near (e.g. a lab that has just hydrated in view): no need to wait a frame for the observer.
  if (!observer || (element && distanceFromView(element) <= window.innerHeight)) queueMicrotask(fire);
  else if (element) observer.observe(element);
  return () => {
    done = true;
    observer?.disconnect();
  };
}

/** True once `element` has come near the viewport (see {@link onNearView}). */
export function useNearView(element: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => onNearView(element.current, () => setNear(true)), [element]);
  return near;
}
