import { describe, expect, it } from 'vitest';
import { BoundedMemo, IMAGE_MEMO_LIMIT, parseReferenceCached, resolveImageCached } from './cache';
import { parseImageReference } from './reference';
import { resolveImage } from './resolve';

describe('BoundedMemo', () => {
  it('computes a value once and returns the same object afterwards', () => {
    const memo = new BoundedMemo<{ key: string }>(4);
    let calls = 0;
    const make = (key: string) => {
      calls++;
      return { key };
    };
    const first = memo.get('a', make);
    expect(memo.get('a', make)).toBe(first);
    expect(calls).toBe(1);
  });

  it('remembers null results', () => {
    const memo = new BoundedMemo<string | null>(4);
    let calls = 0;
    const make = () => {
      calls++;
      return null;
    };
    expect(memo.get('missing', make)).toBeNull();
    expect(memo.get('missing', make)).toBeNull();
    expect(calls).toBe(1);
  });

  it('never holds more than its limit', () => {
    const memo = new BoundedMemo<number>(3);
    for (let i = 0; i < 100; i++) {
      memo.get(`k${i}`, () => i);
      memo.get(`k${i >> 1}`, () => i);
      expect(memo.size).toBeLessThanOrEqual(3);
    }
    expect(memo.get('k99', () => -1)).toBe(99);
    expect(memo.get('k0', () => -1)).toBe(-1);
  });

  it('keeps a value that is still used and forgets one that is not', () => {
    const memo = new BoundedMemo<string>(4);
    memo.get('hot', () => 'hot');
    memo.get('cold', () => 'cold');
    memo.get('a', () => 'a');
    memo.get('hot', () => 'recomputed');
    memo.get('b', () => 'b');
    memo.get('c', () => 'c');
    expect(memo.size).toBeLessThanOrEqual(4);
    expect(memo.get('hot', () => 'recomputed')).toBe('hot');
    expect(memo.get('cold', () => 'recomputed')).toBe('recomputed');
  });

  it('treats a limit below 2 or not a number as 2', () => {
    for (const limit of [1, 0, -5, Number.NaN]) {
      const memo = new BoundedMemo<number>(limit);
      for (let i = 0; i < 10; i++) memo.get(`k${i}`, () => i);
      expect(memo.limit).toBe(2);
      expect(memo.size).toBeLessThanOrEqual(2);
    }
  });

  it('forgets everything on clear', () => {
    const memo = new BoundedMemo<number>(8);
    memo.get('a', () => 1);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get('a', () => 2)).toBe(2);
  });
});

describe('resolveImageCached and parseReferenceCached', () => {
  it('give what the uncached functions give, as one shared object per reference', () => {
    for (const ref of ['ubuntu:22.04', 'gcr.io/distroless/static-debian12:nonroot', 'no/such:image', 'BAD']) {
      const cached = resolveImageCached(ref);
      expect(cached).toEqual(resolveImage(ref));
      expect(resolveImageCached(ref)).toBe(cached);
      const parsed = parseReferenceCached(ref);
      expect(parsed).toEqual(parseImageReference(ref));
      expect(parseReferenceCached(ref)).toBe(parsed);
    }
  });

  it('stay correct past the limit (a Dockerfile naming thousands of images)', () => {
    const first = resolveImageCached('app-0:1');
    for (let i = 1; i <= IMAGE_MEMO_LIMIT; i++) resolveImageCached(`app-${i}:1`);
    const again = resolveImageCached('app-0:1');
    // Forgotten, so computed anew, with the same content.
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
