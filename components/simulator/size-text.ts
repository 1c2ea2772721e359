/**
 * Words and numbers the panel prints about sizes: Docker's units with a readable space, the change
 * since the last edit, how much smaller one image is than another, and what a confidence means.
 */
import { readableSize, sizeRangeText } from '@/lib/build/format';
import type { SimulatedImage } from '@/lib/build/types';
import type { Confidence } from '@/lib/catalog/types';

/**
 * An image's size as the panel shows it: `≥ 85 MB` when part of it is unknown with no upper bound,
 * `≈ 120–300 MB` for a known range, `size unknown` when nothing is known, else the figure (with `≈`
 * unless it is exact).
 */
export function imageSizeText(image: Pick<SimulatedImage, 'sizeBytes' | 'confidence' | 'sizeRange'>): string {
  if (image.sizeRange) return sizeRangeText(image.sizeRange);
  return `${confidenceInfo(image.confidence).approx}${readableSize(image.sizeBytes)}`;
}

/** The change between two sizes, for the headline. */
export interface SizeDelta {
  direction: 'down' | 'up' | 'same';
  /** The absolute difference in Docker's units, e.g. `859 MB`; empty when the size did not change. */
  amount: string;
  /** Visible text, e.g. `↓ 859 MB`, `↑ 12.3 kB` or `no change`. */
  text: string;
  /** Words for a screen reader, e.g. `859 MB smaller than before the last edit`. */
  spoken: string;
}

/**
 * The size change since the last edit, or null when there is no previous size to compare with.
 * Differences too small to show in Docker's three significant digits still count as a change.
 */
export function sizeDelta(previousBytes: number | null, currentBytes: number): SizeDelta | null {
  if (previousBytes === null || !Number.isFinite(previousBytes)) return null;
  const diff = currentBytes - previousBytes;
  if (diff === 0) return { direction: 'same', amount: '', text: 'no change', spoken: 'size unchanged' };
  const amount = readableSize(Math.abs(diff));
  if (diff < 0) {
    return {
      direction: 'down',
      amount,
      text: `↓ ${amount}`,
      spoken: `${amount} smaller than before the last edit`,
    };
  }
  return {
    direction: 'up',
    amount,
    text: `↑ ${amount}`,
    spoken: `${amount} bigger than before the last edit`,
  };
}

/**
 * How many times smaller `smallBytes` is than `bigBytes`, as text: `470×`, `2.3×`, `1,250×`.
 * Null when the ratio means nothing (a zero or unknown size).
 */
export function ratioFactor(bigBytes: number, smallBytes: number): string | null {
  if (!(bigBytes > 0) || !(smallBytes > 0)) return null;
  const r = Math.max(bigBytes, smallBytes) / Math.min(bigBytes, smallBytes);
  if (r < 10) return `${Number(r.toFixed(1))}×`;
  return `${Math.round(r).toLocaleString('en-US')}×`;
}

/**
 * A sentence comparing two images: `"multi-stage" is 470× smaller than "single-stage"`. Equal sizes
 * say so; a zero-byte image is described rather than given an infinite ratio.
 */
export function ratioSentence(aLabel: string, aBytes: number, bLabel: string, bBytes: number): string {
  if (aBytes === bBytes) return `${aLabel} and ${bLabel} are the same size (${readableSize(aBytes)}).`;
  const [small, smallBytes, big, bigBytes] =
    aBytes < bBytes ? [aLabel, aBytes, bLabel, bBytes] : [bLabel, bBytes, aLabel, aBytes];
  const factor = ratioFactor(bigBytes, smallBytes);
  if (factor === null) return `${small} is empty (0 B); ${big} is ${readableSize(bigBytes)}.`;
  return `${small} is ${factor} smaller than ${big}.`;
}

/** Marks and words for a confidence level. */
export interface ConfidenceInfo {
  /** `≈` for estimates, empty for exact figures. */
  approx: string;
  /** Short visible label, e.g. `high confidence`. */
  label: string;
  /** One sentence saying what the level means. */
  meaning: string;
  /** Filled dots out of three, for a compact mark next to the label. */
  dots: number;
}

const CONFIDENCE: Record<Confidence, ConfidenceInfo> = {
  exact: {
    approx: '',
    label: 'exact',
    meaning: 'Computed from real bytes (the files in the build context).',
    dots: 3,
  },
  high: {
    approx: '≈',
    label: 'high confidence',
    meaning: 'From measured or published figures for this exact image or package.',
    dots: 3,
  },
  medium: {
    approx: '≈',
    label: 'medium confidence',
    meaning: 'From figures for a close match (another version or date); expect a difference of 10 % or so.',
    dots: 2,
  },
  low: {
    approx: '≈',
    label: 'rough estimate',
    meaning: 'No published figure was found; this is a labelled guess from a neutral model.',
    dots: 1,
  },
};

/** What a confidence level means, for marks and "why?" panels. Unknown input reads as `low`. */
export function confidenceInfo(confidence: Confidence): ConfidenceInfo {
  return CONFIDENCE[confidence] ?? CONFIDENCE.low;
}

/** A share of the image as text: `91 %`, `0.2 %`, `< 0.1 %`. */
export function sharePercent(fraction: number): string {
  const pct = fraction * 100;
  if (pct > 0 && pct < 0.1) return '< 0.1 %';
  return `${pct >= 10 ? Math.round(pct) : Number(pct.toFixed(1))} %`;
}
