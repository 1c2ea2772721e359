import { afterEach, describe, expect, it, vi } from 'vitest';
import { distanceFromView } from './near-view';

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
