/**
 * Small helpers to build the plan's diagnostics (origin `plan`) with a hint, a docs link and the
 * lesson that teaches the point.
 */
import type { Diagnostic, Severity, SourceRange } from '../diagnostics';

/** Lesson sections the plan's findings link to (site paths; heading ids are github-slugger slugs). */
export const PLAN_LESSONS = {
  naming: '/learn/multi-stage-builds#naming-a-stage-with-as',
  copyFrom: '/learn/multi-stage-builds#copying-out-of-a-stage-with-copy---from',
  finalShips: '/learn/multi-stage-builds#only-the-final-stage-ships',
  manyStages: '/learn/multi-stage-builds#as-many-stages-as-you-need',
} as const;

const MULTI_STAGE_DOCS = 'https://docs.docker.com/build/building/multi-stage/';
const REFERENCE_DOCS = 'https://docs.docker.com/reference/dockerfile/';

/** A plan diagnostic. */
export function planDiagnostic(
  ruleId: string,
  severity: Severity,
  message: string,
  hint: string | null,
  range: SourceRange,
  lessonPath: string | null = null,
  docsUrl: string = lessonPath ? MULTI_STAGE_DOCS : REFERENCE_DOCS,
): Diagnostic {
  return { ruleId: `plan/${ruleId}`, severity, origin: 'plan', message, hint, range, docsUrl, lessonPath };
}
