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
import { matchContextSource, sentFiles } from '../../../build/context/index';
import type { BuildContext } from '../../../build/types';
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

/** A context file as the cache sees it: its path and its content (or size when unread). */
export type CacheFile = BuildContext['files'][number];

/**
 * The checksum of the context files `sources` name, selected as COPY selects them
 * ({@link matchContextSource}: a file, a folder and what is below it, a glob; `.` is everything): what
 * BuildKit's cache key for a COPY/ADD from the context depends on, so a change elsewhere in the context
 * leaves the step cached.
 */
export function sourcesDigest(files: readonly CacheFile[], sources: readonly string[]): string {
  const context: BuildContext = { files: [...files] };
  const picked = new Set<CacheFile>();
  for (const src of sources) for (const m of matchContextSource(context, src)) picked.add(m.file);
  return contentId(
    [...picked]
      .map((f) => `${f.path}\u0000${f.content ?? f.sizeBytes}`)
      .sort()
      .join('\n'),
  );
}

/** The stage a `--from=` names (a stage name or index before this one), or null for an image. */
function stageNamed(graph: StageGraph, from: string, before: number): number | null {
  const lower = from.toLowerCase();
  for (const st of graph.stages) if (st.index < before && st.name === lower) return st.index;
  return /^\d+$/.test(from) && Number(from) < before ? Number(from) : null;
}

/**
 * The steps of the stages `graph` builds, in build order, each with a cache key made of what
 * BuildKit's depends on: the parent step's key (so a change invalidates every later step of the
 * stage and of stages built on it) and the instruction's text; for COPY/ADD from the context the
 * checksums of the files it copies (not any change in the context, nor in files .dockerignore
 * excludes, which BuildKit never receives); for COPY --from a stage, that
 * stage's result; for RUN its ARG values and the context files a bind mount shows it.
 */
export function buildSteps(
  graph: StageGraph,
  files: readonly CacheFile[],
  multiPlatform = false,
): ProgressStep[] {
  const steps: ProgressStep[] = [];
  const finalKey = new Map<number, string>();
  // BuildKit never receives what .dockerignore excludes: a change there cannot reach a key.
  const context = sentFiles(files);
  for (const index of graph.buildOrder) {
    const stage = graph.stages[index];
    if (!stage) continue;
    // BuildKit names the platform in a step when several are built, or the stage's is not the target's.
    const platform = multiPlatform || stage.platform !== graph.platform.target ? stage.platform : '';
    const name = [platform, stage.displayName].filter(Boolean).join(' ');
    const base = stage.base;
    const own = stage.instructions.filter((i) => STEP_KINDS.has(i.kind));
    const total = own.length + (base.kind === 'image' ? 1 : 0);
    // The chain starts from what the stage is built on: a changed base (or parent stage) invalidates
    // every step.
    let chain =
      base.kind === 'image'
        ? base.ref
        : base.kind === 'scratch'
          ? 'scratch'
          : (finalKey.get(base.stageIndex) ?? `stage:${base.stageIndex}`);
    // What a `--from=` brings into a key: an earlier stage's result, or the image's name.
    const fromKey = (from: string) => {
      const i = stageNamed(graph, from, index);
      return i !== null ? (finalKey.get(i) ?? `stage:${i}`) : from;
    };
    const label = (k: number, text: string) => `[${name ? `${name} ` : ''}${k}/${total}] ${text}`;
    const platformPart = stage.platform !== 'linux/amd64' ? `\n${stage.platform}` : '';
    let k = 0;
    if (base.kind === 'image') {
      chain = contentId(`${chain}\nFROM ${base.ref}${platformPart}`);
      steps.push({ label: label(++k, `FROM ${fullImageName(base.ref)}`), cacheKey: chain });
    }
    for (const ins of own) {
      const text = oneLine(ins.text);
      let inputs = '';
      if (ins.kind === 'copy' || ins.kind === 'add') {
        inputs = ins.from === null ? sourcesDigest(context, ins.sources) : fromKey(ins.from);
      } else if (ins.kind === 'run') {
        // A RUN sees the stage's ARG values (TARGETARCH differs per platform): they are part of its key.
        inputs = JSON.stringify(stage.argsAtStart);
        for (const m of ins.mounts)
          if (m.type === 'bind')
            inputs += `\n${m.from === null ? sourcesDigest(context, [m.source ?? '.']) : fromKey(m.from)}`;
      }
      chain = contentId(`${chain}\n${text}\n${inputs}${platformPart}`);
      steps.push({ label: label(++k, text), cacheKey: chain });
    }
    finalKey.set(index, chain);
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
