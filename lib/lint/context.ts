/**
 * What the lint needs to know about each stage beyond its text: the external image at the root of
 * its FROM chain (and what the catalog says about it: shell, tools, environment), whether the
 * stage ships (it is the target or the target is built on it), and whether the file is multi-stage.
 */
import { resolveImage } from '../catalog/resolve';
import { parseImageReference } from '../catalog/reference';
import type { BaseImage } from '../catalog/types';
import type { Stage, StageGraph } from '../build/plan/types';

/** The root of a stage's FROM chain. */
export type RootBase =
  | { kind: 'scratch' }
  | { kind: 'image'; ref: string; repository: string; tag: string | null; image: BaseImage | null }
  | { kind: 'unknown' };

/** Lint facts about one stage. */
export interface StageFacts {
  stage: Stage;
  root: RootBase;
  /** Stages of the FROM chain, the stage itself last. */
  chain: Stage[];
  /** The stage's filesystem and config become the image (target, or in the target's FROM chain). */
  ships: boolean;
  isTarget: boolean;
  /** True / false when known from the catalog (scratch has none); null when unknown. */
  hasShell: boolean | null;
  /** Human name of the root base for messages, e.g. `scratch` or `gcr.io/distroless/static-debian12`. */
  baseLabel: string;
}

/** Lint facts for a whole graph. */
export interface LintContext {
  graph: StageGraph;
  stages: StageFacts[];
  multiStage: boolean;
  target: Stage | null;
}

const resolutionCache = new Map<string, BaseImage | null>();

/** The catalog image for a reference (cached; null when unknown). */
export function catalogImage(ref: string): BaseImage | null {
  const hit = resolutionCache.get(ref);
  if (hit !== undefined) return hit;
  const image = resolveImage(ref).image;
  if (resolutionCache.size > 500) resolutionCache.clear();
  resolutionCache.set(ref, image);
  return image;
}

function rootOf(stage: Stage, stages: Stage[]): { root: RootBase; chain: Stage[] } {
  const chain: Stage[] = [stage];
  let cur = stage;
  for (let hops = 0; hops < stages.length && cur.base.kind === 'stage'; hops++) {
    const next = stages[cur.base.stageIndex];
    if (!next || chain.includes(next)) return { root: { kind: 'unknown' }, chain };
    chain.unshift(next);
    cur = next;
  }
  const b = cur.base;
  if (b.kind === 'scratch') return { root: { kind: 'scratch' }, chain };
  if (b.kind !== 'image' || b.ref === '') return { root: { kind: 'unknown' }, chain };
  const parsed = parseImageReference(b.ref);
  const repository = parsed.ok ? parsed.repository : b.ref;
  const tag = parsed.ok ? parsed.tag : null;
  return { root: { kind: 'image', ref: b.ref, repository, tag, image: catalogImage(b.ref) }, chain };
}

/** Builds the lint context from the plan. */
export function buildContext(graph: StageGraph): LintContext {
  const target = graph.target === null ? null : (graph.stages[graph.target] ?? null);
  const shipping = new Set<number>();
  if (target) {
    let cur: Stage | undefined = target;
    for (let hops = 0; cur && hops <= graph.stages.length; hops++) {
      shipping.add(cur.index);
      cur = cur.base.kind === 'stage' ? graph.stages[cur.base.stageIndex] : undefined;
    }
  }
  const stages = graph.stages.map((stage) => {
    const { root, chain } = rootOf(stage, graph.stages);
    const hasShell =
      root.kind === 'scratch'
        ? false
        : root.kind === 'image' && root.image
          ? root.image.shell !== null
          : null;
    const baseLabel =
      root.kind === 'scratch' ? 'scratch' : root.kind === 'image' ? root.ref : 'an unknown image';
    return {
      stage,
      root,
      chain,
      ships: shipping.has(stage.index),
      isTarget: stage.isTarget,
      hasShell,
      baseLabel,
    };
  });
  return { graph, stages, multiStage: graph.stages.length > 1, target };
}
