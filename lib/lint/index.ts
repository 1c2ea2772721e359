/**
 * Stage-aware lint: `lintDockerfile(df, graph)`, the checks of a simulated final image
 * (`lintFinalImage`) and the rule metadata `LINT_RULES`.
 */
export { lintDockerfile } from './lint';
export { lintFinalImage } from './image-checks';
export { LINT_RULES, LESSONS } from './rules';
export type { LintRule } from './rules';
