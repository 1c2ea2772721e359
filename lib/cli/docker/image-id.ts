/**
 * Image and layer ids that follow from content: the same Dockerfile and context give the same id,
 * as Docker's content-addressed ids do. They are not SHA-256 digests (Docker's are): eight FNV-1a
 * hashes, each salted with its position, make the 64 hex digits Docker shows.
 */
import { fnv1a32 } from '../../share/checksum';
import type { Layer, SimulatedImage } from '../../build/types';

/** 64 hex digits derived from `text`. */
export function contentId(text: string): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += fnv1a32(`${i}\u0000${text}`);
  return out;
}

function layerKey(layer: Layer): string {
  return `${layer.stageIndex ?? 'base'}|${layer.instruction}|${layer.sizeBytes}|${layer.changes.length}`;
}

/** The id of one layer (what `RootFS.Layers` lists), from what it is and what it adds. */
export function layerId(layer: Layer, below: string): string {
  return contentId(`${below}\n${layerKey(layer)}`);
}

/** The image id: its layers (chained) and its configuration. */
export function imageId(image: SimulatedImage): string {
  const chain = image.layers.reduce((below, layer) => layerId(layer, below), '');
  return contentId(`${chain}\n${JSON.stringify(image.config)}`);
}
