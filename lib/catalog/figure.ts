/**
 * Small constructors for catalog figures, so every number is written once with its source beside it.
 */
import type { Confidence, Figure } from './types';

/** Docker's decimal megabyte (what `docker images` prints as MB). */
export const MB = 1_000_000;
/** 1024 bytes: du, apk and Debian's Installed-Size count in KiB. */
export const KIB = 1024;
/** 1024 × 1024 bytes. */
export const MIB = 1024 * 1024;

/** A known figure. `bytes` is rounded to a whole number of bytes. */
export function known(
  bytes: number,
  source: string,
  asOf: string | null,
  confidence: Confidence = 'high',
): Figure {
  return { value: Math.round(bytes), source, asOf, confidence };
}

/** A figure that was not found: value null, low confidence, with the reason in `source`. */
export function unknown(source: string): Figure {
  return { value: null, source, asOf: null, confidence: 'low' };
}

/** A labelled estimate: a number with its reasoning, always prefixed `ESTIMATE:` and never above low confidence. */
export function estimate(bytes: number, reasoning: string, asOf: string | null = null): Figure {
  return { value: Math.round(bytes), source: `ESTIMATE: ${reasoning}`, asOf, confidence: 'low' };
}

/** True when the figure carries a value (0 counts: scratch really is 0 bytes). */
export function isKnown(figure: Figure): figure is Figure & { value: number } {
  return figure.value !== null;
}

/** A labelled estimate that is a lower bound: the real size is at least `bytes`. */
export function floorEstimate(bytes: number, reasoning: string, asOf: string | null = null): Figure {
  return { ...estimate(bytes, reasoning, asOf), floor: true };
}
