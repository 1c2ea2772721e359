/**
 * Rule ids of a finding: its own id and the ids the same finding has in the other tool (a hadolint
 * DL number beside BuildKit's check name), so either tool's ignore comment silences it.
 */
import type { Diagnostic } from '../diagnostics';

/** Every id a diagnostic answers to, its own first. */
export function ruleIdsOf(d: Pick<Diagnostic, 'ruleId' | 'aliases'>): string[] {
  return d.aliases && d.aliases.length > 0 ? [d.ruleId, ...d.aliases] : [d.ruleId];
}
