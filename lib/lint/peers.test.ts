/**
 * Conformance with the peers: every case of the lint-peers corpus (hadolint's rule specs and
 * BuildKit's check tests) for a rule Stagecraft implements must come out as the peer says, except the
 * deliberate differences listed below, each with its reason. Prints a per-rule table.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LINT_RULES } from './rules';
import { loadPeerCases, PEER_CASES_FILE, runPeerCase, type CaseResult } from './testing/peer-cases';

/** Cases where Stagecraft answers differently on purpose, by case id, with the reason. */
export const DELIBERATE_DIFFERENCES: Record<string, string> = {
  'hadolint-DL3022-05':
    "hadolint's snippet had no FROM, so `--from=0` named a stage not yet defined; with the FROM the corpus adds, stage 0 is the COPY's own stage, which DL3023 and the plan report as a circular dependency",
};

const cases = loadPeerCases();
const implemented = new Set(LINT_RULES.flatMap((r) => [r.id, ...(r.aliases ?? [])]));

function row(r: CaseResult): string {
  const c = r.case;
  return `${c.rule} ${c.id} (${c.source}): expected ${r.expected}, got ${r.got}\n${c.dockerfile
    .split('\n')
    .map((l, k) => `    ${String(k + 1).padStart(2)}| ${l}`)
    .join('\n')}`;
}

if (!cases) {
  describe('lint conformance with hadolint and BuildKit', () => {
    it.skip(`skipped: the lint-peers corpus is absent (${PEER_CASES_FILE})`, () => {});
  });
} else {
  const results = cases.map(runPeerCase);
  const byRule = new Map<string, CaseResult[]>();
  for (const r of results) {
    const list = byRule.get(r.case.rule) ?? [];
    list.push(r);
    byRule.set(r.case.rule, list);
  }

  describe('lint conformance with hadolint and BuildKit', () => {
    afterAll(() => {
      const lines: string[] = ['rule                              peer      cases  agree  implemented'];
      for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
        const agree = list.filter((r) => r.agree).length;
        lines.push(
          `${rule.padEnd(34)}${list[0].case.peer.padEnd(10)}${String(list.length).padStart(5)}  ${String(agree).padStart(5)}  ${implemented.has(rule) ? 'yes' : 'no'}`,
        );
      }
      for (const peer of ['hadolint', 'buildkit'] as const) {
        const mine = results.filter((r) => r.case.peer === peer && implemented.has(r.case.rule));
        const all = results.filter((r) => r.case.peer === peer);
        const rules = new Set(all.map((r) => r.case.rule));
        const have = [...rules].filter((r) => implemented.has(r));
        lines.push(
          `${peer}: ${mine.filter((r) => r.agree).length}/${mine.length} cases agree for implemented rules (${all.length} cases in all); rules ${have.length}/${rules.size}`,
        );
      }
      console.log(lines.join('\n'));
    });

    for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      if (!implemented.has(rule)) continue;
      it(`${rule}: agrees with ${list[0].case.peer} on ${list.length} cases`, () => {
        const wrong = list.filter((r) => !r.agree && !DELIBERATE_DIFFERENCES[r.case.id]);
        expect(wrong.map(row).join('\n\n')).toBe('');
      });
    }

    it("words every finding as the peer does (hadolint's message, BuildKit's expected warnings)", () => {
      const wrong: string[] = [];
      let compared = 0;
      for (const r of results) {
        const want = r.case.peerMessages ?? (r.case.peerMessage ? [r.case.peerMessage] : []);
        if (r.case.expect !== 'catches' || want.length === 0) continue;
        for (const m of r.messages) {
          compared++;
          if (!want.includes(m))
            wrong.push(`${r.case.id}: ${JSON.stringify(m)}, peer: ${JSON.stringify(want)}`);
        }
      }
      expect(wrong.join('\n')).toBe('');
      expect(compared).toBeGreaterThan(300);
    });

    it('lists deliberate differences only for cases that exist and still differ', () => {
      for (const id of Object.keys(DELIBERATE_DIFFERENCES)) {
        const r = results.find((x) => x.case.id === id);
        expect(r, id).toBeDefined();
        expect(r?.agree, `${id} now agrees; remove it from DELIBERATE_DIFFERENCES`).toBe(false);
      }
    });
  });
}
