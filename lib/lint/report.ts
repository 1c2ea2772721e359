/**
 * Turning a rule and its parameters into a Diagnostic, shared by every check.
 */
import type { Diagnostic, Severity, SourceRange } from '../diagnostics';
import { RULES_BY_ID, fill } from './rules';

/** Reports one finding of a rule at a range; `params` fill the message and hint templates. */
export type Report = (
  ruleId: string,
  range: SourceRange,
  params?: Record<string, string>,
  severity?: Severity,
) => void;

/** A reporter that appends to `out`. Unknown rule ids are ignored. */
export function reporter(out: Diagnostic[]): Report {
  return (ruleId, range, params = {}, severity) => {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) return;
    out.push({
      ruleId,
      severity: severity ?? rule.severity,
      origin: 'lint',
      message: fill(rule.message, params),
      hint: fill(rule.hint, params),
      range,
      docsUrl: rule.docsUrl,
      lessonPath: rule.lessonPath,
    });
  };
}
