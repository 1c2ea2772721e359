/**
 * The engine's pipeline, from Dockerfile text: `analyzeDockerfile` (parse → plan → lint, what the
 * editor shows on each edit) and `simulateDockerfile` (that analysis → `simulate` → the checks of
 * the final image), the entry points of the worker, the terminal, the course and the command-line
 * tool. Diagnostics are merged and sorted by position.
 */
import type { Diagnostic } from './diagnostics';
import { emptyStageGraph, planBuild } from './plan/plan';
import type { Analysis, PlanOptions } from './plan/types';
import { parseDockerfile } from './dockerfile/parse';
import type { Dockerfile } from './dockerfile/types';
import { lintDockerfile } from './lint/lint';
import { attachFixes } from './lint/fixes';
import { lintFinalImage } from './lint/image-checks';
import { oversizedVariables } from './variables/size-check';
import { blocksBuild, type BuildOptions, internalError, simulate } from './build/simulate/index';
import type { SimulationResult } from './build/types';

export type { Analysis } from './plan/types';

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
    // The plan's findings (an image the catalog lacks) may have a quick fix too.
    attachFixes(
      dockerfile,
      text,
      merged.filter((d) => d.origin === 'plan'),
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

/** Options of `simulateDockerfile`: the plan's (target, build args, builder, platforms) and the build's. */
export type SimulateOptions = BuildOptions & PlanOptions;

/**
 * Simulate a build of `text` with `options.context`: analyze it, simulate the analysis, then check the
 * final image (build tools shipped, HEALTHCHECK tools missing, unknown USER). Never throws.
 */
export function simulateDockerfile(text: string, options: SimulateOptions): SimulationResult {
  const buildArgs = options.buildArgs ?? {};
  const analysis = analyzeDockerfile(typeof text === 'string' ? text : '', {
    target: options.target ?? null,
    buildArgs,
    builder: options.builder ?? 'buildkit',
    platform: options.platform,
    buildPlatform: options.buildPlatform,
  });
  const result = simulate(analysis, { ...options, buildArgs });
  const { graph, stages, diagnostics } = result;
  const target = graph.target !== null ? (stages[graph.target] ?? null) : null;
  const stage = graph.target !== null ? graph.stages[graph.target] : undefined;
  if (!target || !stage) return result;
  try {
    diagnostics.push(...lintFinalImage(target, stage, diagnostics));
  } catch (err) {
    diagnostics.push(internalError(err));
  }
  return { ...result, image: blocksBuild(diagnostics) ? null : result.image };
}

/** One platform's build of a multi-platform `--platform a,b` build. */
export interface PlatformBuild {
  platform: string;
  result: SimulationResult;
}

/**
 * A multi-platform build: one simulation per platform (as BuildKit solves one graph per platform),
 * in the order given. An empty list builds for the build machine's platform.
 */
export function simulatePlatforms(
  text: string,
  options: SimulateOptions & { platforms?: readonly string[] },
): PlatformBuild[] {
  const { platforms, ...rest } = options;
  const list = platforms && platforms.length > 0 ? platforms : [rest.buildPlatform ?? 'linux/amd64'];
  return list.map((platform) => {
    const result = simulateDockerfile(text, { ...rest, platform });
    return { platform: result.graph.platform.target, result };
  });
}
