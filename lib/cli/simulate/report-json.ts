/**
 * The `--json` document of the simulate tool, schema version 2 (documented in lib/cli/SCHEMA.md).
 * Version 1 had target, stages, edges and diagnostics; version 2 adds layers, image and run.
 */
import type { Confidence } from '../../catalog/types';
import type { Severity } from '../../diagnostics';
import type { EdgeKind, StageGraph } from '../../plan/types';
import type { RunOutcome, SimulationResult, SizeRange } from '../../build/types';
import { sizeRangeText } from '../../build/format';

/** The schema version this tool writes. */
export const SCHEMA_VERSION = 3;

/** The JSON document (see lib/cli/SCHEMA.md). */
export interface SimulateJson {
  schemaVersion: 3;
  dockerfile: string;
  builder: 'buildkit' | 'legacy';
  /** The platform built for (`--platform`, default linux/amd64) and the build machine's. */
  platform: string;
  buildPlatform: string;
  /** Name (or `stage-N`) of the target stage, or null when there is none. */
  target: string | null;
  targetIndex: number | null;
  stages: Array<{
    index: number;
    name: string | null;
    base: string;
    built: boolean;
    skippedReason: string | null;
    sizeBytes: number | null;
    /** The stage's platform, and whether its RUN steps are emulated (not the build machine's platform). */
    platform: string;
    emulated: boolean;
  }>;
  edges: Array<{
    from: string;
    fromKind: 'stage' | 'image';
    fromIndex: number | null;
    to: number;
    kind: EdgeKind;
    line: number;
  }>;
  diagnostics: Array<{
    ruleId: string;
    severity: Severity;
    line: number;
    message: string;
    origin: string;
    hint: string | null;
  }>;
  layers: Array<{
    line: number | null;
    instruction: string;
    sizeBytes: number;
    confidence: Confidence;
    empty: boolean;
    explanation: string;
    /** Present when part of the layer's size is unknown: at least `low` bytes, at most `high` (null: no bound). */
    sizeRange?: SizeRange;
  }>;
  image: {
    sizeBytes: number;
    /** As Docker prints it (`1.83MB`), or the range when part of the size is unknown (`≥ 85MB`). */
    size: string;
    /** Present when part of the image's size is unknown, as for `layers[].sizeRange`. */
    sizeRange?: SizeRange;
    confidence: Confidence;
    /** True with a shell (/bin/sh or `sh` on PATH), false without, null when it cannot be told. */
    hasShell: boolean | null;
    /** The path of that shell, or null. */
    shell: string | null;
    /** Facts the model cannot tell (shell, packageManager, user, libc, buildTools, runtimes) → why. */
    unknownFacts: Record<string, string>;
    packageManager: string;
    user: string;
    runsAsRoot: boolean;
    entrypoint: string[] | null;
    cmd: string[] | null;
    fileCount: number;
    runtimes: Array<{ name: string; version: string }>;
    buildTools: string[];
  } | null;
  /** Present only with --run; null when there is no image to run. */
  run?: {
    exitCode: number;
    stdout: string;
    stderr: string;
    status: 'started' | 'failed' | 'unknown';
    outputSimulated: boolean;
    truncated: boolean;
    explanation: string;
    /** For `unknown`: what the model does not know. */
    because: string | null;
  } | null;
}

function stageLabel(graph: StageGraph, index: number): string {
  const s = graph.stages[index];
  return s?.name ?? `stage-${index}`;
}

/** Build the JSON document. `size` formats bytes as docker images does. */
export function toJson(
  dockerfile: string,
  result: SimulationResult,
  run: RunOutcome | null | undefined,
  size: (n: number) => string,
): SimulateJson {
  const g = result.graph;
  const image = result.image;
  const doc: SimulateJson = {
    schemaVersion: SCHEMA_VERSION,
    dockerfile,
    builder: g.builder,
    platform: g.platform.target,
    buildPlatform: g.platform.build,
    target: g.target !== null ? stageLabel(g, g.target) : null,
    targetIndex: g.target,
    stages: g.stages.map((s) => ({
      index: s.index,
      name: s.name,
      base:
        s.base.kind === 'image'
          ? s.base.ref
          : s.base.kind === 'scratch'
            ? 'scratch'
            : stageLabel(g, s.base.stageIndex),
      built: s.built,
      skippedReason: s.skippedReason,
      sizeBytes: result.stages[s.index]?.sizeBytes ?? null,
      platform: s.platform,
      emulated: s.emulated,
    })),
    edges: g.edges.map((e) => ({
      from: e.from.kind === 'stage' ? stageLabel(g, e.from.index) : e.from.ref,
      fromKind: e.from.kind,
      fromIndex: e.from.kind === 'stage' ? e.from.index : null,
      to: e.to,
      kind: e.kind,
      line: e.range.start.line,
    })),
    diagnostics: result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      line: d.range.start.line,
      message: d.message,
      origin: d.origin,
      hint: d.hint,
    })),
    layers: (image?.layers ?? []).map((l) => ({
      line: l.line,
      instruction: l.instruction,
      sizeBytes: l.sizeBytes,
      confidence: l.confidence,
      empty: l.empty,
      explanation: l.explanation,
      ...(l.sizeRange ? { sizeRange: { ...l.sizeRange } } : {}),
    })),
    image: image
      ? {
          sizeBytes: image.sizeBytes,
          size: image.sizeRange ? sizeRangeText(image.sizeRange, size) : size(image.sizeBytes),
          ...(image.sizeRange ? { sizeRange: { ...image.sizeRange } } : {}),
          confidence: image.confidence,
          hasShell: image.facts.shell !== null ? true : image.facts.unknown?.shell ? null : false,
          shell: image.facts.shell,
          unknownFacts: { ...(image.facts.unknown ?? {}) },
          packageManager: image.facts.packageManager,
          user: image.facts.user,
          runsAsRoot: image.facts.runsAsRoot,
          entrypoint: image.config.entrypoint,
          cmd: image.config.cmd,
          fileCount: image.fileCount,
          runtimes: image.facts.runtimes.map((r) => ({ name: r.name, version: r.version })),
          buildTools: image.facts.buildTools,
        }
      : null,
  };
  if (run !== undefined) {
    doc.run = run
      ? {
          exitCode: run.exitCode,
          stdout: run.stdout,
          stderr: run.stderr,
          status: run.status,
          outputSimulated: run.outputSimulated,
          truncated: run.truncated,
          explanation: run.explanation,
          because: run.because ?? null,
        }
      : null;
  }
  return doc;
}
