import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from './analyze';

/** Large inputs must be handled, in reasonable time (timed loosely: printed, not asserted). */
function timed<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const r = f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return r;
}

describe('large inputs', () => {
  it('handles a 1 MB Dockerfile', () => {
    const block =
      'FROM golang:1.21 AS build\nWORKDIR /src\nCOPY . .\nRUN apt-get update && apt-get install -y --no-install-recommends gcc \\\n    make && rm -rf /var/lib/apt/lists/*\nRUN go build -o /out/app ./cmd/app\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const a = timed('1 MB', () => analyzeDockerfile(text));
    expect(a.graph.stages.length).toBeGreaterThan(5_000);
    expect(a.diagnostics.some((d) => d.ruleId === 'internal/error')).toBe(false);
  });

  it('handles a 100,000-character line', () => {
    const text = `FROM alpine:3.20\nRUN echo ${'x'.repeat(100_000)}\nENV A="${'y '.repeat(20_000)}"\n`;
    const a = timed('100k line', () => analyzeDockerfile(text));
    expect(a.dockerfile.instructions[1].args[0].length).toBe(100_005);
    expect(a.diagnostics.some((d) => d.ruleId === 'internal/error')).toBe(false);
  });

  it('handles a 20,000-character variable name misspelt by one letter', () => {
    const name = 'A'.repeat(20_000);
    const typo = `${'A'.repeat(19_999)}B`;
    const a = timed('long variable names', () =>
      analyzeDockerfile(`FROM alpine:3.20\nARG ${name}=1\nENV X=$${typo}\n`),
    );
    const undefinedVar = a.diagnostics.find((d) => d.ruleId === 'UndefinedVar');
    expect(undefinedVar?.message).toContain(`did you mean $${name}?`);
  });

  it('handles 5,000 stages chained through FROM and COPY --from', () => {
    const lines = ['FROM alpine:3.20 AS s0'];
    for (let i = 1; i < 5000; i++)
      lines.push(`FROM s${i - 1} AS s${i}`, `COPY --from=s${Math.floor(i / 2)} /a /b${i}`);
    const a = timed('5,000 stages', () => analyzeDockerfile(lines.join('\n')));
    expect(a.graph.stages).toHaveLength(5000);
    expect(a.graph.buildOrder).toHaveLength(5000);
    expect(a.graph.buildOrder[0]).toBe(0);
    const b = timed('5,000 stages, target s10', () => analyzeDockerfile(lines.join('\n'), { target: 's10' }));
    expect(b.graph.stages.filter((s) => s.built)).toHaveLength(11);
  });
});
