/**
 * Lint rules as data: Docker's build checks (ids are Docker's rule names), hadolint's rules (DL
 * numbers), and Stagecraft's teaching rules (`stagecraft/…`). Messages are templates with `{name}`
 * placeholders filled by the checks.
 */
import type { LintRule } from './rule-model';
import { BUILD_CHECKS } from './rules-docker';
import { HADOLINT } from './rules-hadolint';
import { TEACHING } from './rules-teaching';

export { LESSONS } from './rule-model';
export type { LintRule } from './rule-model';

/** Every lint rule, by source: Docker's build checks, hadolint's, then Stagecraft's. */
export const LINT_RULES: readonly LintRule[] = [...BUILD_CHECKS, ...HADOLINT, ...TEACHING];

/** Rule metadata by id. */
export const RULES_BY_ID: ReadonlyMap<string, LintRule> = new Map(LINT_RULES.map((r) => [r.id, r]));

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/gi, (m, k: string) => params[k] ?? m);
}
