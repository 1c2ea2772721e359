import { afterEach, describe, expect, it, vi } from 'vitest';
import { distanceFromView, idlePreloadAllowed } from './near-view';

/** A browser whose pointer is `pointer` and whose data saver is `saveData`. */
function browser(pointer: 'fine' | 'coarse', saveData = false) {
  vi.stubGlobal('navigator', { connection: { saveData } });
  vi.stubGlobal('window', {
    matchMedia: (query: string) => ({ matches: query === `(pointer: ${pointer})` }),
  });
}

describe('idle preloading', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is allowed with a mouse and no data saver', () => {
    browser('fine');
    expect(idlePreloadAllowed()).toBe(true);
  });

  it('waits for nearness on a touch-first device', () => {
    browser('coarse');
    expect(idlePreloadAllowed()).toBe(false);
  });

  it('waits for nearness when the reader asked to save data', () => {
    browser('fine', true);
    expect(idlePreloadAllowed()).toBe(false);
  });
});

describe('distanceFromView', () => {
  afterEach(() => vi.unstubAllGlobals());
  const element = (rects: number, top: number, bottom: number) =>
    ({
      getClientRects: () => ({ length: rects }),
      getBoundingClientRect: () => ({ top, bottom }),
    }) as unknown as HTMLElement;

  it('is infinite for an element that is not rendered (a slide not shown), wherever its box says it is', () => {
    vi.stubGlobal('window', { innerHeight: 800 });
    expect(distanceFromView(element(0, 0, 0))).toBe(Number.POSITIVE_INFINITY);
    expect(distanceFromView(element(1, 0, 100))).toBe(0);
    expect(distanceFromView(element(1, 1000, 1100))).toBe(200);
  });
});
