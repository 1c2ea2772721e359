/**
 * `planBuild`: the stage graph of a Dockerfile with BuildKit's semantics (or the legacy
 * builder's): stages, their bases, the edges between stages and external images, the target,
 * which stages the chosen builder runs (and why the others are skipped), in which order, and the
 * ARG values. Never throws.
 */
import type { Diagnostic } from '../diagnostics';
import type { ArgInstruction, Dockerfile } from '../dockerfile/types';
import { resolveImageCached } from '../catalog/cache';
import { closestName } from '../dockerfile/validate';
import { globalArgValues, stageArgValues } from './args';
import {
  DEFAULT_BUILD_PLATFORM,
  normalizePlatform,
  platformArgs,
  runsNatively,
} from '../dockerfile/platform';
import { collectEdges, findCycles } from './dependencies';
import { PLAN_LESSONS, planDiagnostic } from './diagnostic';
import { StageNames, cutStages, type StageDraft } from './stages';
import type { Builder, Edge, ExternalImage, PlanOptions, Stage, StageGraph } from './types';

/**
 * A graph with no stages (an empty Dockerfile, or one whose analysis could not go on), carrying
 * `diagnostics` and the global ARG values read so far.
 */
export function emptyStageGraph(
  builder: Builder,
  diagnostics: Diagnostic[] = [],
  globalArgs: Record<string, string | null> = {},
  platform: StageGraph['platform'] = { target: DEFAULT_BUILD_PLATFORM, build: DEFAULT_BUILD_PLATFORM },
): StageGraph {
  return {
    builder,
    stages: [],
    images: [],
    edges: [],
    target: null,
    buildOrder: [],
    globalArgs,
    platform,
    diagnostics,
  };
}

function displayName(s: StageDraft, count: number): string {
  if (s.name) return s.name;
  return count === 1 ? '' : `stage-${s.index}`;
}

function quoted(s: StageDraft): string {
  return s.name ?? `stage-${s.index}`;
}

/** Stages reachable from the target through FROM, COPY --from and RUN --mount=from edges. */
function reachable(target: number, edges: Edge[], count: number): boolean[] {
  const deps: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) if (e.from.kind === 'stage' && e.from.index < count) deps[e.to].push(e.from.index);
  const seen = new Array<boolean>(count).fill(false);
  const stack = [target];
  seen[target] = true;
  while (stack.length > 0) {
    const n = stack.pop() as number;
    for (const d of deps[n]) {
      if (!seen[d]) {
        seen[d] = true;
        stack.push(d);
      }
    }
  }
  return seen;
}

/** Dependencies-first order of the built stages (ties in file order). */
function buildOrder(built: boolean[], edges: Edge[], cycleEdges: Set<Edge>): number[] {
  const count = built.length;
  const deps: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) {
    if (e.from.kind === 'stage' && !cycleEdges.has(e) && e.from.index < count) deps[e.to].push(e.from.index);
  }
  const order: number[] = [];
  const state = new Uint8Array(count);
  for (let root = 0; root < count; root++) {
    if (!built[root] || state[root] !== 0) continue;
    const stack: Array<{ n: number; i: number }> = [{ n: root, i: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.i < deps[top.n].length) {
        const d = deps[top.n][top.i++];
        if (built[d] && state[d] === 0) {
          state[d] = 1;
          stack.push({ n: d, i: 0 });
        }
      } else {
        state[top.n] = 2;
        order.push(top.n);
        stack.pop();
      }
    }
  }
  return order;
}

function externalImages(
  edges: Edge[],
  stageNames: readonly string[],
  diagnostics: Diagnostic[],
): ExternalImage[] {
  const byRef = new Map<string, ExternalImage>();
  const usage = { from: 'base', 'copy-from': 'copy-source', 'mount-from': 'mount-source' } as const;
  for (const e of edges) {
    if (e.from.kind !== 'image') continue;
    const ref = e.from.ref;
    let img = byRef.get(ref);
    if (!img) {
      img = { ref, usedAs: [] };
      byRef.set(ref, img);
      const resolution = resolveImageCached(ref);
      if (resolution.image === null) {
        // A plain word (no tag, registry or digest) is most likely a misspelt stage name.
        const plainWord = /^[a-z0-9][a-z0-9_.-]*$/i.test(ref) && !ref.includes('.');
        const near = plainWord ? closestName(ref, stageNames) : null;
        diagnostics.push(
          planDiagnostic(
            'unknown-image',
            plainWord ? 'warning' : 'info',
            `Docker will try to pull an image called ${ref}: it is neither a stage of this Dockerfile nor an image in Stagecraft's catalog`,
            near !== null
              ? `Did you mean the stage \`${near}\`? A name that matches no stage is pulled as an image${e.kind === 'from' ? ', and FROM only sees stages defined above it' : ''}.`
              : plainWord
                ? e.kind === 'from'
                  ? 'If you meant a stage, check its spelling: FROM only sees stages defined above it.'
                  : 'If you meant a stage, check its spelling; a name that matches no stage is pulled as an image.'
                : 'Sizes for this image use a neutral, low-confidence estimate.',
            e.range,
            PLAN_LESSONS.copyFrom,
          ),
        );
      }
    }
    if (!img.usedAs.includes(usage[e.kind])) img.usedAs.push(usage[e.kind]);
  }
  return [...byRef.values()];
}

/**
 * Plans a build: resolves stages and dependencies with BuildKit's rules, picks the target and
 * decides which stages run for the chosen builder. Errors use Docker's wording and carry a hint.
 */
export function planBuild(df: Dockerfile, options: PlanOptions = {}): StageGraph {
  const builder: Builder = options.builder === 'legacy' ? 'legacy' : 'buildkit';
  const buildArgs = options.buildArgs ?? {};
  const diagnostics: Diagnostic[] = [];
  const buildPlatform = normalizePlatform(options.buildPlatform ?? '') ?? DEFAULT_BUILD_PLATFORM;
  const platform = {
    target: normalizePlatform(options.platform ?? '') ?? buildPlatform,
    build: buildPlatform,
  };
  const auto = platformArgs(platform.target, platform.build);
  if (df.instructions.length === 0) return emptyStageGraph(builder, diagnostics, {}, platform);
  const escape = df.directives.escape;
  const metaArgs: ArgInstruction[] = [];
  for (const ins of df.instructions) {
    if (ins.kind === 'from') break;
    if (ins.kind === 'arg') metaArgs.push(ins);
  }
  const globals = globalArgValues(metaArgs, buildArgs, escape, auto);
  const { stages: drafts } = cutStages(df, globals, diagnostics, auto);
  if (drafts.length === 0) {
    diagnostics.push(
      planDiagnostic(
        'no-stages',
        'error',
        'dockerfile contains no stages to build',
        'Add a FROM line, e.g. `FROM alpine:3.20`, to start a build stage.',
        df.instructions[0].range,
        PLAN_LESSONS.manyStages,
      ),
    );
    return emptyStageGraph(builder, diagnostics, globals, platform);
  }
  const edges = collectEdges(drafts, builder, diagnostics);
  const cycleEdges = findCycles(drafts, edges, diagnostics);
  const stageNames = drafts.map((s) => s.name).filter((n): n is string => n !== null);
  const images = externalImages(edges, stageNames, diagnostics);

  let target: number | null = drafts.length - 1;
  const wanted = options.target ?? null;
  if (wanted !== null && wanted !== '') {
    target = StageNames.of(drafts).find(wanted);
    if (target === null) {
      const names = drafts.map((s) => s.name).filter((n): n is string => n !== null);
      diagnostics.push(
        planDiagnostic(
          'unknown-target',
          'error',
          `target stage "${wanted}" could not be found`,
          names.length
            ? `Choose one of the named stages: ${names.join(', ')}.`
            : 'Name a stage with `FROM image AS name` to target it.',
          drafts[drafts.length - 1].from.range,
          PLAN_LESSONS.finalShips,
        ),
      );
    }
  }
  let built: boolean[];
  if (target === null) built = drafts.map(() => false);
  else if (builder === 'buildkit') built = reachable(target, edges, drafts.length);
  else built = drafts.map((s) => s.index <= (target as number));
  const targetName = target === null ? null : quoted(drafts[target]);
  const stages: Stage[] = drafts.map((s) => ({
    index: s.index,
    name: s.name,
    displayName: displayName(s, drafts.length),
    from: s.from,
    base: s.base,
    instructions: s.instructions,
    range: s.range,
    built: built[s.index],
    skippedReason: built[s.index]
      ? null
      : target === null
        ? `the target stage "${wanted}" does not exist`
        : builder === 'legacy'
          ? `after the target stage '${targetName}': the legacy builder stops there`
          : `not needed by the target stage '${targetName}'`,
    isTarget: s.index === target,
    argsAtStart: stageArgValues(s.instructions, globals, buildArgs, escape, auto),
    platform: s.platform,
    emulated: !runsNatively(s.platform, platform.build),
  }));
  return {
    builder,
    stages,
    images,
    edges,
    target,
    buildOrder: buildOrder(built, edges, cycleEdges),
    globalArgs: globals,
    platform,
    diagnostics,
  };
}
