/**
 * The simulated `docker` command line: what a command gets and what it gives back. Every command
 * answers with text and an exit code, whatever it is given; nothing here throws.
 */
import type { BuildContext, SimulatedImage } from '../../build/types';
import type { Container } from '../container/container';
import type { Foreground } from '../container/shell';

/** What one command line printed. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  /** The exit code a shell would see (`$?`): 0 success, Docker's own codes otherwise. */
  exitCode: number;
  /** True when the model cannot tell what the command did. */
  unknown?: boolean;
  /** A foreground the command started (`docker run -it`, `docker exec -it`, a y/N question). */
  foreground?: Foreground;
  /**
   * Lines from the simulator itself, not from Docker (where a figure is an estimate, why an output is
   * not modelled, what cannot be done without a registry). Shown apart from Docker's output.
   */
  notes: string[];
  /** True when the screen should be cleared (`clear`, Ctrl+L). */
  clear: boolean;
}

/** One piece of a command line's output, in the order it was printed. */
export interface OutputChunk {
  /** `note` is the simulator speaking (a {@link CommandResult} note), not Docker. */
  stream: 'stdout' | 'stderr' | 'note';
  text: string;
}

/** What a whole command line (`a | b && c`) printed, in order, and the last command's exit code. */
export interface LineResult {
  output: OutputChunk[];
  exitCode: number;
  /** What the terminal shows before the next line: `$ `, a container shell's, or a program's own. */
  prompt: string;
  /** True when the model cannot tell the outcome (the exit code is then not meaningful). */
  unknown?: boolean;
  /** True when the screen was cleared first (`clear`, Ctrl+L); `output` is what came after. */
  clear: boolean;
}

/** An image in the session's image store. */
export interface StoredImage {
  /** 64 hex digits, derived from the image's content (the same build gives the same id). */
  id: string;
  image: SimulatedImage;
  /** `repository:tag` names pointing at this image, in the order they were given. */
  tags: string[];
  /** Session time (ms) of the build that produced it. */
  createdAt: number;
}

/** The state a terminal keeps between command lines. */
export interface DockerSession {
  /** The build context `docker build .` sends: the example's files. */
  context: BuildContext;
  /** Images by id, oldest first. */
  images: StoredImage[];
  /** Containers `docker run` created and nobody removed, oldest first. */
  containers: Container[];
  /** How many containers the session has created (names and ids follow from it). */
  created: number;
  /** What the terminal's input goes to, innermost last: a container's shell, a program, a question. */
  foreground: Foreground[];
  /** Files `docker cp` copied out of containers, laid over the build context. */
  hostFiles: BuildContext['files'];
  /** Cache keys of the build steps already run (BuildKit's layer cache; `--no-cache` ignores it). */
  cache: Set<string>;
  /** True once a removed container left anonymous volumes behind (its image declared VOLUME). */
  volumesLeft?: boolean;
  /** True when the output goes to a terminal: BuildKit's progress is then coloured (ANSI). */
  tty?: boolean;
  /** The session's clock in ms (injected so tests and outputs are deterministic). */
  now(): number;
}

/** Flags a command accepts: a boolean switch or one that takes a value. */
export interface FlagSpec {
  /** Long name without dashes, e.g. `tag`. */
  name: string;
  /** One-letter alias without the dash, e.g. `t`. */
  short?: string;
  takesValue: boolean;
  /** Repeatable value flags collect every value. */
  repeatable?: boolean;
}

/** One command of the table: `docker build`, `docker images`, `ls`, … */
export interface CommandDefinition {
  /** The words that select it, e.g. `['image', 'ls']`; the first entry is the canonical path. */
  paths: string[][];
  /** One line for `docker --help`; null hides it from the help (shell commands list themselves). */
  summary: string | null;
  /** `docker build --help` text (Usage line and options). */
  usage: string;
  flags: FlagSpec[];
  /** False when the first word that is not a flag ends the flags (`docker run IMAGE CMD --flag`). */
  interspersed?: boolean;
  /**
   * How many operands it takes, checked before `run` with the docker CLI's own messages
   * (docker/cli cli/required.go): `none` (NoArgs), `min`, `max`, `exact`. Unchecked when absent.
   */
  args?: { none: true } | { min: number } | { max: number } | { exact: number } | { range: [number, number] };
  /**
   * Runs the command. `args` are the words after the command's path; `stdin` is what a pipe
   * gave it (null when nothing is piped).
   */
  run(ctx: CommandContext): CommandResult;
}

/** What a command's `run` receives. */
export interface CommandContext {
  session: DockerSession;
  /** Values of the flags given (a boolean flag given is `['true']`), by long name. */
  flags: Map<string, string[]>;
  /** Words that are not flags. */
  positional: string[];
  /** Piped standard input, or null when the command is not on the right of a pipe. */
  stdin: string | null;
}
