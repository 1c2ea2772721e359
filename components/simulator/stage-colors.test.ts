import { describe, expect, it } from 'vitest';
import { EXTERNAL_COLOR, layerColor, STAGE_COLOR_COUNT, stageColor } from './stage-colors';

describe('stageColor', () => {
  it('gives the same colour for the same index every time', () => {
    for (let i = 0; i < 20; i++) expect(stageColor(i)).toEqual(stageColor(i));
  });

  it('gives distinct colours to the first seven stages, then wraps', () => {
    const solids = Array.from({ length: STAGE_COLOR_COUNT }, (_, i) => stageColor(i).solid);
    expect(new Set(solids).size).toBe(STAGE_COLOR_COUNT);
    expect(stageColor(STAGE_COLOR_COUNT)).toEqual(stageColor(0));
  });

  it('derives a translucent soft tint of the same hue and names the colour', () => {
    const c = stageColor(1);
    expect(c.soft.startsWith(c.solid)).toBe(true);
    expect(c.soft).toMatch(/^#[0-9A-F]{8}$/);
    expect(c.name).toBe('orange');
  });

  it('treats odd input as stage 0 and base-image layers as neutral', () => {
    expect(stageColor(-3)).toEqual(stageColor(0));
    expect(stageColor(Number.NaN)).toEqual(stageColor(0));
    expect(layerColor(null)).toEqual(EXTERNAL_COLOR);
    expect(layerColor(2)).toEqual(stageColor(2));
  });
});
