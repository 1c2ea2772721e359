/**
 * The course's goal as a picture (build time, Node only): the talk's calculator built in one stage and
 * in two, each image as its layers on one linear scale, with the layers that hold what the small image
 * ships marked in both. The sizes are the simulator's; the talk's own figures come from `talk.ts`.
 */
import type { Confidence } from '../catalog/types';
import type { SimulatedImage } from '../build/types';
import { exampleImage } from './figures';

/** What a layer is in the picture: a base image's, one that only the build needs, or one that ships. */
export type SegmentRole = 'base' | 'build' | 'ships';

/** One non-empty layer of an image, as a segment of its bar. */
export interface GoalSegment {
  instruction: string;
  sizeBytes: number;
  confidence: Confidence;
  role: SegmentRole;
  /** Its width as a fraction of the larger image (0–1), before any minimum drawing width. */
  fraction: number;
}

/** One image of the picture. */
export interface GoalBar {
  file: string;
  sizeBytes: number;
  confidence: Confidence;
  /** The image as a fraction of the larger image (0–1). */
  fraction: number;
  segments: GoalSegment[];
}

/** The picture's data, or why the simulator could not give it. */
export type GoalPicture =
  { ok: true; example: string; from: GoalBar; to: GoalBar } | { ok: false; reason: string };

function addedPaths(image: SimulatedImage): Set<string> {
  const paths = new Set<string>();
  for (const layer of image.layers) {
    for (const change of layer.changes) if (change.op === 'add') paths.add(change.entry.path);
  }
  return paths;
}

function bar(file: string, image: SimulatedImage, scale: number, shipped: Set<string>): GoalBar {
  const segments = image.layers
    .filter((layer) => !layer.empty && layer.sizeBytes > 0)
    .map((layer): GoalSegment => {
      const ships = layer.changes.some((c) => c.op === 'add' && shipped.has(c.entry.path));
      return {
        instruction: layer.instruction,
        sizeBytes: layer.sizeBytes,
        confidence: layer.confidence,
        role: ships ? 'ships' : layer.stageIndex === null ? 'base' : 'build',
        fraction: scale > 0 ? layer.sizeBytes / scale : 0,
      };
    });
  return {
    file,
    sizeBytes: image.sizeBytes,
    confidence: image.confidence,
    fraction: scale > 0 ? image.sizeBytes / scale : 0,
    segments,
  };
}

/**
 * Simulates `from` and `to` of an example and lays them out for the picture: every layer of the small
 * image (`to`) ships; a layer of `from` ships when it adds a path the small image has. Never throws.
 */
export function goalPicture(example: string, from: string, to: string): GoalPicture {
  const big = exampleImage(example, from);
  if (typeof big === 'string') return { ok: false, reason: big };
  const small = exampleImage(example, to);
  if (typeof small === 'string') return { ok: false, reason: small };
  const scale = Math.max(big.sizeBytes, small.sizeBytes);
  const shipped = addedPaths(small);
  return {
    ok: true,
    example,
    from: bar(from, big, scale, shipped),
    to: bar(to, small, scale, shipped),
  };
}
