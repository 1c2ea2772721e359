import { describe, expect, it } from 'vitest';
import { logScale } from './log-scale';

describe('logScale', () => {
  const s = logScale([861_000_000, 1_830_000]);

  it('spans a decade below the smallest value to the power of ten above the largest', () => {
    expect(s.min).toBe(100_000);
    expect(s.max).toBe(1_000_000_000);
    expect(s.ticks.map((t) => t.label)).toEqual(['100 kB', '1 MB', '10 MB', '100 MB', '1 GB']);
  });

  it('keeps 1.83 MB clearly visible next to 861 MB', () => {
    const small = s.fraction(1_830_000);
    const big = s.fraction(861_000_000);
    expect(small).toBeGreaterThan(0.25);
    expect(big).toBeGreaterThan(0.95);
    expect(big).toBeLessThanOrEqual(1);
  });

  it('maps each power of ten to an evenly spaced grid line', () => {
    expect(s.fraction(1_000_000)).toBeCloseTo(0.25);
    expect(s.fraction(10_000_000)).toBeCloseTo(0.5);
    expect(s.ticks[2].fraction).toBeCloseTo(0.5);
  });

  it('maps zero and bad input to an empty bar and still draws a grid', () => {
    expect(s.fraction(0)).toBe(0);
    expect(s.fraction(Number.NaN)).toBe(0);
    const empty = logScale([0]);
    expect(empty.ticks.length).toBeGreaterThan(1);
  });

  it('handles a single value', () => {
    const one = logScale([1_000_000]);
    expect(one.fraction(1_000_000)).toBeGreaterThan(0);
    expect(one.fraction(1_000_000)).toBeLessThanOrEqual(1);
  });
});
