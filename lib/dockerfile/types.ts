/**
 * The typed Dockerfile model: what the text says, syntax only (no stage resolution, no variable
 * expansion beyond what the parser must do). Produced by `parseDockerfile` in this folder from the
 * `dockerfile-ast` parse, and the input of the plan, the lint and the simulation.
 *
 * Every node carries its source range. Instruction nodes are a discriminated union keyed on `kind`.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';

/** How a command is written: exec (JSON array, run directly) or shell (run by the image's shell). */
export type CommandForm = { form: 'exec'; argv: string[] } | { form: 'shell'; script: string };

/** A `--name=value` (or bare `--name`) flag as written on an instruction. */
export interface Flag {
  name: string;
  /** The value after `=`, or null for a bare flag such as `--link`. */
  value: string | null;
  range: SourceRange;
}

/** A heredoc attached to RUN, COPY or ADD (`<<EOF … EOF`). */
export interface Heredoc {
  /** The delimiter word without `<<`, `-` or quotes. */
  name: string;
  /** The body, without the closing delimiter line. */
  content: string;
  /** Whether the body is expanded (`<<EOF`) or literal (`<<"EOF"` / `<<'EOF'`). */
  expand: boolean;
  /** For COPY/ADD: the heredoc stands for a file with this content; for RUN: it is the script. */
  range: SourceRange;
  /** `<<-`: leading tabs were stripped from the body (already applied to `content`). */
  chomp?: boolean;
  /** The file descriptor before `<<` (`3<<EOF`), 0 when none was written. */
  fileDescriptor?: number;
}

/** A `RUN --mount=…` option, parsed into its fields. */
export interface Mount {
  type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
  /** Where it is mounted in the container, or null when not given. */
  target: string | null;
  /** `from=` (a stage name, index or image), or null. */
  from: string | null;
  source: string | null;
  /** Every key=value of the mount as written. */
  options: Record<string, string>;
  range: SourceRange;
}

interface InstructionBase {
  /** The keyword as written (`from`, `FROM`, `From`): lint checks its casing. */
  keyword: string;
  range: SourceRange;
  /** Range of the keyword alone. */
  keywordRange: SourceRange;
  flags: Flag[];
  /**
   * The arguments exactly as BuildKit's parser splits them (the `result` files of the conformance
   * corpus): JSON-form elements, or the whitespace-split / whole-string forms Docker uses per keyword.
   */
  args: string[];
  /** The instruction's full text as written (continuations joined, comments inside removed). */
  text: string;
  /** 1-based lines of empty continuation lines inside the instruction (NoEmptyContinuation). */
  emptyContinuationLines?: number[];
}

export interface FromInstruction extends InstructionBase {
  kind: 'from';
  /** The image or stage reference as written, before ARG expansion (e.g. `golang:${GO_VERSION}`). */
  image: string;
  imageRange: SourceRange;
  /** The stage name after `AS`, as written (case preserved), or null. */
  stageName: string | null;
  stageNameRange: SourceRange | null;
  /** The `AS` keyword as written, for FromAsCasing, or null. */
  asKeyword: string | null;
  platform: string | null;
}

export interface RunInstruction extends InstructionBase {
  kind: 'run';
  command: CommandForm;
  mounts: Mount[];
  /** `--network=` value or null. */
  network: string | null;
  heredocs: Heredoc[];
}

export interface CopyInstruction extends InstructionBase {
  kind: 'copy' | 'add';
  /** Source paths (or URLs / git refs for ADD), as written. Heredoc sources appear in `heredocs`. */
  sources: string[];
  destination: string;
  /** `--from=` value as written, or null. */
  from: string | null;
  fromRange: SourceRange | null;
  chown: string | null;
  chmod: string | null;
  link: boolean;
  heredocs: Heredoc[];
}

export interface CommandInstruction extends InstructionBase {
  kind: 'cmd' | 'entrypoint';
  command: CommandForm;
}

export interface KeyValue {
  key: string;
  /**
   * The value as written, quotes and escapes kept (`"two words"`); Docker's value is
   * `expandVariables(value, vars, escape).value` (lib/variables), which removes them.
   */
  value: string;
  range: SourceRange;
}

export interface EnvInstruction extends InstructionBase {
  kind: 'env' | 'label';
  pairs: KeyValue[];
  /** True for the legacy whitespace form `ENV key value` (LegacyKeyValueFormat). */
  legacyFormat: boolean;
}

export interface ArgDeclaration {
  name: string;
  /** The default after `=` as written (quotes kept, see KeyValue.value), or null when declared without one. */
  defaultValue: string | null;
  range: SourceRange;
}

export interface ArgInstruction extends InstructionBase {
  kind: 'arg';
  declarations: ArgDeclaration[];
}

export interface WorkdirInstruction extends InstructionBase {
  kind: 'workdir';
  path: string;
}

export interface UserInstruction extends InstructionBase {
  kind: 'user';
  user: string;
  group: string | null;
}

export interface ExposeInstruction extends InstructionBase {
  kind: 'expose';
  ports: string[];
}

export interface VolumeInstruction extends InstructionBase {
  kind: 'volume';
  paths: string[];
}

export interface HealthcheckInstruction extends InstructionBase {
  kind: 'healthcheck';
  /** null for `HEALTHCHECK NONE`. */
  command: CommandForm | null;
  options: Record<string, string>;
}

export interface ShellInstruction extends InstructionBase {
  kind: 'shell';
  argv: string[];
}

export interface SimpleInstruction extends InstructionBase {
  kind: 'stopsignal' | 'maintainer' | 'onbuild';
  /** The argument text as written. */
  value: string;
  /** For ONBUILD: the trigger instruction it registers (not run in this build), or null. */
  trigger?: Instruction | null;
}

/** A keyword Docker does not know. Docker rejects it: `unknown instruction: X`. */
export interface UnknownInstruction extends InstructionBase {
  kind: 'unknown';
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CopyInstruction
  | CommandInstruction
  | EnvInstruction
  | ArgInstruction
  | WorkdirInstruction
  | UserInstruction
  | ExposeInstruction
  | VolumeInstruction
  | HealthcheckInstruction
  | ShellInstruction
  | SimpleInstruction
  | UnknownInstruction;

export type InstructionKind = Instruction['kind'];

/** The instruction type for one kind, e.g. `InstructionOf<'cmd'>` is `CommandInstruction`. */
export type InstructionOf<K extends InstructionKind> = Instruction extends infer I
  ? I extends { kind: infer X }
    ? K extends X
      ? I
      : never
    : never
  : never;

export interface ParserDirectives {
  /** `# syntax=` value or null. */
  syntax: string | null;
  /** The escape character: `\` unless `# escape=` says otherwise. */
  escape: '\\' | '`';
  /** `# check=` value or null (build-check configuration). */
  check: string | null;
}

/** A comment line of the Dockerfile (not parser directives). */
export interface Comment {
  text: string;
  range: SourceRange;
}

/**
 * A parsed Dockerfile. Parsing never throws: syntax errors become `diagnostics` (origin `parse`)
 * and the instructions that could be read are kept.
 */
export interface Dockerfile {
  directives: ParserDirectives;
  instructions: Instruction[];
  comments: Comment[];
  diagnostics: Diagnostic[];
  /** Number of lines of the input, for ranges past the end. */
  lineCount: number;
}
