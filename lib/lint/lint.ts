/**
 * `lintDockerfile`: runs Docker's build checks, hadolint's rules and Stagecraft's teaching rules
 * over a parsed Dockerfile and its stage graph. Where two rules report the same problem at the same
 * place (a hadolint rule and Docker's check, or a hadolint rule and a teaching rule), one finding is
 * kept and carries both ids. Honours both peers' ignore comments (see `pragmas.ts`). Never throws.
 */
import type { Diagnostic } from '../diagnostics';
import type { StageGraph } from '../plan/types';
import type { Dockerfile } from '../dockerfile/types';
import { buildChecks } from './checks-build';
import { hadolintChecks } from './checks-hadolint';
import { teachingChecks } from './checks-teaching';
import { labelRules } from './checks-labels';
import { wholeFileRules } from './checks-hadolint-extra';
import { buildContext } from './context';
import { attachFixes } from './fixes';
import { applyPragmas } from './pragmas';
import { reporter } from './report';
import { RULES_BY_ID } from './rules';

/** What the linter may know beyond the Dockerfile and its plan. */
export interface LintOptions {
  /** `--build-arg` values; `BUILDKIT_DOCKERFILE_CHECK` replaces the file's `# check=` directive. */
  buildArgs?: Record<string, string>;
  /** The build context's `.dockerignore` text, for CopyIgnoredFile; null or absent when unknown. */
  dockerignore?: string | null;
  /** hadolint's `allowedRegistries` (DL3026); empty or absent allows every registry. */
  allowedRegistries?: string[];
  /**
   * hadolint's label schema (`label-schema:` in its configuration): label name → the kind of
   * value it must hold. The label rules (DL3048–DL3058) run only when this is given (opt-in).
   */
  labelSchema?: Record<string, LabelKind>;
  /** The Dockerfile's text: given, findings with a mechanical repair carry it as `fixes`. */
  source?: string;
  /** hadolint's `strict-labels`: labels outside the schema are reported (DL3050). */
  strictLabels?: boolean;
  /** hadolint's rules that are off by default there and here (DL1001, DL3057), turned on by id. */
  enable?: string[];
}

/** The value kinds of hadolint's label schema. */
export type LabelKind = 'text' | 'url' | 'spdx' | 'hash' | 'rfc3339' | 'semver' | 'email';

/**
 * Folds a finding into the one its rule is `sameAs` at the same line: the kept finding gains the
 * folded one's ids. A finding the parser or the plan already reports (an error that stops the
 * build) is folded into that diagnostic, which gains the id (both are made afresh per analysis).
 */
function merge(found: Diagnostic[], plan: Diagnostic[]): Diagnostic[] {
  const planned = new Map(plan.map((d) => [`${d.ruleId}@${d.range.start.line}`, d]));
  const byKey = new Map<string, Diagnostic>();
  for (const d of found) {
    const key = `${d.ruleId}@${d.range.start.line}`;
    if (!byKey.has(key)) byKey.set(key, d);
  }
  const out: Diagnostic[] = [];
  for (const d of found) {
    const same = RULES_BY_ID.get(d.ruleId)?.sameAs;
    if (!same) {
      out.push(d);
      continue;
    }
    const key = `${same}@${d.range.start.line}`;
    const keeper = planned.get(key) ?? byKey.get(key);
    if (!keeper) {
      out.push(d);
      continue;
    }
    const aliases = keeper.aliases ?? [];
    for (const id of [d.ruleId, ...(d.aliases ?? [])]) if (!aliases.includes(id)) aliases.push(id);
    keeper.aliases = aliases;
  }
  return out;
}

const isDockerRule = (id: string): boolean => RULES_BY_ID.get(id)?.source === 'docker';

/**
 * Lints a Dockerfile with knowledge of its stage graph (which stage ships, what each base image
 * contains). Diagnostics have origin `lint`, the rule's docs link and lesson path.
 */
export function lintDockerfile(df: Dockerfile, graph: StageGraph, options: LintOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = reporter(found);
  const ctx = buildContext(graph);
  const steps = [
    () => buildChecks(df, ctx, report, options),
    () => hadolintChecks(df, ctx, report, options),
    () => teachingChecks(ctx, report),
    () => labelRules(df, report, options),
    () => wholeFileRules(df, report, options),
  ];
  for (const step of steps) {
    try {
      step();
    } catch {
      // A rule that fails on odd input must not take the others down; its findings are skipped.
    }
  }
  const kept = applyPragmas(
    df,
    merge(found, [...df.diagnostics, ...graph.diagnostics]),
    isDockerRule,
    options.buildArgs?.BUILDKIT_DOCKERFILE_CHECK,
  );
  return options.source === undefined ? kept : attachFixes(df, options.source, kept);
}
