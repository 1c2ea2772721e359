import { describe, expect, it } from 'vitest';
import { computeFigure, formatRatio } from './figures';

describe('formatRatio', () => {
  it('rounds big ratios to whole numbers and small ones to one decimal', () => {
    expect(formatRatio(861 / 1.83)).toBe('470×');
    expect(formatRatio(2.43)).toBe('2.4×');
    expect(formatRatio(Infinity)).toBe('∞×');
  });
});

describe('computeFigure', () => {
  it('computes the size of an example image in Docker units', () => {
    const figure = computeFigure({ example: 'go-calculator', file: 'Dockerfile.multi-stage', show: 'size' });
    expect(figure.ok).toBe(true);
    if (figure.ok) {
      expect(figure.text).toMatch(/^\d+(\.\d+)?\u0020(kB|MB|GB)$/);
      expect(figure.value).toBeGreaterThan(1_000_000);
    }
  });

  it('computes a ratio against another Dockerfile of the same example', () => {
    const figure = computeFigure({
      example: 'go-calculator',
      file: 'Dockerfile.single-stage',
      show: 'ratio',
      versus: 'Dockerfile.multi-stage',
    });
    expect(figure.ok).toBe(true);
    if (figure.ok) {
      expect(figure.text).toMatch(/^\d+×$/);
      expect(figure.description).toContain('Dockerfile.multi-stage');
    }
  });

  it('counts layers exactly', () => {
    const figure = computeFigure({
      example: 'go-calculator',
      file: 'Dockerfile.multi-stage',
      show: 'layers',
    });
    expect(figure).toMatchObject({ ok: true, text: '1', confidence: 'exact' });
  });

  it('explains instead of throwing when the figure cannot be computed', () => {
    expect(computeFigure({ example: 'nowhere', file: 'Dockerfile', show: 'size' })).toMatchObject({
      ok: false,
    });
    const missing = computeFigure({ example: 'go-calculator', file: 'Dockerfile.nope', show: 'size' });
    expect(missing).toEqual({ ok: false, reason: 'go-calculator has no Dockerfile.nope' });
    const noVersus = computeFigure({
      example: 'go-calculator',
      file: 'Dockerfile.multi-stage',
      show: 'ratio',
    });
    expect(noVersus.ok).toBe(false);
  });
});
