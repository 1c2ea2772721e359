/**
 * The stage graph: which stages a Dockerfile has, how they depend on each other and on external
 * images, which stage is the target, and which stages a build runs. Produced by `planBuild` in this
 * folder, with BuildKit's semantics (../shared/facts/BUILDKIT.md) or the legacy builder's.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';
import type { Dockerfile, FromInstruction, Instruction } from '../dockerfile/types';

export type Builder = 'buildkit' | 'legacy';

export interface PlanOptions {
  /** `--target`: a stage name (case-insensitive) or null for the last stage. */
  target?: string | null;
  /** `--build-arg K=V` values; they override ARG defaults. */
  buildArgs?: Record<string, string>;
  /** Defaults to `buildkit` (Docker Engine ≥ 23). */
  builder?: Builder;
  /** `--platform`: the one platform this build targets (default linux/amd64). */
  platform?: string;
  /** The build machine's platform (default linux/amd64). */
  buildPlatform?: string;
}

/** What a stage starts from. */
export type StageBase =
  /** `FROM <earlier stage>`. */
  | { kind: 'stage'; stageIndex: number }
  /** `FROM scratch`: an empty filesystem with no layer. */
  | { kind: 'scratch' }
  /** `FROM <image>`; `ref` is the reference after ARG expansion. */
  | { kind: 'image'; ref: string };

/** A node of the graph: a stage (by index) or an external image (by expanded reference). */
export type GraphNode = { kind: 'stage'; index: number } | { kind: 'image'; ref: string };

export type EdgeKind = 'from' | 'copy-from' | 'mount-from';

/** `from` is what is depended on; `to` is the stage that depends on it. */
export interface Edge {
  from: GraphNode;
  to: number;
  kind: EdgeKind;
  /** The instruction that creates the dependency (the FROM, COPY/ADD or RUN). */
  range: SourceRange;
}

export interface Stage {
  index: number;
  /** The stage name lowercased (names are case-insensitive), or null for an unnamed stage. */
  name: string | null;
  /** What BuildKit calls it: the name, `stage-N`, or `` for a single unnamed stage. */
  displayName: string;
  from: FromInstruction;
  base: StageBase;
  /** The instructions after FROM up to the next FROM. */
  instructions: Instruction[];
  /** From the FROM line to the stage's last instruction. */
  range: SourceRange;
  /** Whether the selected builder runs this stage for the target. */
  built: boolean;
  /** Why it is not built (e.g. "not needed by target 'final'"), or null when built. */
  skippedReason: string | null;
  /** True for the target stage: the one whose filesystem and config become the image. */
  isTarget: boolean;
  /**
   * The values of the ARGs this stage declares, after build args: a re-declared global without a
   * default takes the global value, a default is expanded with what is visible before it. (Each ARG
   * is visible from its declaration on; undeclared globals are not visible in the stage.)
   */
  argsAtStart: Record<string, string>;
  /** The platform the stage is built for: `FROM --platform=`, its parent stage's, else the target's. */
  platform: string;
  /**
   * True when the stage's platform is not the build machine's: its RUN steps execute under emulation
   * (QEMU through binfmt_misc), much slower, instead of natively.
   */
  emulated: boolean;
}

export interface ExternalImage {
  /** The reference after ARG expansion, e.g. `golang:1.21` or `nginx:latest`. */
  ref: string;
  /** How it is used: as a base (`FROM`) or as a `COPY --from` / mount source. */
  usedAs: Array<'base' | 'copy-source' | 'mount-source'>;
}

export interface StageGraph {
  builder: Builder;
  stages: Stage[];
  images: ExternalImage[];
  edges: Edge[];
  /** Index of the target stage, or null when there is none (no FROM, or an unknown target). */
  target: number | null;
  /** Indexes of the stages the builder runs, in a valid build order (dependencies first). */
  buildOrder: number[];
  /** ARGs declared before the first FROM, with their values after build args. */
  globalArgs: Record<string, string | null>;
  /** The platform built for (`--platform`) and the build machine's, both normalised. */
  platform: { target: string; build: string };
  diagnostics: Diagnostic[];
}

export type { Dockerfile };

/**
 * Everything known about a Dockerfile before simulating it: the parsed model, its stage graph and
 * the diagnostics found so far (parse, plan and lint, sorted by line then column, errors first on
 * ties). `analyzeDockerfile` makes it; the simulator takes it and never parses or lints itself.
 */
export interface Analysis {
  dockerfile: Dockerfile;
  graph: StageGraph;
  diagnostics: Diagnostic[];
}
