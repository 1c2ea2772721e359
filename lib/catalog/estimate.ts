/**
 * Neutral estimates for images the catalog does not know: the median size of known images of the same
 * kind, always labelled as an estimate with low confidence and its reasoning.
 */
import { estimate, unknown } from './figure';
import { catalogImages } from './images';
import { parseImageReference } from './reference';
import type { BaseImage, Figure } from './types';

/** A coarse kind of image, guessed from its name. */
export type ImageKind = 'distroless' | 'alpine' | 'slim' | 'full';

/** A labelled estimate for an unknown image. */
export interface NeutralEstimate {
  /** Low-confidence figure whose source starts with `ESTIMATE:`; value null only if nothing is known at all. */
  figure: Figure;
  kind: ImageKind;
  /** Plain-language reasoning, e.g. "median of 5 known alpine-based images: …". */
  reasoning: string;
  /** The smallest and largest size in the pool the median was taken from (null: nothing known). */
  range: { low: number; high: number } | null;
}

/** Guesses an image's kind from its reference (e.g. `-alpine`, `-slim`, `distroless`). */
export function imageKind(name: string): ImageKind {
  const lower = name.toLowerCase();
  if (lower.includes('distroless') || lower.includes('chainguard') || lower.includes('cgr.dev'))
    return 'distroless';
  if (lower.includes('alpine')) return 'alpine';
  if (lower.includes('slim')) return 'slim';
  return 'full';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function knownSize(image: BaseImage): number | null {
  return image.uncompressed.value;
}

/**
 * A neutral size estimate for an image reference the catalog cannot resolve. Prefers known images of the
 * same repository and kind, then of the same kind, then all known images. Never throws.
 */
export function neutralImageEstimate(ref: string): NeutralEstimate {
  const parsed = parseImageReference(typeof ref === 'string' ? ref : '');
  const name = parsed.ok ? `${parsed.repository}:${parsed.tag ?? 'latest'}` : String(ref);
  const repository = parsed.ok ? parsed.repository : null;
  const kind = imageKind(name);
  const withSize = catalogImages().filter(
    (image) => knownSize(image) !== null && image.uncompressed.value! > 0,
  );
  const sameKind = withSize.filter((image) => imageKind(`${image.repository}:${image.tag}`) === kind);
  const sameRepo = sameKind.filter((image) => image.repository === repository);
  const [pool, label] =
    sameRepo.length > 0
      ? [sameRepo, `known ${kind} \`${repository}\` images`]
      : sameKind.length > 0
        ? [sameKind, `known ${kind === 'full' ? 'full (non-slim, non-alpine)' : kind} images`]
        : [withSize, 'known images'];
  if (pool.length === 0) {
    return {
      figure: unknown('no known image sizes to estimate from'),
      kind,
      reasoning: 'nothing to estimate from',
      range: null,
    };
  }
  const value = median(pool.map((image) => image.uncompressed.value!));
  const names = pool.map((image) => `${image.repository}:${image.tag}`).join(', ');
  const reasoning = `median of ${pool.length} ${label} in the catalog: ${names}`;
  const sizes = pool.map((image) => image.uncompressed.value!);
  return {
    figure: estimate(value, `${name} is not in the catalog; ${reasoning}`),
    kind,
    reasoning,
    range: { low: Math.min(...sizes), high: Math.max(...sizes) },
  };
}
