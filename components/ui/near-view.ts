'use client';

/**
 * Fires once when an element comes within `rootMargin` of the viewport or the browser is idle,
 * whichever comes first: the moment a lab starts fetching the code it does not need for its first
 * paint (the editor, the simulation panel). On a touch-first device, or when the reader asked to save
 * data, idle moments do not count: the code (the editor alone is ≈ 850 KB gzipped) waits until it is
 * near the view, so a phone reading a lesson neither downloads nor runs it for nothing.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How near the viewport an element must come before its deferred code loads: one screen height. */
export const NEAR_VIEW_MARGIN = '100% 0px';

/** Longest wait for an idle moment before loading anyway (ms). */
export const IDLE_TIMEOUT_MS = 5000;

/** False on a touch-first device (coarse pointer) or with the browser's data saver on. */
export function idlePreloadAllowed(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return false;
  return typeof window.matchMedia !== 'function' || !window.matchMedia('(pointer: coarse)').matches;
}

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
 * Calls `start` once, when `element` nears the viewport or (where {@link idlePreloadAllowed}) the browser
 * is idle, at the latest after {@link IDLE_TIMEOUT_MS}. Without IntersectionObserver it starts at once.
 */
export function onNearView(element: HTMLElement | null, start: () => void): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    cleanup();
    start();
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), {
          rootMargin: NEAR_VIEW_MARGIN,
        })
      : null;
  const idle =
    typeof window.requestIdleCallback === 'function' && idlePreloadAllowed()
      ? window.requestIdleCallback(fire, { timeout: IDLE_TIMEOUT_MS })
      : null;
  function cleanup() {
    observer?.disconnect();
    if (idle !== null) window.cancelIdleCallback(idle);
  }
  // Already near (e.g. a lab that has just hydrated in view): no need to wait a frame for the observer.
  if (!observer || (element && distanceFromView(element) <= window.innerHeight)) queueMicrotask(fire);
  else if (element) observer.observe(element);
  return () => {
    done = true;
    cleanup();
  };
}

/** True once `element` has come near the viewport or the browser has been idle (see {@link onNearView}). */
export function useNearView(element: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => onNearView(element.current, () => setNear(true)), [element]);
  return near;
}
