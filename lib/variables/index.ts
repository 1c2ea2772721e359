/** Docker's variable substitution for Dockerfile instructions. */
export { EXPANDING_KINDS, expandVariables } from './expand';
export type { Expansion } from './expand';
