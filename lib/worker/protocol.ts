/**
 * Messages between the lab (main thread) and the simulator worker. Everything here is plain,
 * structured-cloneable data. Positions are 1-based, as in `lib/diagnostics`.
 */
import type { Diagnostic, TextEdit } from '../diagnostics';
import type { Builder } from '../plan/types';
import type { BuildContext, RunOutcome, SimulationResult } from '../build/types';
import type { Gradable } from '../course/grade';
import type { OutputChunk } from '../cli/docker';
import type { FixSizeChange } from '../fix-size';
import type { CompletionSuggestion, HoverInfo } from '../language/types';

export type { CompletionSuggestion, HoverInfo } from '../language/types';
export type { FixSizeChange } from '../fix-size';

/** A file laid over a registered build context, e.g. the Dockerfile being edited. */
export interface OverlayFile {
  path: string;
  content: string;
}

/** Which terminal session a command line belongs to, and the build context it sees. */
export interface TerminalTarget {
  /** The session (its images and build cache) lives in the worker under this key. */
  sessionKey: string;
  /** The context registered with `kind: 'context'`. */
  contextKey: string;
  /** Files that replace or join the context's (the live Dockerfile). */
  overlay: OverlayFile[];
}

/** One goal of an exercise and whether the current Dockerfile meets it. */
export interface GoalStatus {
  /** Position of the goal in the exercise (stable key). */
  index: number;
  label: string;
  met: boolean;
  /** True when the simulator cannot tell whether the goal is met (`detail` says why and what to change). */
  unknown: boolean;
  /** What the simulator found (e.g. "final image is 861MB"), or null. */
  detail: string | null;
}

/** Grading of the current text against an exercise's goals, or null when the lab has no exercise. */
export interface GradeSummary {
  passed: boolean;
  goals: GoalStatus[];
}

/** Requests the lab sends. `id` is unique per client; answers carry it back. */
export type WorkerRequest =
  /** Registers a build context once under `key`, so later simulations need not resend it. */
  | { kind: 'context'; id: number; key: string; context: BuildContext }
  | {
      kind: 'simulate';
      id: number;
      /** The context registered with `kind: 'context'` (an unknown key means an empty context). */
      contextKey: string;
      text: string;
      target: string | null;
      builder: Builder;
      /** Standard input for `docker run`, or null for none. */
      stdin: string | null;
      /** Exercise to grade the text against, or null. */
      exerciseId: string | null;
    }
  /** Registers an exercise's goals once, so simulations with its id are graded. */
  | { kind: 'exercise'; id: number; exerciseId: string; gradable: Gradable }
  /**
   * What a quick fix changes in size: `text` simulated as it is and with `edits` applied, with the
   * same context, target, builder and exercise options as a `simulate` request.
   */
  | {
      kind: 'fix-size';
      id: number;
      contextKey: string;
      text: string;
      edits: TextEdit[];
      target: string | null;
      builder: Builder;
      exerciseId: string | null;
    }
  | { kind: 'complete'; id: number; text: string; line: number; column: number }
  | { kind: 'hover'; id: number; text: string; line: number; column: number }
  /** Runs one command line of a simulated terminal. */
  | ({ kind: 'terminal'; id: number; line: string } & TerminalTarget)
  /** Ctrl+C (`interrupt`) or Ctrl+D (`eof`) sent to what runs in a terminal's foreground. */
  | ({ kind: 'terminal-key'; id: number; key: 'interrupt' | 'eof' } & TerminalTarget)
  /** Tab completion of a terminal's command line. */
  | ({ kind: 'terminal-complete'; id: number; line: string } & TerminalTarget);

/** Answers of the worker, one per request. */
export type WorkerResponse =
  | { kind: 'context'; id: number }
  | { kind: 'exercise'; id: number }
  | {
      kind: 'simulate';
      id: number;
      result: SimulationResult;
      run: RunOutcome | null;
      grade: GradeSummary | null;
      /** Time spent in the worker (ms). */
      durationMs: number;
    }
  /** `text` says the change for the learner (`412 MB → 268 MB`, or that it is unknown and why). */
  | { kind: 'fix-size'; id: number; change: FixSizeChange }
  | { kind: 'complete'; id: number; items: CompletionSuggestion[] }
  | { kind: 'hover'; id: number; hover: HoverInfo | null }
  | {
      kind: 'terminal';
      id: number;
      output: OutputChunk[];
      exitCode: number;
      clear: boolean;
      /** The prompt for the next line (`$ `, a container shell's, a program's own). */
      prompt: string;
      /** True when the model cannot tell the outcome. */
      unknown: boolean;
    }
  /** `line` is the completed line; `candidates` lists what matched when several did. */
  | { kind: 'terminal-complete'; id: number; line: string; candidates: string[] }
  /** The engine failed unexpectedly; the lab keeps its last result and shows `message`. */
  | { kind: 'error'; id: number; message: string }
  /** Sent once, unasked (id 0), when the worker has loaded and can answer. */
  | { kind: 'ready'; id: 0 };

/** The diagnostics of a result, for callers that only need those. */
export function resultDiagnostics(result: SimulationResult | null): Diagnostic[] {
  return result ? result.diagnostics : [];
}
