/**
 * The state a stage carries while its instructions are applied, and the shape of a command model.
 */
import type { Confidence, PackageManager, Runtime } from '../../catalog/types';
import type { BuildContext, Citation, ImageConfig } from '../types';
import type { LayerWriter } from '../fs/layer-writer';
import type { FsTree } from '../fs/tree';
import type { Fog } from '../fs/presence';
import type { SimCatalog } from './catalog-port';
import type { SimpleCommand } from '../../shell';

/** Distribution facts used to pick package figures (e.g. `ubuntu:22.04`). */
export interface Distro {
  family: 'ubuntu' | 'debian' | 'alpine' | 'rhel' | 'other';
  /** `repository:tag` the base resolved to, used as the package catalog's release key. */
  release: string | null;
}

/** Everything a stage knows while it is being built. */
export interface StageState {
  index: number;
  tree: FsTree;
  /** File contents known to the model (copied from the build context), by image path. */
  contents: Map<string, string>;
  /**
   * The stage's one configuration record (user, workdir, env, entrypoint, cmd, shell, ports, labels,
   * healthcheck, stop signal, volumes, and which of them are unknown): what later instructions use and
   * what the image's config becomes.
   */
  config: ImageConfig;
  /** ARG values in scope. */
  args: Record<string, string>;
  /** ARGs and ENV merged (ENV wins), kept up to date by ENV and ARG: what `$VAR` expands to. */
  vars: Record<string, string>;
  distro: Distro;
  packageManager: PackageManager;
  runtimes: Runtime[];
  /** Packages installed so far (manager:name), so repeats add nothing. */
  installed: Set<string>;
  /**
   * Unknown regions of `tree`: written by an unknown base image, an unmodelled command, an archive
   * extracted or a package the catalog lacks. Changed only by `LayerWriter.commit()`.
   */
  fog: Fog[];
  /**
   * Why /etc/passwd may hold accounts the model does not list (a base image whose accounts are
   * not all known); absent when the listed accounts are all there are.
   */
  accountsPartial?: string;
  /** The platform the stage is built for (`linux/arm64`); absent means linux/amd64. */
  platform?: string;
}

/** One thing a command did to the layer, for the explanation. */
export interface Contribution {
  /** `unmodelled`: commands the simulator has no model for (what they write is unknown). */
  kind?: 'unmodelled';
  text: string;
  confidence: Confidence;
  citations: Citation[];
}

/** A build error a command model found (Docker would stop here). */
export interface CommandFailure {
  message: string;
  hint: string | null;
  /** True when the model is sure (else the finding is a warning). */
  certain: boolean;
}

/** What a command model works with while applying one command. */
export interface RunContext {
  writer: LayerWriter;
  state: StageState;
  context: BuildContext;
  catalog: SimCatalog;
  /** The working directory for this command (after any `cd`). */
  cwd: string;
  /** Stage env plus the command's own `NAME=value` prefixes. */
  env: Record<string, string>;
  /** Targets of `RUN --mount=type=cache` (nothing written there reaches the image). */
  cacheMounts: string[];
  contribute(c: Contribution): void;
  fail(f: CommandFailure): void;
  /** Standard input when known (a heredoc, a pipe from echo), null when unknown, undefined for none. */
  stdin?: string | null;
  /** Reports the command's standard output (null: unknown), for redirections and pipes. */
  output?(text: string | null): void;
  /** True when a word of the command could not be known (`$(…)`, a variable set by `. file`). */
  unknownWords?: boolean;
  /** True when `path` exists only through a `RUN --mount` (a bind-mounted or secret file). */
  mounted?(path: string): boolean;
  /** The text of a bind-mounted file, or undefined. */
  mountedText?(path: string): string | undefined;
}

/** A command model: recognises a simple command and applies its effect. */
export interface CommandModel {
  /** Names of the command (argv[0] without its folder) this model handles. */
  names: readonly string[];
  apply(cmd: SimpleCommand, ctx: RunContext): void;
}
