/**
 * The catalog: researched figures about base images, packages and build artifacts, each with its source.
 */
export * from './types';
export { resolveImage, listCatalogImages, findCatalogImage, catalogTags } from './resolve';
export { parseImageReference } from './reference';
export type { ParsedReference, InvalidReference, ReferenceParse } from './reference';
export { neutralImageEstimate, imageKind } from './estimate';
export type { NeutralEstimate, ImageKind } from './estimate';
export { lookupManifestPath, manifestTotal } from './manifest';
export { MB, KIB, MIB, isKnown } from './figure';
