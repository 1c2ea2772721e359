/**
 * Sharing a lab as a link: the state (example, Dockerfile text, target, builder) lives in the URL
 * fragment, so it never reaches a server. Pure; the caller reads and writes `location.hash`.
 */
export { encodeSharedState, decodeSharedState, SHARE_PREFIX } from './codec';
export type { ShareDecodeResult, ShareEncodeResult, ShareErrorReason } from './codec';
export { sharedLabStateSchema, MAX_SHARED_TEXT_CHARS, MAX_FRAGMENT_CHARS } from './schema';
export type { SharedLabState } from './schema';
