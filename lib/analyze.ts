/**
 * `analyzeDockerfile`: parse + plan + lint in one call, the entry point of the editor and the
 * command-line tool. Diagnostics of all three are merged and sorted by position.
 */
import type { Diagnostic } from './diagnostics';
import { emptyStageGraph, planBuild } from './plan/plan';
import type { PlanOptions, StageGraph } from './plan/types';
import { parseDockerfile } from './dockerfile/parse';
import type { Dockerfile } from './dockerfile/types';
import { lintDockerfile } from './lint/lint';
import { oversizedVariables } from './variables/size-check';

/** Everything known about a Dockerfile before simulating it. */
export interface Analysis {
  dockerfile: Dockerfile;
  graph: StageGraph;
  /** Parse, plan and lint diagnostics, sorted by line then column (errors first on ties). */
  diagnostics: Diagnostic[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  );
}

function clamp(d: Diagnostic, lineCount: number): Diagnostic {
  const max = Math.max(1, lineCount);
  const fix = (p: { line: number; column: number }) => ({
    line: Math.min(Math.max(1, p.line), max),
    column: Math.max(1, p.column),
  });
  const start = fix(d.range.start);
  let end = fix(d.range.end);
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) end = start;
  return { ...d, range: { start, end } };
}

/** Drops the plan's "pull an image" warning where hadolint's DL3022 already explains the name on that line. */
function dedupe(all: Diagnostic[]): Diagnostic[] {
  const dl3022 = new Set(all.filter((d) => d.ruleId === 'DL3022').map((d) => d.range.start.line));
  return all.filter((d) => !(d.ruleId === 'plan/unknown-image' && dl3022.has(d.range.start.line)));
}

function fallback(text: string): Analysis {
  const dockerfile: Dockerfile = {
    directives: { syntax: null, escape: '\\', check: null },
    instructions: [],
    comments: [],
    diagnostics: [],
    lineCount: typeof text === 'string' ? text.split('\n').length : 0,
  };
  return { dockerfile, graph: emptyStageGraph('buildkit'), diagnostics: [] };
}

/**
 * Parses, plans and lints a Dockerfile. Never throws: an internal failure yields an analysis with
 * one error diagnostic saying so.
 */
export function analyzeDockerfile(text: string, options: PlanOptions = {}): Analysis {
  try {
    const dockerfile = parseDockerfile(text);
    const graph = planBuild(dockerfile, options);
    const lint = lintDockerfile(dockerfile, graph, { buildArgs: options.buildArgs, source: text });
    const sizes = oversizedVariables(dockerfile, options.buildArgs ?? {});
    const merged = dedupe([...dockerfile.diagnostics, ...graph.diagnostics, ...lint, ...sizes]).map((d) =>
      clamp(d, dockerfile.lineCount),
    );
    merged.sort(compare);
    return { dockerfile, graph, diagnostics: merged };
  } catch (e) {
    const result = fallback(text);
    result.diagnostics.push({
      ruleId: 'internal/error',
      severity: 'error',
      origin: 'parse',
      message: `Stagecraft could not analyse this Dockerfile (${e instanceof Error ? e.message : String(e)})`,
      hint: 'This is a bug in the simulator, not in your Dockerfile.',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      docsUrl: null,
      lessonPath: null,
    });
    return result;
  }
}
