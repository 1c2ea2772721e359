/**
 * Creating a Monaco editor takes the main thread for a while, and a lesson can bring several into view at
 * once (a lab and a comparison beside it). Editors whose code has arrived therefore take turns: one is
 * created at a time, the one nearest the viewport first, so the editor the learner is looking at is ready
 * soonest and no single task creates several.
 */

import { distanceFromView } from '@/components/ui/near-view';

const distance = (element: HTMLElement | null) =>
  element ? distanceFromView(element) : Number.POSITIVE_INFINITY;

/** Longest an editor may hold the turn without reporting that it is ready (then the next one goes). */
export const TURN_TIMEOUT_MS = 1500;

interface Turn {
  element: HTMLElement | null;
  go(): void;
}

const waiting: Turn[] = [];
let holder: Turn | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function next(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  holder = null;
  if (waiting.length === 0) return;
  waiting.sort((a, b) => distance(a.element) - distance(b.element));
  const turn = waiting.shift()!;
  holder = turn;
  timer = setTimeout(() => release(turn), TURN_TIMEOUT_MS);
  turn.go();
}

/** Ends `turn`'s turn (if it holds it); the next editor starts in a later task. */
function release(turn: Turn): void {
  if (holder !== turn) return;
  holder = null;
  if (timer !== null) clearTimeout(timer);
  timer = null;
  setTimeout(() => {
    if (holder === null) next();
  }, 0);
}

/**
 * Queues the creation of the editor in `element`: `go` is called when its turn comes. Returns `done`, to
 * call once the editor is ready (or has failed), and `cancel`, for an editor that goes away; both are safe
 * to call more than once.
 */
export function takeTurn(element: HTMLElement | null, go: () => void): { done(): void; cancel(): void } {
  const turn: Turn = { element, go };
  waiting.push(turn);
  if (holder === null) next();
  const end = () => {
    const i = waiting.indexOf(turn);
    if (i >= 0) waiting.splice(i, 1);
    release(turn);
  };
  return { done: end, cancel: end };
}
