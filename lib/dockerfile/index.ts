/**
 * The Dockerfile model: `parseDockerfile` reads Dockerfile text exactly as Docker's BuildKit parser
 * does and returns the typed model of `./types`.
 */
export { parseDockerfile } from './parse';
export type * from './types';
