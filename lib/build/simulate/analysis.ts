/**
 * The analysis the simulation starts from: parse + plan + lint of the Dockerfile text.
 */
import type { Diagnostic } from '../../diagnostics';
import { parseDockerfile } from '../../dockerfile/index';
import type { Dockerfile } from '../../dockerfile/types';
import { planBuild } from '../plan/index';
import type { PlanOptions, StageGraph } from '../plan/types';

/** Parse, plan and lint `text`. */
export function analyze(
  text: string,
  options: PlanOptions,
): { dockerfile: Dockerfile; graph: StageGraph; diagnostics: Diagnostic[] } {
  const dockerfile = parseDockerfile(text);
  const graph = planBuild(dockerfile, options);
  return { dockerfile, graph, diagnostics: [...dockerfile.diagnostics, ...graph.diagnostics] };
}
