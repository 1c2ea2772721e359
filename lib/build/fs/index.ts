/**
 * The layered virtual filesystem: paths, merged trees and one layer's writer.
 */
export * from './paths';
export * from './tree';
export { LayerWriter, mergeLayers } from './layer-writer';
