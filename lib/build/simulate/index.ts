/**
 * `simulate`: Dockerfile text + build context → the images a build produces, layer by layer, with
 * sizes, explanations and confidence. Pure and synchronous; never throws.
 */
import { analyzeDockerfile } from '../../analyze';
import type { Diagnostic } from '../../diagnostics';
import { lineRange } from '../../diagnostics';
import type { ImageResolution } from '../../catalog/types';
import { emptyStageGraph } from '../../plan/plan';
import type { Builder, StageGraph } from '../../plan/types';
import type { BuildContext, SimulatedImage, SimulationResult } from '../types';
import { applyDockerignore } from '../context/index';
import type { SimCatalog } from '../effects/catalog-port';
import { defaultCatalog } from '../effects/catalog-adapter';
import { toImage } from './image';
import { lintFinalImage } from './fs-lint';
import { emulationNotes, platformAvailability } from './platforms';
import { buildStage, type BuildEnv, stageReaders } from './stage';
import type { StageBuild } from './stage-state';

/** Options of `simulate`. */
export interface SimulateOptions {
  context: BuildContext;
  /** `--target`: a stage name, or null/undefined for the last stage. */
  target?: string | null;
  buildArgs?: Record<string, string>;
  builder?: Builder;
  /** The catalog to read figures from (tests may pass their own). */
  catalog?: SimCatalog;
  /** `--platform` with one platform (default: the build machine's, linux/amd64). */
  platform?: string;
  /** The build machine's platform (default linux/amd64). */
  buildPlatform?: string;
  /** Ids of the secrets passed with `--secret id=…`; undefined: every secret a RUN mounts is given. */
  secrets?: readonly string[];
}

function baseResolution(
  build: StageBuild | undefined,
  graph: StageGraph,
  index: number,
  catalog: SimCatalog,
): ImageResolution | null {
  let i: number | null = index;
  for (let guard = 0; i !== null && guard < graph.stages.length + 1; guard++) {
    const stage: StageGraph['stages'][number] | undefined = graph.stages[i];
    if (!stage) return null;
    if (stage.base.kind === 'stage') i = stage.base.stageIndex;
    else if (stage.base.kind === 'image') return catalog.resolveImage(stage.base.ref);
    else return null;
  }
  void build;
  return null;
}

/**
 * Simulate a build of `text` with `options.context`. Every built stage gets an image; the target
 * stage's image is `image` (null when parse, plan or build errors stop the build).
 */
export function simulate(text: string, options: SimulateOptions): SimulationResult {
  const builder = options.builder ?? 'buildkit';
  const diagnostics: Diagnostic[] = [];
  let graph: StageGraph = emptyStageGraph(builder);
  try {
    const catalog = options.catalog ?? defaultCatalog;
    const analysis = analyzeDockerfile(typeof text === 'string' ? text : '', {
      target: options.target ?? null,
      buildArgs: options.buildArgs ?? {},
      builder,
      platform: options.platform,
      buildPlatform: options.buildPlatform,
    });
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
      stages[index] = toImage(b, baseResolution(b, graph, index, catalog));
    }
    const targetImage = graph.target !== null ? (stages[graph.target] ?? null) : null;
    const targetStage = graph.target !== null ? graph.stages[graph.target] : undefined;
    if (targetImage && targetStage)
      diagnostics.push(...lintFinalImage(targetImage, targetStage, diagnostics));
    const blocking = diagnostics.some(
      (d) =>
        d.severity === 'error' &&
        (d.origin === 'parse' ||
          d.origin === 'plan' ||
          d.origin === 'simulate' ||
          d.ruleId === 'stagecraft/run-no-shell'),
    );
    return { graph, stages, image: blocking ? null : targetImage, diagnostics };
  } catch (err) {
    diagnostics.push({
      ruleId: 'simulate/internal',
      severity: 'error',
      origin: 'simulate',
      message: `The simulator could not model this Dockerfile (${err instanceof Error ? err.message : String(err)}).`,
      hint: null,
      range: lineRange(1),
      docsUrl: null,
      lessonPath: null,
    });
    return { graph, stages: graph.stages.map(() => null), image: null, diagnostics };
  }
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
    const result = simulate(text, { ...rest, platform });
    return { platform: result.graph.platform.target, result };
  });
}
