import { describe, expect, it } from 'vitest';
import { confidenceInfo, imageSizeText, ratioFactor, ratioSentence, sizeDelta } from './size-text';

describe('sizeDelta', () => {
  it('is null without a previous size', () => {
    expect(sizeDelta(null, 5)).toBeNull();
  });
  it('shows a fall with a down arrow and the difference in Docker units', () => {
    const d = sizeDelta(861_000_000, 1_830_000);
    expect(d?.direction).toBe('down');
    expect(d?.text).toBe('↓ 859 MB');
    expect(d?.spoken).toContain('smaller');
  });
  it('shows a rise and no change', () => {
    expect(sizeDelta(1_000, 13_300)?.text).toBe('↑ 12.3 kB');
    expect(sizeDelta(42, 42)?.direction).toBe('same');
  });
});

describe('ratioFactor and ratioSentence', () => {
  it("reproduces the talk's 470×", () => {
    expect(ratioFactor(861_000_000, 1_830_000)).toBe('470×');
    expect(ratioFactor(1_830_000, 861_000_000)).toBe('470×');
  });
  it('uses one decimal under 10× and groups thousands', () => {
    expect(ratioFactor(23, 10)).toBe('2.3×');
    expect(ratioFactor(20, 10)).toBe('2×');
    expect(ratioFactor(1_250_000, 1_000)).toBe('1,250×');
  });
  it('refuses a ratio with an empty image', () => {
    expect(ratioFactor(100, 0)).toBeNull();
    expect(ratioSentence('a', 0, 'b', 100)).toBe('a is empty (0 B); b is 100 B.');
  });
  it('names the smaller image first', () => {
    expect(ratioSentence('single', 861_000_000, 'multi', 1_830_000)).toBe(
      'multi is 470× smaller than single.',
    );
    expect(ratioSentence('x', 5, 'y', 5)).toContain('same size');
  });
});

describe('confidenceInfo', () => {
  it('marks estimates with ≈ and exact figures without', () => {
    expect(confidenceInfo('exact').approx).toBe('');
    expect(confidenceInfo('medium').approx).toBe('≈');
    expect(confidenceInfo('low').label).toBe('rough estimate');
  });
});

describe('imageSizeText', () => {
  const base = { sizeBytes: 120_000_000, confidence: 'low' as const };
  it('shows a range, a lower bound, or says the size is unknown — never 0 B', () => {
    expect(imageSizeText({ ...base, sizeRange: { low: 120_000_000, high: 300_000_000, because: 'x' } })).toBe(
      '≈ 120–300 MB',
    );
    expect(imageSizeText({ ...base, sizeRange: { low: 85_000_000, high: null, because: 'x' } })).toBe(
      '≥ 85 MB',
    );
    expect(imageSizeText({ ...base, sizeRange: { low: 0, high: null, because: 'x' } })).toBe('size unknown');
    expect(imageSizeText({ ...base, sizeRange: { low: 900_000, high: 2_000_000, because: 'x' } })).toBe(
      '≈ 900 kB–2 MB',
    );
    expect(imageSizeText({ sizeBytes: 1_830_000, confidence: 'exact' })).toBe('1.83 MB');
  });
});
