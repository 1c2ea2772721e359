/**
 * Results of simulating a build: layers, images and what `docker run` does. Produced by
 * `simulateBuild` (lib/build/simulate) and `runImage` (lib/build/run). Everything here is an
 * estimate from a model: each number carries its confidence and the explanation of where it came from.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';
import type { Confidence, ImageResolution, ManifestEntry, PackageManager, Runtime } from '../catalog/types';
import type { StageGraph } from '../plan/types';
import type { Fog } from './fs/presence';

/** A citation behind a number: what it is and where the figure came from. */
export interface Citation {
  /** e.g. "golang-go with Recommends on Ubuntu 22.04 adds 761 MB". */
  text: string;
  /** e.g. "measured for this course …" or "docker-library/repo-info …". */
  source: string;
}

/**
 * A size the model cannot pin down: between `low` and `high` bytes (`high` null: no upper bound is
 * known), `because` says what is unknown. The point figure (`sizeBytes`) stays the best estimate.
 */
export interface SizeRange {
  low: number;
  high: number | null;
  because: string;
}

/** A file-system change a layer makes: add/replace a path, or delete it (an OCI whiteout). */
export type FsChange = { op: 'add'; entry: ManifestEntry } | { op: 'delete'; path: string };

export interface Layer {
  /** Stage that produced it (its index), or null for layers inherited from an external base image. */
  stageIndex: number | null;
  /** The instruction that made it, e.g. `RUN apt-get update && apt-get install -y golang-go`. */
  instruction: string;
  /** 1-based line of that instruction, or null for base-image layers. */
  line: number | null;
  range: SourceRange | null;
  /** Bytes this layer adds (what `docker history` shows for it). Never negative. */
  sizeBytes: number;
  /** True for metadata-only steps (ENV, CMD, …) that `docker history` lists as 0 B. */
  empty: boolean;
  confidence: Confidence;
  /** One or more sentences: why this layer is this big. */
  explanation: string;
  citations: Citation[];
  changes: FsChange[];
  /** Regions this layer may have written that the model cannot follow (absent: none). */
  fog?: Fog[];
  /** Present when the layer's size is unknown beyond its confidence (unknown base, unmodelled writes). */
  sizeRange?: SizeRange;
  /**
   * What the image's history records as CREATED BY for this step, when it differs from the
   * instruction: a RUN names the ARGs in scope with their values (`RUN |1 TOKEN=abc /bin/sh -c …`).
   */
  createdBy?: string;
}

export interface ImageConfig {
  entrypoint: string[] | null;
  /** True when ENTRYPOINT was written in shell form (it then runs via the image's SHELL). */
  entrypointShellForm: boolean;
  cmd: string[] | null;
  cmdShellForm: boolean;
  env: Record<string, string>;
  workdir: string;
  /** `USER` value, `root` by default. */
  user: string;
  exposedPorts: string[];
  labels: Record<string, string>;
  /** The SHELL used for shell-form commands (default ["/bin/sh","-c"]). */
  shell: string[];
  healthcheck: string[] | null;
  /** `STOPSIGNAL`: the signal `docker stop` sends (null: Docker's default, SIGTERM). */
  stopSignal: string | null;
  /** `VOLUME` mount points, in the order declared. */
  volumes: string[];
  /**
   * Settings inherited from an image the simulator does not know, field → why (absent: all known).
   * An instruction that sets a field makes it known again; `env` (the base's variables) stays unknown.
   */
  unknown?: Partial<Record<'entrypoint' | 'cmd' | 'user' | 'workdir' | 'env', string>>;
}

/** Facts of `ImageFacts` the model may be unable to tell. */
export type FactName = 'shell' | 'packageManager' | 'user' | 'libc' | 'buildTools' | 'runtimes';

/** Facts about an image a learner asks first. */
export interface ImageFacts {
  /**
   * Path of a shell the image has (`/bin/sh`, or `sh` found on PATH such as BusyBox's
   * `/busybox/sh`), or null when there is none or it cannot be told (then `unknown.shell` says why).
   */
  shell: string | null;
  packageManager: PackageManager;
  runsAsRoot: boolean;
  user: string;
  runtimes: Runtime[];
  libc: { kind: 'glibc' | 'musl' | 'none'; version: string | null };
  /** Build tools present (gcc, go, mvn, npm, pip, …) — what a final image should not ship. */
  buildTools: string[];
  /** Facts the model cannot tell, each with the reason (absent: all facts are known). */
  unknown?: Partial<Record<FactName, string>>;
}

/** A stage's (or the final) image. */
export interface SimulatedImage {
  stageIndex: number;
  /** What the stage started from, resolved against the catalog, or null for scratch / a stage. */
  base: ImageResolution | null;
  layers: Layer[];
  /** Sum of all layer sizes, as `docker images` shows it (decimal bytes). */
  sizeBytes: number;
  /** The lowest confidence of any non-empty layer. */
  confidence: Confidence;
  /**
   * Present when some layer's size is unknown: the sum of the layers' lows and highs (`high` null
   * when any layer has no upper bound), `because` naming the unknown parts.
   */
  sizeRange?: SizeRange;
  config: ImageConfig;
  facts: ImageFacts;
  /** The merged filesystem (after whiteouts), path → entry. */
  files: ManifestEntry[];
  /** Unknown regions of that filesystem (see lib/build/fs/presence.ts); absent means none. */
  fog?: Fog[];
  fileCount: number;
  /** The biggest paths of the merged filesystem, largest first (at most 20). */
  largestPaths: Array<{ path: string; sizeBytes: number }>;
  /** User names in /etc/passwd as far as the model knows them (for USER checks); undefined when unknown. */
  users?: string[];
  /** Why `users` may not be all of the image's users (absent: it is all of them). */
  usersPartial?: string;
  /** Contents of text files the model knows (copied from the build context), by absolute path. */
  textFiles?: Record<string, string>;
  /** The platform the image is for (`linux/arm64`); absent means linux/amd64. */
  platform?: string;
  /** Packages installed by RUN steps of its stages, as `manager:name` (`apt:curl`), in install order. */
  installedPackages?: string[];
}

export interface SimulationResult {
  graph: StageGraph;
  /** One image per stage that was built (index = stage index; null for skipped stages). */
  stages: Array<SimulatedImage | null>;
  /** The target stage's image, or null when the build cannot produce one (errors). */
  image: SimulatedImage | null;
  /** Parse + plan + lint + simulation diagnostics. */
  diagnostics: Diagnostic[];
}

/** What `docker run` did. */
export interface RunOutcome {
  /**
   * `started`: the process ran (maybe exiting non-zero); `failed`: Docker could not start it;
   * `unknown`: the model cannot tell (`because` says why; exitCode is then meaningless).
   */
  status: 'started' | 'failed' | 'unknown';
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The argv Docker executed (ENTRYPOINT + CMD resolved), or null when it could not be formed. */
  argv: string[] | null;
  /** Plain-language explanation of what happened and why. */
  explanation: string;
  /** False when the program's output is not modelled (it "starts", output unknown). */
  outputSimulated: boolean;
  /** True when the program model stopped early (e.g. an endless loop on closed input). */
  truncated: boolean;
  /** For `unknown`: what the model does not know, in a clause ("the entrypoint comes from …"). */
  because?: string;
}

/** A build context: the files COPY can read. Paths are relative, `/`-separated, without `./`. */
export interface BuildContext {
  /**
   * `mode`: the file's permission bits as the context has them (COPY keeps them; 0o755 for an
   * executable script). Absent when not known: a script then runs as "can't tell".
   */
  files: Array<{ path: string; sizeBytes: number; content?: string; mode?: number }>;
}
