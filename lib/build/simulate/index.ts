/**
 * `simulate`: an analysis (the parsed Dockerfile and its stage graph) + build context → the images a
 * build produces, layer by layer, with sizes, explanations and confidence. It neither parses nor
 * lints: `simulateDockerfile` (lib/analyze.ts) runs the whole pipeline from text. Pure and
 * synchronous; never throws.
 */
import type { Diagnostic } from '../../diagnostics';
import { lineRange } from '../../diagnostics';
import type { ImageResolution } from '../../catalog/types';
import { emptyStageGraph } from '../../plan/plan';
import type { Analysis, StageGraph } from '../../plan/types';
import type { BuildContext, SimulatedImage, SimulationResult } from '../types';
import { applyDockerignore } from '../context/index';
import type { SimCatalog } from '../effects/catalog-port';
import { defaultCatalog } from '../effects/catalog-adapter';
import { toImage } from './image';
import { emulationNotes, platformAvailability } from './platforms';
import { buildStage, type BuildEnv, stageReaders } from './stage';

/** What a build needs besides the analysis (the target, builder and platform are in its graph). */
export interface BuildOptions {
  context: BuildContext;
  /** `--build-arg` values (they override ARG defaults); give the same ones the analysis was planned with. */
  buildArgs?: Record<string, string>;
  /** The catalog to read figures from (tests may pass their own). */
  catalog?: SimCatalog;
  /** Ids of the secrets passed with `--secret id=…`; undefined: every secret a RUN mounts is given. */
  secrets?: readonly string[];
}

/**
 * Whether `diagnostics` stop the build: an error of the parser, the plan or the simulation, or a RUN
 * in a stage without its shell (which Docker only finds when it runs the step).
 */
export function blocksBuild(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some(
    (d) =>
      d.severity === 'error' &&
      (d.origin === 'parse' ||
        d.origin === 'plan' ||
        d.origin === 'simulate' ||
        d.ruleId === 'stagecraft/run-no-shell'),
  );
}

/** The catalog's resolution of the image stage `index` starts from (through FROM <stage>), or null. */
function baseResolution(graph: StageGraph, index: number, catalog: SimCatalog): ImageResolution | null {
  let i: number | null = index;
  for (let guard = 0; i !== null && guard < graph.stages.length + 1; guard++) {
    const stage: StageGraph['stages'][number] | undefined = graph.stages[i];
    if (!stage) return null;
    if (stage.base.kind === 'stage') i = stage.base.stageIndex;
    else if (stage.base.kind === 'image') return catalog.resolveImage(stage.base.ref);
    else return null;
  }
  return null;
}

/**
 * Simulate the build `analysis` describes, with `options.context`. Every built stage gets an image;
 * the target stage's image is `image` (null when parse, plan or build errors stop the build). The
 * result's diagnostics are the analysis's followed by the simulation's.
 */
export function simulate(analysis: Analysis, options: BuildOptions): SimulationResult {
  const diagnostics: Diagnostic[] = [];
  let graph: StageGraph = analysis?.graph ?? emptyStageGraph('buildkit');
  try {
    const catalog = options.catalog ?? defaultCatalog;
    graph = analysis.graph;
    diagnostics.push(...analysis.diagnostics);
    diagnostics.push(...platformAvailability(graph, catalog), ...emulationNotes(graph));
    const env: BuildEnv = {
      graph,
      catalog,
      context: applyDockerignore(options.context ?? { files: [] }),
      built: new Map(),
      diagnostics,
      buildArgs: options.buildArgs ?? {},
      secrets: options.secrets,
      escape: analysis.dockerfile.directives.escape,
      readers: stageReaders(graph),
    };
    const stages: Array<SimulatedImage | null> = graph.stages.map(() => null);
    for (const index of graph.buildOrder) {
      const stage = graph.stages[index];
      if (!stage) continue;
      const b = buildStage(stage, env);
      stages[index] = toImage(b, baseResolution(graph, index, catalog));
    }
    const targetImage = graph.target !== null ? (stages[graph.target] ?? null) : null;
    return { graph, stages, image: blocksBuild(diagnostics) ? null : targetImage, diagnostics };
  } catch (err) {
    diagnostics.push(internalError(err));
    return { graph, stages: graph.stages.map(() => null), image: null, diagnostics };
  }
}

/** The diagnostic for a failure of the simulator itself (a bug, not the Dockerfile's fault). */
export function internalError(err: unknown): Diagnostic {
  return {
    ruleId: 'simulate/internal',
    severity: 'error',
    origin: 'simulate',
    message: `The simulator could not model this Dockerfile (${err instanceof Error ? err.message : String(err)}).`,
    hint: null,
    range: lineRange(1),
    docsUrl: null,
    lessonPath: null,
  };
}
