import { describe, expect, it } from 'vitest';
import { formatGoG, formatSize, readableSize } from './format';

describe('formatSize (docker images units)', () => {
  it.each([
    [861_000_000, '861MB'],
    [860_600_000, '861MB'],
    [1_833_430, '1.83MB'],
    [78_080_000, '78.1MB'],
    [0, '0B'],
    [12_345, '12.3kB'],
    [999, '999B'],
    [1000, '1kB'],
    [1500, '1.5kB'],
    [80_000_000, '80MB'],
    [1_130_000_000, '1.13GB'],
    [32, '32B'],
    [999_600_000, '1e+03MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('treats invalid sizes as zero', () => {
    expect(formatSize(-5)).toBe('0B');
    expect(formatSize(Number.NaN)).toBe('0B');
  });

  it('follows Go %g for small and large exponents', () => {
    expect(formatGoG(0.0001234, 3)).toBe('0.000123');
    expect(formatGoG(0.00001234, 3)).toBe('1.23e-05');
    expect(formatGoG(2.5, 3)).toBe('2.5');
  });
});

describe('readableSize (course text, panels, quick-fix titles)', () => {
  it("prints Docker's units with a space before the unit", () => {
    expect(readableSize(861_000_000)).toBe('861 MB');
    expect(readableSize(1_833_430)).toBe('1.83 MB');
    expect(readableSize(0)).toBe('0 B');
    expect(readableSize(12_300)).toBe('12.3 kB');
  });
});
