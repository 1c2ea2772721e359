/**
 * In browser bundles nothing is bundled: the simulator worker loads each release's programs before the
 * request that needs them (`prepareDebianData` → `loadDebianPrograms`). See ./debian-programs-data.ts.
 */
export const BUNDLED_DEBIAN_PROGRAMS: readonly unknown[] = [];
