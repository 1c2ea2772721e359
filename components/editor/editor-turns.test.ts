import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeTurn, TURN_TIMEOUT_MS } from './editor-turns';

/** A stand-in element whose box starts `top` pixels down the page (the viewport is 800 px high). */
const at = (top: number) =>
  ({
    getClientRects: () => [{}],
    getBoundingClientRect: () => ({ top, bottom: top + 300 }),
  }) as unknown as HTMLElement;

describe('editor turns', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { innerHeight: 800 });
  });
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('creates one editor at a time, the one nearest the view first', () => {
    const order: string[] = [];
    // The first to ask goes at once; the others wait and are then taken nearest first.
    const first = takeTurn(at(2400), () => order.push('far, first to ask'));
    const below = takeTurn(at(1500), () => order.push('below'));
    const visible = takeTurn(at(100), () => order.push('visible'));
    expect(order).toEqual(['far, first to ask']);
    first.done();
    expect(order).toHaveLength(1); // the next one starts in a later task
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['far, first to ask', 'visible']);
    visible.done();
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['far, first to ask', 'visible', 'below']);
    below.done();
  });

  it('moves on when an editor never reports ready, and forgets one that went away', () => {
    const order: string[] = [];
    takeTurn(at(0), () => order.push('stuck'));
    const gone = takeTurn(at(10), () => order.push('gone'));
    const last = takeTurn(at(20), () => order.push('last'));
    gone.cancel();
    vi.advanceTimersByTime(TURN_TIMEOUT_MS - 1);
    expect(order).toEqual(['stuck']);
    vi.advanceTimersByTime(1); // the stuck editor's turn ends; the next starts a task later
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['stuck', 'last']);
    last.done();
    last.done(); // twice is harmless
  });
});
