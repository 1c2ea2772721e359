import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze';
import { splitCommands } from '../shell';
import { MAX_EXPANDED_CHARS, expandVariables } from './expand';
import { simulateDockerfile } from '../analyze';

const doubling = (kw: 'ENV' | 'ARG', times: number) =>
  `FROM alpine:3.21\n${kw} A=x\n${`${kw} A=$A$A\n`.repeat(times)}RUN echo $A\n`;

describe('variables that double', () => {
  it('stop at the cap, with an error naming the variable', () => {
    const big = 'y'.repeat(MAX_EXPANDED_CHARS);
    const x = expandVariables('$BIG$BIG', { BIG: big });
    expect(x.tooLong).toBe('BIG');
    expect(x.error).toContain('BIG expands to more than 65,536 characters');
    expect(expandVariables('$BIG', { BIG: big }).error).toBeNull();
    expect(expandVariables('${BIG//y/yy}', { BIG: big }).tooLong).toBe('BIG');
  });

  for (const kw of ['ENV', 'ARG'] as const) {
    it(`${kw} A=$A$A ×40: one warning naming A, a small result, quickly`, () => {
      const started = performance.now();
      const r = simulateDockerfile(doubling(kw, 40), { context: { files: [] } });
      const ms = performance.now() - started;
      const warnings = r.diagnostics.filter((d) => d.ruleId === 'stagecraft/variable-too-long');
      expect(warnings).toHaveLength(1);
      expect(warnings[0].message).toMatch(/^A would be longer than 65,536 characters/);
      expect(warnings[0].range.start.line).toBe(2 + 17);
      expect(JSON.stringify(r).length).toBeLessThan(2_000_000);
      expect(ms).toBeLessThan(2000);
    });
  }

  it('says nothing when values stay small', () => {
    const a = analyzeDockerfile(doubling('ENV', 10));
    expect(a.diagnostics.filter((d) => d.ruleId === 'stagecraft/variable-too-long')).toEqual([]);
  });

  it('a RUN line cannot multiply a big value', () => {
    const big = 'z'.repeat(MAX_EXPANDED_CHARS - 10);
    const cmds = splitCommands(`echo ${'$A '.repeat(5000)}`, { A: big });
    const total = cmds.reduce((n, c) => n + c.argv.join(' ').length, 0);
    expect(total).toBeLessThan(3 * MAX_EXPANDED_CHARS);
  });
});

describe('pattern trimming is linear', () => {
  it('${V%%*a*a*a*b} on 60,000 characters without a match takes milliseconds', () => {
    const v = 'a'.repeat(60_000);
    const started = performance.now();
    expect(expandVariables('${V%%*a*a*a*b}', { V: v }).value).toBe(v);
    expect(expandVariables('${V##*a*a*a*b}', { V: v }).value).toBe(v);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps the shortest and longest semantics', () => {
    const vars = { F: 'archive.tar.gz' };
    expect(expandVariables('${F%.*}', vars).value).toBe('archive.tar');
    expect(expandVariables('${F%%.*}', vars).value).toBe('archive');
    expect(expandVariables('${F#*.}', vars).value).toBe('tar.gz');
    expect(expandVariables('${F##*.}', vars).value).toBe('gz');
    expect(expandVariables('${F%a?.gz}', vars).value).toBe('archive.t');
  });
});
