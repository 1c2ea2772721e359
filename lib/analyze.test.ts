import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, simulateDockerfile } from './analyze';
import { simulate } from './build/simulate/index';
import { CORPUS_ABSENT, CORPUS_PRESENT, listDockerfiles } from './dockerfile/testing/corpus';

const MULTI = `FROM ubuntu:22.04 AS build
RUN apt-get update && apt-get install -y golang-go
COPY calculator.go .
RUN CGO_ENABLED=0 go build calculator.go

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ./calculator
`;

describe('analyzeDockerfile', () => {
  it('returns the model, the graph and merged diagnostics sorted by line', () => {
    const a = analyzeDockerfile(MULTI);
    expect(a.dockerfile.instructions).toHaveLength(7);
    expect(a.graph.stages.map((s) => s.built)).toEqual([true, true]);
    const lines = a.diagnostics.map((d) => d.range.start.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(
      a.diagnostics.some((d) => d.ruleId === 'stagecraft/shell-form-no-shell' && d.range.start.line === 8),
    ).toBe(true);
  });

  it('passes the target and builder through to the plan', () => {
    const a = analyzeDockerfile(MULTI, { target: 'build', builder: 'legacy' });
    expect(a.graph.target).toBe(0);
    expect(a.graph.builder).toBe('legacy');
    expect(a.graph.stages[1].skippedReason).toContain('after the target');
  });

  it('merges parse, plan and lint errors without duplicates of one cause', () => {
    const a = analyzeDockerfile('RUN echo\nFROM alpine:3.20 AS a\nCOPY --from=a /x /y\n');
    const ids = a.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('plan/no-stage');
    expect(ids).not.toContain('DL3061');
    expect(ids).toContain('plan/circular-dependency');
    expect(ids).not.toContain('DL3023');
  });

  it('reports an empty file', () => {
    const a = analyzeDockerfile('');
    expect(a.diagnostics.map((d) => d.message)).toEqual(['the Dockerfile cannot be empty']);
    expect(a.diagnostics[0].range.start.line).toBe(1);
  });

  it('processes every Dockerfile of the corpus with well-formed diagnostics', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    const files = listDockerfiles();
    expect(files.length).toBeGreaterThan(70);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const a = analyzeDockerfile(text);
      const maxLine = Math.max(1, a.dockerfile.lineCount);
      for (const d of a.diagnostics) {
        expect(d.range.start.line, f).toBeGreaterThanOrEqual(1);
        expect(d.range.end.line, f).toBeLessThanOrEqual(maxLine);
        expect(d.message.length, f).toBeGreaterThan(0);
      }
      expect(
        a.diagnostics.some((d) => d.ruleId === 'internal/error'),
        f,
      ).toBe(false);
    }
  });
});

describe('simulate(analysis) and the pipeline around it', () => {
  const context = { files: [] };
  const text = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nUSER app\nCMD ["bash"]\n';

  it('simulates the analysis it is given, without parsing or linting again', () => {
    const analysis = analyzeDockerfile(text);
    expect(analysis.diagnostics.some((d) => d.origin === 'lint')).toBe(true);
    const result = simulate({ ...analysis, diagnostics: [] }, { context });
    expect(result.diagnostics.filter((d) => d.origin === 'lint')).toEqual([]);
    expect(result.image?.config.user).toBe('app');
    const withLint = simulate(analysis, { context });
    expect(withLint.diagnostics.slice(0, analysis.diagnostics.length)).toEqual(analysis.diagnostics);
  });

  it('checks the final image after simulating: a USER missing from /etc/passwd', () => {
    const own = simulate(analyzeDockerfile(text), { context });
    expect(own.diagnostics.some((d) => d.ruleId === 'stagecraft/user-not-in-passwd')).toBe(false);
    const full = simulateDockerfile(text, { context });
    const found = full.diagnostics.filter((d) => d.ruleId === 'stagecraft/user-not-in-passwd');
    expect(found.map((d) => d.range.start.line)).toEqual([3]);
    expect(full.image).not.toBeNull();
  });
});
