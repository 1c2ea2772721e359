import { describe, expect, it } from 'vitest';
import { EDITOR_PALETTES } from './editor-theme';

/** WCAG 2.1's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1's contrast ratio of two colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// The end-to-end axe checks see Monaco's markup on one lesson and the playground only: whatever token
// kinds the other lessons' Dockerfiles show, every colour the editor can give text must reach AA (4.5:1).
describe('the editor palettes', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [theme, palette] of Object.entries(EDITOR_PALETTES)) {
    it(`${theme}: every token kind, the text and the line numbers reach 4.5:1 on the background`, () => {
      const colours = { foreground: palette.foreground, lineNumber: palette.lineNumber, ...palette.tokens };
      for (const [kind, colour] of Object.entries(colours)) {
        expect(contrast(colour, palette.background), `${theme} ${kind} ${colour}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    });
  }
});
