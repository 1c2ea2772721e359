/**
 * The stage graph: `planBuild(df, options)` works out a Dockerfile's stages, their dependencies,
 * the target and which stages a build runs, with BuildKit's rules or the legacy builder's.
 */
export { planBuild } from './plan';
export { AUTOMATIC_PLATFORM_ARGS, PREDEFINED_ARGS } from './args';
export type * from './types';
