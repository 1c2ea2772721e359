/**
 * What the lint needs to know about each stage beyond its text: the external image at the root of
 * its FROM chain (and what the catalog says about it: shell, tools, environment), whether the
 * stage ships (it is the target or the target is built on it), and whether the file is multi-stage.
 */
import { parseReferenceCached, resolveImageCached } from '../catalog/cache';
import type { BaseImage } from '../catalog/types';
import type { Stage, StageGraph } from '../plan/types';
import type { Instruction } from '../dockerfile/types';

/** The root of a stage's FROM chain. */
export type RootBase =
  | { kind: 'scratch' }
  | { kind: 'image'; ref: string; repository: string; tag: string | null; image: BaseImage | null }
  | { kind: 'unknown' };

/** What a stage inherits from the stages of its FROM chain (computed once per stage, in order). */
export interface Inherited {
  absoluteWorkdir: boolean;
  /** ENV and ARG names set by ancestor stages (a child stage sees both). */
  envNames: ReadonlySet<string>;
  /** An ancestor stage ran SHELL: BuildKit then no longer recommends the exec form. */
  shellSet: boolean;
  /** A shell or busybox was copied in by an ancestor stage. */
  shellCopied: boolean;
  /** `curl` / `wget` installed or copied in by an ancestor stage. */
  tools: ReadonlySet<string>;
}

/** Lint facts about one stage. */
export interface StageFacts {
  stage: Stage;
  root: RootBase;
  /** The first stage of the FROM chain (the one whose FROM names the external image or scratch). */
  rootStage: Stage;
  /** Facts inherited from the ancestor stages. */
  inherited: Inherited;
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

/** The catalog image for a reference (memoised; null when unknown). */
export function catalogImage(ref: string): BaseImage | null {
  return resolveImageCached(ref).image;
}

function rootOfImage(stage: Stage): RootBase {
  const b = stage.base;
  if (b.kind === 'scratch') return { kind: 'scratch' };
  if (b.kind !== 'image' || b.ref === '') return { kind: 'unknown' };
  const parsed = parseReferenceCached(b.ref);
  const repository = parsed.ok ? parsed.repository : b.ref;
  const tag = parsed.ok ? parsed.tag : null;
  return { kind: 'image', ref: b.ref, repository, tag, image: catalogImage(b.ref) };
}

const EMPTY: Inherited = {
  absoluteWorkdir: false,
  envNames: new Set(),
  shellSet: false,
  shellCopied: false,
  tools: new Set(),
};

const SHELL_PATH = /(^|\/)(sh|bash|ash|busybox)(\/|$|:)|busybox/;

/** Whether a COPY/ADD brings a shell in. */
export function copiesShell(i: Instruction): boolean {
  return (
    (i.kind === 'copy' || i.kind === 'add') &&
    [i.destination, ...i.sources, i.from ?? ''].some((p) => SHELL_PATH.test(p))
  );
}

/** `curl` / `wget` a single instruction installs or copies. */
export function toolsFrom(i: Instruction): string[] {
  const out: string[] = [];
  for (const tool of ['curl', 'wget']) {
    if (i.kind === 'run' && i.text.includes(tool)) out.push(tool);
    if (
      (i.kind === 'copy' || i.kind === 'add') &&
      [i.destination, ...i.sources].some((p) => p === tool || p.endsWith(`/${tool}`))
    )
      out.push(tool);
  }
  return out;
}

/** The facts a stage passes on to stages built FROM it. */
function passOn(start: Inherited, stage: Stage): Inherited {
  const out: Inherited = {
    absoluteWorkdir: start.absoluteWorkdir,
    envNames: start.envNames,
    shellSet: start.shellSet,
    shellCopied: start.shellCopied,
    tools: start.tools,
  };
  let env: Set<string> | null = null;
  let tools: Set<string> | null = null;
  for (const i of stage.instructions) {
    if (i.kind === 'workdir') {
      if (i.path.startsWith('/')) out.absoluteWorkdir = true;
    } else if (i.kind === 'shell') {
      out.shellSet = true;
    } else if (i.kind === 'arg') {
      env ??= new Set(start.envNames);
      for (const d of i.declarations) env.add(d.name);
    } else if (i.kind === 'env') {
      env ??= new Set(start.envNames);
      for (const p of i.pairs) env.add(p.key);
    }
    if (copiesShell(i)) out.shellCopied = true;
    const t = toolsFrom(i);
    if (t.length > 0) {
      tools ??= new Set(start.tools);
      for (const x of t) tools.add(x);
    }
  }
  if (env) out.envNames = env;
  if (tools) out.tools = tools;
  return out;
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
  const stages: StageFacts[] = [];
  const passed: Inherited[] = [];
  for (const stage of graph.stages) {
    const parentIndex =
      stage.base.kind === 'stage' && stage.base.stageIndex < stage.index ? stage.base.stageIndex : -1;
    const parent = parentIndex >= 0 ? stages[parentIndex] : null;
    const root = parent ? parent.root : rootOfImage(stage);
    const inherited = parent ? passed[parentIndex] : EMPTY;
    passed.push(passOn(inherited, stage));
    const hasShell =
      root.kind === 'scratch'
        ? false
        : root.kind === 'image' && root.image
          ? root.image.shell !== null
          : null;
    const baseLabel =
      root.kind === 'scratch' ? 'scratch' : root.kind === 'image' ? root.ref : 'an unknown image';
    stages.push({
      stage,
      root,
      rootStage: parent ? parent.rootStage : stage,
      inherited,
      ships: shipping.has(stage.index),
      isTarget: stage.isTarget,
      hasShell,
      baseLabel,
    });
  }
  return { graph, stages, multiStage: graph.stages.length > 1, target };
}
