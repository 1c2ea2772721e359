/** Small builders for the hand-made fixtures in `fixtures.ts`: ranges, instructions, layers, images, stages, graphs. */
import type { SourceRange } from '@/lib/diagnostics';
import type { Builder, Edge, Stage, StageGraph } from '@/lib/plan/types';
import type { Layer, SimulatedImage } from '@/lib/build/types';
import type { ManifestEntry } from '@/lib/catalog/types';
import type { FromInstruction, Instruction } from '@/lib/dockerfile/types';

/** A range over `length` characters of `line` (1-based). */
export function fixtureRange(line: number, length: number): SourceRange {
  return { start: { line, column: 1 }, end: { line, column: length + 1 } };
}

/**
 * A minimal instruction of `kind` on `line` whose text is `text`: enough for the panel, which reads
 * only ranges and text. Typed as the matching union member through a generic record.
 */
export function fixtureInstruction<K extends Instruction['kind']>(
  kind: K,
  line: number,
  text: string,
): Instruction {
  const range = fixtureRange(line, text.length);
  const keyword = text.split(' ')[0] ?? '';
  const base = {
    keyword,
    range,
    keywordRange: fixtureRange(line, keyword.length),
    flags: [],
    args: text.split(' ').slice(1),
    text,
  };
  return { ...base, kind: 'unknown' as const, ...({ kind } as object) } as Instruction;
}

/** Fixture builder. */
export function layer(
  stageIndex: number | null,
  line: number | null,
  instruction: string,
  sizeBytes: number,
  files: ManifestEntry[],
  explanation: string,
  citations: Layer['citations'],
  confidence: Layer['confidence'] = 'high',
): Layer {
  return {
    stageIndex,
    instruction,
    line,
    range: line === null ? null : fixtureRange(line, instruction.length),
    sizeBytes,
    empty: sizeBytes === 0 && files.length === 0,
    confidence,
    explanation,
    citations,
    changes: files.map((entry) => ({ op: 'add' as const, entry })),
  };
}

/** Fixture builder. */
export function sum(layers: Layer[]): number {
  return layers.reduce((n, l) => n + l.sizeBytes, 0);
}

/** Fixture builder. */
export function image(
  stageIndex: number,
  base: SimulatedImage['base'],
  layers: Layer[],
  files: ManifestEntry[],
  shell: string | null,
  entrypointShellForm = false,
): SimulatedImage {
  const hasApt = files.some((f) => f.path === '/usr/bin/apt-get');
  const hasGcc = files.some((f) => f.path === '/usr/bin/gcc-11');
  return {
    stageIndex,
    base,
    layers,
    sizeBytes: sum(layers),
    confidence: layers.some((l) => !l.empty && l.confidence !== 'exact') ? 'high' : 'exact',
    config: {
      entrypoint: entrypointShellForm ? ['/bin/sh', '-c', '/app'] : ['/app'],
      entrypointShellForm,
      cmd: null,
      cmdShellForm: false,
      env: { GO111MODULE: 'off' },
      workdir: '/',
      user: 'root',
      exposedPorts: [],
      labels: {},
      shell: ['/bin/sh', '-c'],
      healthcheck: null,
    },
    facts: {
      shell,
      packageManager: hasApt ? 'apt' : 'none',
      runsAsRoot: true,
      user: 'root',
      runtimes: hasApt ? [{ name: 'go', version: '1.18.1', path: '/usr/lib/go-1.18/bin/go' }] : [],
      libc: hasApt ? { kind: 'glibc', version: '2.35' } : { kind: 'none', version: null },
      buildTools: hasGcc ? ['go', 'gcc'] : [],
    },
    files,
    fileCount: files.reduce(
      (n, f) => n + (f.kind === 'bulk' ? (f.fileCount ?? 1) : f.kind === 'dir' ? 0 : 1),
      0,
    ),
    largestPaths: [...files]
      .sort((a, b) => b.sizeBytes - a.sizeBytes)
      .slice(0, 20)
      .map((f) => ({ path: f.path, sizeBytes: f.sizeBytes })),
  };
}

/** Fixture builder. */
export function fromInstr(line: number, image: string, stageName: string | null): FromInstruction {
  const text = `FROM ${image}${stageName ? ` AS ${stageName}` : ''}`;
  return {
    ...fixtureInstruction('from', line, text),
    kind: 'from',
    image,
    imageRange: fixtureRange(line, text.length),
    stageName,
    stageNameRange: null,
    asKeyword: stageName ? 'AS' : null,
    platform: null,
  };
}

/** Fixture builder. */
export function stage(
  index: number,
  name: string | null,
  from: FromInstruction,
  base: Stage['base'],
  instructions: Instruction[],
  lastLine: number,
  built: boolean,
  isTarget: boolean,
  skippedReason: string | null = null,
): Stage {
  return {
    index,
    name,
    displayName: name ?? `stage-${index}`,
    from,
    base,
    instructions,
    range: { start: { line: from.range.start.line, column: 1 }, end: { line: lastLine, column: 80 } },
    built,
    skippedReason,
    isTarget,
    argsAtStart: {},
    platform: 'linux/amd64',
    emulated: false,
  };
}

/** Fixture builder. */
export function edge(from: Edge['from'], to: number, kind: Edge['kind'], line: number): Edge {
  return { from, to, kind, range: fixtureRange(line, 30) };
}

/** Fixture builder. */
export function graph(
  stages: Stage[],
  images: StageGraph['images'],
  edges: Edge[],
  target: number,
  builder: Builder = 'buildkit',
): StageGraph {
  return {
    builder,
    stages,
    images,
    edges,
    target,
    buildOrder: stages.filter((s) => s.built).map((s) => s.index),
    globalArgs: {},
    platform: { target: 'linux/amd64', build: 'linux/amd64' },
    diagnostics: [],
  };
}
