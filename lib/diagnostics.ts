/**
 * Shared vocabulary for everything the simulator reports: source positions and diagnostics.
 * Every module of the engine (parser, plan, lint, simulate, run) reports problems in this one shape,
 * so the editor, the panel and the command-line tool can show them without knowing where they came from.
 */

/** A position in the Dockerfile text. Both numbers are 1-based (as editors and Docker show them). */
export interface Position {
  line: number;
  column: number;
}

/** A span of the Dockerfile text; `end` is exclusive. */
export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Which part of the engine produced a diagnostic. */
export type DiagnosticOrigin = 'parse' | 'plan' | 'lint' | 'simulate' | 'run';

/**
 * One finding about a Dockerfile.
 * `ruleId` is Docker's own check name where one exists (e.g. `StageNameCasing`), hadolint's id
 * (e.g. `DL3006`), or ours (`stagecraft/…`, e.g. `stagecraft/shell-form-no-shell`; formerly `SC-…`); parser and graph
 * errors use ids such as `parse/…` and `plan/…`.
 */
export interface Diagnostic {
  ruleId: string;
  /**
   * Other ids of the same finding: the hadolint DL number of a Docker build check (or the reverse),
   * and a rule's former ids. Ignore comments may name any of them.
   */
  aliases?: string[];
  severity: Severity;
  origin: DiagnosticOrigin;
  /** What is wrong, with Docker's exact wording where Docker has one. */
  message: string;
  /** What to do about it, in plain words. Null when the message already says it. */
  hint: string | null;
  range: SourceRange;
  /** Docker's (or hadolint's) documentation page for the rule, or null. */
  docsUrl: string | null;
  /** The lesson section that teaches this, as a site path (e.g. `/learn/distroless-images#no-shell`), or null. */
  lessonPath: string | null;
  /** Mechanical repairs the editor can offer as quick fixes. */
  fixes?: QuickFix[];
}

/** Replace `range` (end exclusive; empty for an insertion) with `text`. */
export interface TextEdit {
  range: SourceRange;
  text: string;
}

/** A repair of a finding: edits applied together. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

/** A range covering a whole line (1-based), for findings that have no finer position. */
export function lineRange(line: number, length = 1): SourceRange {
  return { start: { line, column: 1 }, end: { line, column: Math.max(1, length) + 1 } };
}
