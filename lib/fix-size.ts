/**
 * What a quick fix changes in size: the Dockerfile is simulated as it is and with the fix applied,
 * and the two final images are compared. The text says the change in Docker's units ("412 MB →
 * 268 MB"), that there is none, or that it cannot be told and why (a build that produces no
 * image, a layer of unknown size); it never gives a figure the simulator did not compute.
 */
import { simulateDockerfile, type SimulateOptions } from './analyze';
import { readableSize } from './build/format';
import type { SimulatedImage, SimulationResult } from './build/types';
import type { QuickFix } from './diagnostics';
import { applyEdits } from './lint/fixes';

/** The size a quick fix leads to. */
export interface FixSizeChange {
  /** The final image's size before and after the fix (bytes); null when it cannot be told. */
  beforeBytes: number | null;
  afterBytes: number | null;
  /**
   * For the learner: `412 MB → 268 MB`, `no change in size (412 MB)`, `15 MB smaller; the total is
   * unknown: …` (the same parts unknown on both sides), `size change unknown: …`.
   */
  text: string;
}

/** Docker's size with a space before the unit (`412 MB`), `≈` unless the figure is exact. */
function sizeText(image: SimulatedImage): string {
  const figure = readableSize(image.sizeBytes);
  return image.confidence === 'exact' ? figure : `≈ ${figure}`;
}

/** Compares two final images (null: the build produced none). */
export function sizeChange(before: SimulatedImage | null, after: SimulatedImage | null): FixSizeChange {
  if (!before || !after) {
    const which = !before && !after ? 'either way' : !before ? 'before the fix' : 'after the fix';
    return {
      beforeBytes: before && !before.sizeRange ? before.sizeBytes : null,
      afterBytes: after && !after.sizeRange ? after.sizeBytes : null,
      text: `size change unknown: the build produces no image ${which}`,
    };
  }
  const unknown = after.sizeRange ?? before.sizeRange;
  const a = after.sizeRange;
  const b = before.sizeRange;
  if (a && b && a.because === b.because && (a.high === null) === (b.high === null)) {
    // The same parts are unknown on both sides: the known parts' change is the change.
    const diff = a.low - b.low;
    if (a.high === null || b.high === null || a.high - b.high === diff) {
      const amount = readableSize(Math.abs(diff));
      const change = diff === 0 ? 'no change in size' : `${amount} ${diff < 0 ? 'smaller' : 'larger'}`;
      return { beforeBytes: null, afterBytes: null, text: `${change}; the total is unknown: ${a.because}` };
    }
  }
  if (unknown) {
    return {
      beforeBytes: before.sizeRange ? null : before.sizeBytes,
      afterBytes: after.sizeRange ? null : after.sizeBytes,
      text: `size change unknown: ${unknown.because}`,
    };
  }
  const text =
    before.sizeBytes === after.sizeBytes
      ? `no change in size (${sizeText(after)})`
      : `${sizeText(before)} → ${sizeText(after)}`;
  return { beforeBytes: before.sizeBytes, afterBytes: after.sizeBytes, text };
}

/**
 * Simulates `text` with `fix` applied and compares its final image with `before` (the simulation
 * of `text` itself, simulated here when not given). Never throws.
 */
export function fixSizeChange(
  text: string,
  fix: Pick<QuickFix, 'edits'>,
  options: SimulateOptions,
  before?: SimulationResult,
): FixSizeChange {
  try {
    const original = before ?? simulateDockerfile(text, options);
    const fixed = simulateDockerfile(applyEdits(text, fix.edits), options);
    return sizeChange(original.image, fixed.image);
  } catch {
    return { beforeBytes: null, afterBytes: null, text: 'size change unknown: the simulator failed' };
  }
}
