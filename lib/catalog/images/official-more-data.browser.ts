/**
 * In browser bundles the other official-image repositories are not bundled: the simulator worker loads
 * them before a request that may need them. See ./official-more-data.ts.
 */
export const BUNDLED_OFFICIAL_MORE: unknown = null;
