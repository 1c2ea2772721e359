import { describe, expect, it } from 'vitest';
import { compareDottedVersions } from './versions';

describe('compareDottedVersions', () => {
  it('compares number by number, a missing part as 0, ignoring what lies between the numbers', () => {
    expect(compareDottedVersions('1.9', '1.18')).toBeLessThan(0);
    expect(compareDottedVersions('24.21.0', '24.19')).toBeGreaterThan(0);
    expect(compareDottedVersions('3.13', '3.13.0')).toBe(0);
    expect(compareDottedVersions('go1.25.3', '1.25.10')).toBeLessThan(0);
    expect(compareDottedVersions('', '0')).toBe(0);
  });
});
