import { afterEach, describe, expect, it, vi } from 'vitest';
import { idlePreloadAllowed } from './near-view';

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
