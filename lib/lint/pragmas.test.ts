import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBuild } from '../plan/plan';
import { parseDockerfile } from '../dockerfile/parse';
import { ruleIdsOf } from './ids';
import { lintDockerfile, type LintOptions } from './lint';
import { parseCheckOptions } from './pragmas';
import { RULES_BY_ID } from './rules';

function lint(text: string, options: LintOptions = {}) {
  const df = parseDockerfile(text);
  return lintDockerfile(df, planBuild(df, { buildArgs: options.buildArgs }), options);
}
const has = (text: string, id: string, options: LintOptions = {}) =>
  lint(text, options).some((d) => ruleIdsOf(d).includes(id));

describe('ignore comments', () => {
  const cmd = 'FROM alpine:3.20\nCMD echo hi\n';

  it('keeps one finding with both ids, silenced by either syntax', () => {
    const found = lint(cmd).filter((d) => ruleIdsOf(d).includes('DL3025'));
    expect(found).toHaveLength(1);
    expect(ruleIdsOf(found[0])).toEqual(['JSONArgsRecommended', 'DL3025']);
    expect(has('FROM alpine:3.20\n# hadolint ignore=DL3025\nCMD echo hi\n', 'JSONArgsRecommended')).toBe(
      false,
    );
    expect(has('FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD echo hi\n', 'DL3025')).toBe(false);
    expect(has('# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD echo hi\n', 'DL3025')).toBe(false);
  });

  it('applies an inline ignore to the next instruction only, a global one everywhere', () => {
    const two = 'FROM alpine:3.20\n# hadolint ignore=DL3003,DL3059\nRUN cd /a\nRUN cd /b\n';
    const lines = lint(two)
      .filter((d) => d.ruleId === 'DL3003')
      .map((d) => d.range.start.line);
    expect(lines).toEqual([4]);
    expect(has('# hadolint global ignore=DL3003\nFROM alpine:3.20\nRUN cd /a\nRUN cd /b\n', 'DL3003')).toBe(
      false,
    );
  });

  it('keeps the former SC- ids working in ignore comments', () => {
    const text = 'FROM scratch\nCOPY app /app\n# hadolint ignore=SC-shell-form-no-shell\nCMD /app\n';
    expect(has(text, 'stagecraft/shell-form-no-shell')).toBe(false);
    expect(
      has(text.replace('# hadolint ignore=SC-shell-form-no-shell\n', ''), 'stagecraft/shell-form-no-shell'),
    ).toBe(true);
  });

  it('silences nothing with an id that names no rule', () => {
    expect(has('FROM alpine:3.20\n# hadolint ignore=DL9999,SC-nonsense\nCMD echo hi\n', 'DL3025')).toBe(true);
  });

  it('reads check=error=true and lets BUILDKIT_DOCKERFILE_CHECK replace the directive', () => {
    const text = '# check=error=true\nFROM alpine:3.20 as base\n';
    expect(lint(text).find((d) => d.ruleId === 'FromAsCasing')?.severity).toBe('error');
    const skipAll = { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' } };
    expect(has(text, 'FromAsCasing', skipAll)).toBe(false);
    expect(parseCheckOptions('skip=A, B;error=true')).toEqual({
      skip: new Set(['a', 'b']),
      skipAll: false,
      error: true,
      experimental: new Set(),
      experimentalAll: false,
    });
  });
});

describe('rule table', () => {
  it('has a row for every id the checks report', () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const reported = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => /^checks-.*\.ts$/.test(n))) {
      const src = readFileSync(path.join(dir, f), 'utf8');
      for (const m of src.matchAll(/(?:report\(|id: )'([^']+)'/g)) reported.add(m[1]);
    }
    expect(reported.size).toBeGreaterThan(60);
    expect([...reported].filter((id) => !RULES_BY_ID.has(id))).toEqual([]);
  });
});
