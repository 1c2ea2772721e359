/**
 * A logarithmic scale for byte sizes, so that 1.83 MB and 861 MB can share one chart: each grid
 * line is ten times the previous one. The domain runs from one decade below the smallest non-zero
 * value to the first power of ten at or above the largest, so the smallest bar is still clearly
 * visible.
 */
import { readableSize } from '@/lib/build/format';

/** A scale from bytes to a fraction of the chart width (0..1). */
export interface LogScale {
  /** Lower end of the domain (a power of ten, bytes). */
  min: number;
  /** Upper end of the domain (a power of ten, bytes). */
  max: number;
  /** Where `bytes` falls, 0..1. Zero or negative bytes map to 0 (an empty bar). */
  fraction(bytes: number): number;
  /** One grid line per power of ten from `min` to `max`, with its label in Docker's units. */
  ticks: Array<{ bytes: number; fraction: number; label: string }>;
}

/**
 * Build a log scale covering `values` (bytes). With no positive value the scale spans 1 kB–1 MB so
 * that an all-empty chart still draws its grid.
 */
export function logScale(values: number[]): LogScale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const lo = positive.length ? Math.min(...positive) : 1e3;
  const hi = positive.length ? Math.max(...positive) : 1e6;
  const minExp = Math.floor(Math.log10(lo)) - 1;
  let maxExp = Math.ceil(Math.log10(hi));
  if (maxExp <= minExp) maxExp = minExp + 1;
  const min = 10 ** minExp;
  const max = 10 ** maxExp;
  const span = maxExp - minExp;
  const fraction = (bytes: number): number => {
    if (!Number.isFinite(bytes) || bytes <= 0) return 0;
    const f = (Math.log10(bytes) - minExp) / span;
    return Math.min(1, Math.max(0, f));
  };
  const ticks: LogScale['ticks'] = [];
  for (let e = minExp; e <= maxExp; e++) {
    ticks.push({ bytes: 10 ** e, fraction: (e - minExp) / span, label: readableSize(10 ** e) });
  }
  return { min, max, fraction, ticks };
}
