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

/**
 * A reporter that appends to `out`. A rule id missing from the rule table still gives a finding
 * (with the id as its message), so a typo in a check never loses one; the rule-table test lists
 * every id the checks report.
 */
export function reporter(out: Diagnostic[]): Report {
  return (ruleId, range, params = {}, severity) => {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) {
      out.push({
        ruleId,
        severity: severity ?? 'warning',
        origin: 'lint',
        message: params.message ?? ruleId,
        hint: null,
        range,
        docsUrl: null,
        lessonPath: null,
      });
      return;
    }
    const d: Diagnostic = {
      ruleId,
      severity: severity ?? rule.severity,
      origin: 'lint',
      message: fill(rule.message, params),
      hint: fill(rule.hint, params),
      range,
      docsUrl: rule.docsUrl,
      lessonPath: rule.lessonPath,
    };
    if (rule.aliases && rule.aliases.length > 0) d.aliases = [...rule.aliases];
    out.push(d);
  };
}
