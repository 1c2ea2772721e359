/**
 * The layered virtual filesystem: paths, merged trees and one layer's writer.
 */
export * from './paths';
export * from './tree';
export * from './presence';
export * from './which';
export { LayerWriter, mergeLayers } from './layer-writer';
