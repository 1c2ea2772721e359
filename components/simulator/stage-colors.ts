/**
 * One colour per stage, shared by the stage graph, the layer bars, the file tree and the editor's
 * gutter, so a learner sees at a glance which lines produced which bytes. The palette is Okabe and
 * Ito's colour-blind-safe set (without black), ordered so that neighbouring stages differ in both hue
 * and lightness. Colours are only ever used beside text, never as the only carrier of meaning.
 */

/** A stage's colour: `solid` for bars, borders and strokes; `soft` (translucent) for backgrounds. */
export interface StageColor {
  /** Opaque colour for bars, node borders and gutter marks; mid-tone, readable on light and dark. */
  solid: string;
  /** The same hue at low opacity: a background tint that works on light and dark surfaces. */
  soft: string;
  /** Plain name of the colour, for text such as "stage build (blue)". */
  name: string;
}

const PALETTE: ReadonlyArray<{ hex: string; name: string }> = [
  { hex: '#0072B2', name: 'blue' },
  { hex: '#E69F00', name: 'orange' },
  { hex: '#009E73', name: 'green' },
  { hex: '#CC79A7', name: 'pink' },
  { hex: '#56B4E9', name: 'sky blue' },
  { hex: '#D55E00', name: 'vermillion' },
  { hex: '#F0E442', name: 'yellow' },
];

/** Alpha (hex) of the soft tint: about 18 %. */
const SOFT_ALPHA = '2E';

/** Neutral colour for external images and layers inherited from a base image. */
export const EXTERNAL_COLOR: StageColor = { solid: '#8A8F98', soft: '#8A8F982E', name: 'grey' };

/**
 * The colour of stage `index` (0-based). Stable: the same index always gets the same colour; after
 * the palette's seven colours it wraps around. Negative or non-integer input is treated as 0.
 */
export function stageColor(index: number): StageColor {
  const i = Number.isInteger(index) && index > 0 ? index % PALETTE.length : 0;
  const { hex, name } = PALETTE[i];
  return { solid: hex, soft: `${hex}${SOFT_ALPHA}`, name };
}

/** Colour of a layer: its stage's colour, or the neutral one for base-image layers (null stage). */
export function layerColor(stageIndex: number | null): StageColor {
  return stageIndex === null ? EXTERNAL_COLOR : stageColor(stageIndex);
}

/** How many distinct stage colours there are before they repeat. */
export const STAGE_COLOR_COUNT = PALETTE.length;
