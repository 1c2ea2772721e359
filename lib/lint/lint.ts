/**
 * `lintDockerfile`: runs Docker's build checks, the stage-aware hadolint rules and Stagecraft's
 * teaching rules over a parsed Dockerfile and its stage graph. Honours `# check=skip=…`. When a
 * hadolint rule reports the same thing as a Docker rule (or a plan error) on the same line, only
 * the latter is kept. Never throws.
 */
import type { Diagnostic } from '../diagnostics';
import type { StageGraph } from '../build/plan/types';
import type { Dockerfile } from '../dockerfile/types';
import { buildChecks } from './checks-build';
import { hadolintChecks } from './checks-hadolint';
import { teachingChecks } from './checks-teaching';
import { buildContext } from './context';
import { reporter } from './report';
import { RULES_BY_ID } from './rules';

/** The rule ids `# check=skip=A,B` (or `skip=all`, for Docker's checks) turns off. */
function skipped(check: string | null): (id: string) => boolean {
  if (!check) return () => false;
  const m = /(?:^|;)\s*skip\s*=\s*([^;]*)/i.exec(check);
  if (!m) return () => false;
  const ids = new Set(m[1].split(',').map((s) => s.trim().toLowerCase()));
  return (id) => ids.has(id.toLowerCase()) || (ids.has('all') && RULES_BY_ID.get(id)?.source === 'docker');
}

function dedupe(found: Diagnostic[], plan: Diagnostic[]): Diagnostic[] {
  const at = new Set<string>();
  for (const d of [...found, ...plan]) at.add(`${d.ruleId}@${d.range.start.line}`);
  return found.filter((d) => {
    const same = RULES_BY_ID.get(d.ruleId)?.sameAs;
    return !same || !at.has(`${same}@${d.range.start.line}`);
  });
}

/**
 * Lints a Dockerfile with knowledge of its stage graph (which stage ships, what each base image
 * contains). Diagnostics have origin `lint`, the rule's docs link and lesson path.
 */
export function lintDockerfile(df: Dockerfile, graph: StageGraph): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = reporter(found);
  const ctx = buildContext(graph);
  const steps = [
    () => buildChecks(df, ctx, report),
    () => hadolintChecks(df, ctx, report),
    () => teachingChecks(ctx, report),
  ];
  for (const step of steps) {
    try {
      step();
    } catch {
      // A rule that fails on odd input must not take the others down; its findings are skipped.
    }
  }
  const skip = skipped(df.directives.check);
  return dedupe(found, graph.diagnostics).filter((d) => !skip(d.ruleId));
}
