/**
 * Figures for lesson prose computed by the simulator at build time (Node only): the size of an example
 * image, the ratio of two, its layer or file count. `<SimFigure>` prints them and the content test checks
 * the same numbers against `content/claims.json`, so prose and simulator cannot drift apart.
 */
import { readableSize } from '../build/format';
import type { SimulatedImage } from '../build/types';
import type { Confidence } from '../catalog/types';
import { loadExample } from './examples';
import { simulateDockerfile } from '../analyze';

/** What a figure shows. `ratio` needs `versus`: how many times bigger `file` is than `versus`. */
export type FigureKind = 'size' | 'ratio' | 'layers' | 'files';

/** A request for a figure. */
export interface FigureRequest {
  example: string;
  file: string;
  show: FigureKind;
  versus?: string;
  /** `--target`, or null/absent for the last stage. */
  target?: string | null;
}

/** A computed figure, or why there is none. */
export type FigureResult =
  | {
      ok: true;
      /** The number as printed, e.g. `861MB`, `470×`, `3`. */
      text: string;
      /** The raw value: bytes for size, the ratio, or a count. */
      value: number;
      /** `exact` figures print without ≈. */
      confidence: Confidence;
      /** One sentence saying what was computed, for a tooltip or screen readers. */
      description: string;
    }
  | { ok: false; reason: string };

/**
 * The image an example Dockerfile builds, simulated (build time), or why there is none. Never throws.
 */
export function exampleImage(
  example: string,
  file: string,
  target: string | null = null,
): SimulatedImage | string {
  try {
    return buildImage(example, file, target);
  } catch (error) {
    return `the simulator is not available (${error instanceof Error ? error.message : String(error)})`;
  }
}

function buildImage(example: string, file: string, target: string | null): SimulatedImage | string {
  const loaded = loadExample(example);
  const dockerfile = loaded.dockerfiles.find((d) => d.name === file);
  if (!dockerfile) return `${example} has no ${file}`;
  const result = simulateDockerfile(dockerfile.text, { context: loaded.context, target });
  if (!result.image) {
    const error = result.diagnostics.find((d) => d.severity === 'error');
    return `${example}/${file} does not build${error ? `: ${error.message}` : ''}`;
  }
  return result.image;
}

const RANK: Record<Confidence, number> = { exact: 3, high: 2, medium: 1, low: 0 };

function lower(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Prints a ratio as people say it: `470×` from 10 up, `2.4×` below. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '∞×';
  return ratio >= 10 ? `${Math.round(ratio)}×` : `${ratio.toFixed(1)}×`;
}

/**
 * Simulates the example Dockerfile(s) and computes the figure. Never throws: a missing example, a
 * build error or a missing simulator gives `{ ok: false, reason }`.
 */
export function computeFigure(request: FigureRequest): FigureResult {
  try {
    const image = buildImage(request.example, request.file, request.target ?? null);
    if (typeof image === 'string') return { ok: false, reason: image };
    const name = `${request.example}/${request.file}`;
    switch (request.show) {
      case 'size':
        return {
          ok: true,
          text: readableSize(image.sizeBytes),
          value: image.sizeBytes,
          confidence: image.confidence,
          description: `Size of the image built from ${name}, as docker images would show it`,
        };
      case 'layers': {
        const count = image.layers.filter((l) => !l.empty).length;
        return {
          ok: true,
          text: String(count),
          value: count,
          confidence: 'exact',
          description: `Layers with content in the image built from ${name}`,
        };
      }
      case 'files':
        return {
          ok: true,
          text: image.fileCount.toLocaleString('en-US'),
          value: image.fileCount,
          confidence: image.confidence,
          description: `Files in the image built from ${name}`,
        };
      case 'ratio': {
        if (!request.versus) return { ok: false, reason: 'a ratio needs versus="Dockerfile…"' };
        const other = buildImage(request.example, request.versus, null);
        if (typeof other === 'string') return { ok: false, reason: other };
        if (other.sizeBytes === 0) return { ok: false, reason: `${request.versus} builds an empty image` };
        const ratio = image.sizeBytes / other.sizeBytes;
        return {
          ok: true,
          text: formatRatio(ratio),
          value: ratio,
          confidence: lower(image.confidence, other.confidence),
          description: `The image from ${name} is ${formatRatio(ratio)} the size of the one from ${request.versus} (${readableSize(image.sizeBytes)} against ${readableSize(other.sizeBytes)})`,
        };
      }
    }
  } catch (error) {
    return {
      ok: false,
      reason: `the simulator is not available (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
