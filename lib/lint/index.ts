/**
 * Stage-aware lint: `lintDockerfile(df, graph)` and the rule metadata `LINT_RULES`.
 */
export { lintDockerfile } from './lint';
export { LINT_RULES, LESSONS } from './rules';
export type { LintRule } from './rules';
