/**
 * BuildKit's progress output for a simulated build, abridged: the internal steps, one line per
 * step of every stage the builder runs (`[build 2/5] RUN …`), `CACHED` for steps an earlier build
 * of this session already ran, and the export. Timings are left out: the simulator does not model
 * time, and a made-up duration would be a figure without a source.
 */
import { parseImageReference } from '../../../catalog/reference';
import { formatSize } from '../../../build/format';
import type { Instruction } from '../../../dockerfile/types';
import type { StageGraph } from '../../../plan/types';
import { contentId } from '../image-id';

/** Instructions that BuildKit runs as steps of their own (the others only change the config). */
const STEP_KINDS = new Set<Instruction['kind']>(['run', 'copy', 'add', 'workdir']);

/** One line of the progress, with the cache key of a step (null for lines that are not steps). */
export interface ProgressStep {
  label: string;
  cacheKey: string | null;
}

/** `docker.io/library/ubuntu:22.04` for `ubuntu:22.04`, as BuildKit names images it loads. */
export function fullImageName(ref: string): string {
  const parsed = parseImageReference(ref);
  if (!parsed.ok) return ref;
  return `${parsed.domain}/${parsed.path}${parsed.digest ? `@${parsed.digest}` : `:${parsed.tag ?? 'latest'}`}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

/**
 * The steps of the stages `graph` builds, in build order. `contextDigest` makes COPY and ADD from
 * the build context depend on the files, as BuildKit's cache does.
 */
export function buildSteps(graph: StageGraph, contextDigest: string, multiPlatform = false): ProgressStep[] {
  const steps: ProgressStep[] = [];
  for (const index of graph.buildOrder) {
    const stage = graph.stages[index];
    if (!stage) continue;
    // BuildKit names the platform in a step when several are built, or the stage's is not the target's.
    const platform = multiPlatform || stage.platform !== graph.platform.target ? stage.platform : '';
    const name = [platform, stage.displayName].filter(Boolean).join(' ');
    const base = stage.base;
    const fromStep = base.kind === 'image' ? [`FROM ${fullImageName(base.ref)}`] : [];
    const own = stage.instructions.filter((i) => STEP_KINDS.has(i.kind)).map((i) => oneLine(i.text));
    const all = [...fromStep, ...own];
    // The chain starts from what the stage is built on, so a changed base invalidates every step.
    let chain = base.kind === 'image' ? base.ref : base.kind === 'scratch' ? 'scratch' : `stage:${index}`;
    all.forEach((text, k) => {
      const fromContext = /^(COPY|ADD)\s/i.test(text) && !/--from=/i.test(text);
      // A RUN sees the stage's ARG values (TARGETARCH differs per platform): they are part of its key.
      const args = /^RUN\s/i.test(text) ? `\n${JSON.stringify(stage.argsAtStart)}` : '';
      chain = contentId(
        `${chain}\n${text}${fromContext ? `\n${contextDigest}` : ''}${args}${stage.platform !== 'linux/amd64' ? `\n${stage.platform}` : ''}`,
      );
      steps.push({ label: `[${name ? `${name} ` : ''}${k + 1}/${all.length}] ${text}`, cacheKey: chain });
    });
  }
  return steps;
}

/** The `[internal]` steps before the stages: the Dockerfile, base image metadata, the context. */
export function internalSteps(
  dockerfileName: string,
  dockerfileBytes: number,
  graph: StageGraph | null,
  contextBytes: number,
): string[] {
  const lines = [
    ` => [internal] load build definition from ${dockerfileName}`,
    ` => => transferring dockerfile: ${formatSize(dockerfileBytes)}`,
  ];
  for (const image of graph?.images ?? []) {
    if (image.ref === 'scratch') continue;
    lines.push(` => [internal] load metadata for ${fullImageName(image.ref)}`);
  }
  lines.push(' => [internal] load .dockerignore');
  if (graph && graph.buildOrder.length > 0) {
    lines.push(
      ' => [internal] load build context',
      ` => => transferring context: ${formatSize(contextBytes)}`,
    );
  }
  return lines;
}
