/**
 * Cutting a Dockerfile into stages and resolving each stage's base as BuildKit does
 * (../shared/facts/BUILDKIT.md rows 1–6, 13): meta ARGs before the first FROM, stage names
 * lowercased and validated, `FROM x` resolved against earlier stages only, else an image.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';
import type { ArgInstruction, Dockerfile, FromInstruction, Instruction } from '../dockerfile/types';
import { expandVariables } from '../variables/expand';
import { AUTOMATIC_PLATFORM_ARGS, fromScope } from './args';
import { normalizePlatform } from '../dockerfile/platform';
import { PLAN_LESSONS, planDiagnostic } from './diagnostic';
import type { StageBase } from './types';

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** A stage before dependency resolution. */
export interface StageDraft {
  index: number;
  name: string | null;
  from: FromInstruction;
  instructions: Instruction[];
  base: StageBase;
  range: SourceRange;
  /** The platform the stage is built for: its `FROM --platform=`, its parent stage's, or the target's. */
  platform: string;
}

/** The result of cutting the Dockerfile into stages. */
export interface StageCut {
  metaArgs: ArgInstruction[];
  stages: StageDraft[];
}

/** Stage indexes by lowercased name, for lookups where later duplicates win. */
export class StageNames {
  private readonly byName = new Map<string, number[]>();
  /** Records that stage `index` is called `name` (indexes are added in increasing order). */
  add(name: string | null, index: number): void {
    if (name === null) return;
    const list = this.byName.get(name);
    if (list) list.push(index);
    else this.byName.set(name, [index]);
  }
  /** The last stage called `name` with an index below `before`, or null. */
  find(name: string, before = Infinity): number | null {
    const list = this.byName.get(name.toLowerCase());
    if (!list) return null;
    for (let i = list.length - 1; i >= 0; i--) if (list[i] < before) return list[i];
    return null;
  }
  /** An index of all the given stages. */
  static of(stages: Array<{ name: string | null; index: number }>): StageNames {
    const names = new StageNames();
    for (const s of stages) names.add(s.name, s.index);
    return names;
  }
}

function stageRange(from: FromInstruction, instructions: Instruction[]): SourceRange {
  const last = instructions.length > 0 ? instructions[instructions.length - 1] : from;
  return { start: from.range.start, end: last.range.end };
}

/**
 * Splits the instructions into meta ARGs and stages, checks FROM lines and resolves each base.
 * `globals` are the global ARG values (after build args).
 */
export function cutStages(
  df: Dockerfile,
  globals: Readonly<Record<string, string | null>>,
  diagnostics: Diagnostic[],
  auto: Readonly<Record<string, string>> = AUTOMATIC_PLATFORM_ARGS,
): StageCut {
  const metaArgs: ArgInstruction[] = [];
  const stages: StageDraft[] = [];
  let reportedOutside = false;
  const scope = fromScope(globals, auto);
  const names = new StageNames();
  for (const ins of df.instructions) {
    if (ins.kind === 'from') {
      const index = stages.length;
      const name = checkFrom(ins, diagnostics);
      const base = resolveBase(ins, names, scope, df.directives.escape, diagnostics);
      const platform =
        ins.platform !== null
          ? stagePlatform(ins, scope, df.directives.escape, diagnostics, auto.TARGETPLATFORM)
          : base.kind === 'stage'
            ? (stages[base.stageIndex]?.platform ?? auto.TARGETPLATFORM)
            : auto.TARGETPLATFORM;
      stages.push({ index, name, from: ins, instructions: [], base, range: ins.range, platform });
      names.add(name, index);
      continue;
    }
    if (stages.length === 0) {
      if (ins.kind === 'arg') metaArgs.push(ins);
      else if (!reportedOutside) {
        reportedOutside = true;
        diagnostics.push(
          planDiagnostic(
            'no-stage',
            'error',
            'no build stage in current context',
            `Only ARG may come before the first FROM; move this ${ins.keyword.toUpperCase()} below a FROM line.`,
            ins.range,
          ),
        );
      }
      continue;
    }
    const stage = stages[stages.length - 1];
    stage.instructions.push(ins);
  }
  for (const s of stages) s.range = stageRange(s.from, s.instructions);
  return { metaArgs, stages };
}

function checkFrom(from: FromInstruction, diagnostics: Diagnostic[]): string | null {
  const a = from.args;
  if (a.length === 3 && a[1].toLowerCase() === 'as') {
    const lower = a[2].toLowerCase();
    if (!VALID_STAGE_NAME.test(lower)) {
      diagnostics.push(
        planDiagnostic(
          'invalid-stage-name',
          'error',
          `invalid name for build stage: ${JSON.stringify(a[2])}, name can't start with a number or contain symbols`,
          'Start the name with a letter and use only letters, digits, `-`, `_` and `.`, e.g. `AS build`.',
          from.stageNameRange ?? from.range,
          PLAN_LESSONS.naming,
        ),
      );
    }
    return lower;
  }
  if (a.length !== 1) {
    diagnostics.push(
      planDiagnostic(
        'from-arguments',
        'error',
        'FROM requires either one or three arguments',
        'Write `FROM image` or `FROM image AS name`.',
        from.range,
        PLAN_LESSONS.naming,
      ),
    );
  }
  return null;
}

function resolveBase(
  from: FromInstruction,
  earlier: StageNames,
  scope: Record<string, string | undefined>,
  escape: '\\' | '`',
  diagnostics: Diagnostic[],
): StageBase {
  const written = from.image;
  const expanded = expandVariables(written, scope, escape);
  if (expanded.error) {
    diagnostics.push(
      planDiagnostic(
        'from-expansion',
        'error',
        expanded.error,
        'Fix the variable syntax in the image name.',
        from.imageRange,
      ),
    );
  }
  const ref = expanded.value.trim();
  if (ref === '') {
    diagnostics.push(
      planDiagnostic(
        'blank-base',
        'error',
        `base name (${written}) should not be blank`,
        'Give the ARG used in FROM a default before the first FROM (e.g. `ARG GO_VERSION=1.21`) or pass it with --build-arg.',
        from.imageRange,
      ),
    );
    return { kind: 'image', ref: '' };
  }
  const stage = earlier.find(ref);
  if (stage !== null) return { kind: 'stage', stageIndex: stage };
  if (ref.toLowerCase() === 'scratch') return { kind: 'scratch' };
  return { kind: 'image', ref };
}

/**
 * `FROM --platform=VALUE`: expanded with the global scope (so `$BUILDPLATFORM` works) and normalised;
 * an unreadable value is BuildKit's "failed to parse platform" error, and the target platform is used.
 */
function stagePlatform(
  from: FromInstruction,
  scope: Record<string, string | undefined>,
  escape: '\\' | '`',
  diagnostics: Diagnostic[],
  fallback: string,
): string {
  const written = from.platform ?? '';
  const value = expandVariables(written, scope, escape).value.trim();
  const platform = normalizePlatform(value);
  if (platform !== null) return platform;
  diagnostics.push(
    planDiagnostic(
      'invalid-platform',
      'error',
      // moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go: "failed to parse platform %s: %w".
      `failed to parse platform ${value || written}: "${value || written}": unknown operating system or architecture: invalid argument`,
      'Write a platform as os/arch, e.g. `--platform=linux/arm64`, or `--platform=$BUILDPLATFORM`.',
      from.range,
    ),
  );
  return fallback;
}
