/**
 * Building one stage: FROM, then each instruction's effect on the filesystem and the config, one
 * layer per instruction (metadata instructions give empty layers, as `docker history` lists them).
 */
import type { Diagnostic } from '../../diagnostics';
import type { ImageResolution, ManifestEntry } from '../../catalog/types';
import type { CopyInstruction, Instruction, ParserDirectives, RunInstruction } from '../../dockerfile/types';
import type { Stage, StageGraph } from '../../plan/types';
import type { BuildContext, FsChange, Layer, SizeRange } from '../types';
import { mb } from '../effects/helpers';
import { LayerWriter } from '../fs/layer-writer';
import { entryRoot, normalizePath } from '../fs/paths';
import { fogOver, type Fog } from '../fs/presence';
import { OverlayTree } from '../fs/overlay';
import { type FsTree, treeFromEntries } from '../fs/tree';
import { which } from '../fs/which';
import type { SimCatalog } from '../effects/catalog-port';
import { applyCopy, type CopySource } from '../effects/copy-instruction';
import { imageStart, scratchStart, type BaseStart } from '../effects/from';
import { applyRun } from '../effects/run-instruction';
import type { MountSource } from '../effects/run-mounts';
import type { Contribution } from '../effects/types';
import { applyMetadata, unsetOnUnknownBase, wordExpander } from './metadata';
import { copyConfig, forkStage, lowest, type StageBuild } from './stage-state';
import { copySourceNotFound, secretNotFound, shellMissing } from '../errors';

/** What building a stage needs from the rest of the build. */
export interface BuildEnv {
  graph: StageGraph;
  catalog: SimCatalog;
  context: BuildContext;
  /** Stages built so far (by index). */
  built: Map<number, StageBuild>;
  diagnostics: Diagnostic[];
  buildArgs: Record<string, string>;
  /** Ids of the secrets passed with `--secret` (undefined: every secret a RUN mounts is given). */
  secrets?: readonly string[];
  /** The Dockerfile's escape character (`# escape=`), used when instruction words are expanded. */
  escape: ParserDirectives['escape'];
  /**
   * How many edges of the graph read each stage (FROM, COPY --from, RUN --mount from). A stage read
   * only by the one FROM that continues it hands its state over instead of being copied.
   */
  readers?: Map<number, number>;
}

/** Count the edges reading each stage. */
export function stageReaders(graph: StageGraph): Map<number, number> {
  const readers = new Map<number, number>();
  for (const e of graph.edges)
    if (e.from.kind === 'stage') readers.set(e.from.index, (readers.get(e.from.index) ?? 0) + 1);
  return readers;
}

/** Per base image: its start, tree and layer changes, computed once (resolutions are cached objects). */
const BASES = new WeakMap<
  ImageResolution,
  { start: BaseStart; tree: ReadonlyMap<string, ManifestEntry>; changes: Layer['changes'] }
>();

/**
 * A base image's start for a stage (its own config and lists) and its tree, shared between every
 * reader: a stage that builds on it writes over it (`OverlayTree`); COPY --from and mounts only read it.
 */
function imageBase(
  ref: string,
  env: BuildEnv,
): { start: BaseStart; tree: ReadonlyMap<string, ManifestEntry>; changes: Layer['changes'] } {
  const resolution = env.catalog.resolveImage(ref);
  let hit = BASES.get(resolution);
  if (!hit) {
    const start = imageStart(ref, resolution, env.catalog);
    hit = {
      start,
      tree: treeFromEntries(start.entries),
      changes: start.entries.map((entry) => ({ op: 'add' as const, entry })),
    };
    BASES.set(resolution, hit);
  }
  // The start's config and lists are changed by the stage: give each stage its own copies.
  const start: BaseStart = {
    ...hit.start,
    config: copyConfig(hit.start.config),
    runtimes: [...hit.start.runtimes],
  };
  return { start, tree: hit.tree, changes: hit.changes };
}

function startFromBase(
  start: BaseStart,
  stage: Stage,
  buildArgs: Record<string, string>,
  prepared?: { tree: FsTree; changes: Layer['changes'] },
): StageBuild {
  const tree = prepared ? prepared.tree : treeFromEntries(start.entries);
  const contents = new Map<string, string>();
  if (start.passwd) contents.set('/etc/passwd', start.passwd);
  if (start.group) contents.set('/etc/group', start.group);
  const layers: Layer[] = [];
  if (start.entries.length > 0 || start.sizeBytes > 0) {
    layers.push({
      stageIndex: null,
      instruction: `FROM ${stage.base.kind === 'image' ? stage.base.ref : stage.from.image}`,
      line: null,
      range: null,
      sizeBytes: start.sizeBytes,
      empty: false,
      confidence: start.confidence,
      explanation: start.explanation,
      citations: start.citations,
      changes: prepared ? prepared.changes : start.entries.map((entry) => ({ op: 'add' as const, entry })),
      ...(start.sizeRange ? { sizeRange: start.sizeRange } : {}),
      ...(start.fog.length > 0 ? { fog: start.fog.map((f) => ({ ...f })) } : {}),
    });
  }
  return {
    state: {
      index: stage.index,
      tree,
      contents,
      config: start.config,
      args: {},
      vars: {},
      distro: start.distro,
      packageManager: start.packageManager,
      runtimes: start.runtimes,
      installed: new Set(),
      fog: start.fog.map((f) => ({ ...f })),
      ...(start.accountsPartial ? { accountsPartial: start.accountsPartial } : {}),
    },
    layers,
    libc: start.libc,
    baseLabel: stage.from.image,
    buildArgs,
    cmdSet: false,
  };
}

/**
 * The size range of a layer that wrote unknown regions or files of unknown size (downloads): at
 * least what it is known to add (neutral estimates under its fog are not counted), with no upper
 * bound. Null when the layer's size is as known as its confidence says.
 */
function unknownSize(changes: readonly FsChange[], fog: readonly Fog[], sizeBytes: number): SizeRange | null {
  const reasons = new Set(fog.filter((f) => !f.sizeKnown).map((f) => f.reason));
  let low = sizeBytes;
  for (const c of changes) {
    if (c.op !== 'add' || !c.entry.estimate) continue;
    if (c.entry.atLeast)
      reasons.add(
        `${entryRoot(c.entry.path)} holds at least ${mb(c.entry.sizeBytes)}${c.entry.note ? ` (${c.entry.note})` : ''}; its full size is unknown`,
      );
    else if (c.entry.sizeBytes === 0)
      reasons.add(
        `the size of ${entryRoot(c.entry.path)} is unknown${c.entry.note ? ` (${c.entry.note})` : ''}`,
      );
    else if (fogOver(fog, entryRoot(c.entry.path))) low -= c.entry.sizeBytes;
  }
  if (reasons.size === 0) return null;
  return { low: Math.max(0, low), high: null, because: [...reasons].join('; ') };
}

function layerOf(
  ins: Instruction,
  stageIndex: number,
  writer: LayerWriter | null,
  c: {
    explanation: string;
    confidence: Layer['confidence'];
    citations: Layer['citations'];
    /** Start the explanation with what the layer adds (a floor when part of it is unknown). */
    saysSize?: boolean;
  },
): Layer {
  const sizeBytes = writer ? writer.sizeBytes() : 0;
  const fog = writer?.fog() ?? [];
  const changes = writer ? writer.changes() : [];
  const sizeRange = writer ? unknownSize(changes, fog, sizeBytes) : null;
  const layer: Layer = {
    stageIndex,
    instruction: ins.text.length > 300 ? `${ins.text.slice(0, 297)}...` : ins.text,
    line: ins.range.start.line,
    range: ins.range,
    sizeBytes,
    empty: writer === null,
    confidence: c.confidence,
    explanation:
      c.saysSize && sizeBytes > 0
        ? `This layer adds ${sizeRange ? 'at least ' : ''}${(sizeBytes / 1e6).toFixed(sizeBytes >= 1e8 ? 0 : 2)} MB. ${c.explanation}`
        : c.explanation,
    citations: c.citations,
    changes,
  };
  // Set in this order, as the optional keys were spread before.
  if (fog.length > 0) layer.fog = fog.map((f) => ({ ...f }));
  if (sizeRange) layer.sizeRange = sizeRange;
  return layer;
}

function diag(
  env: BuildEnv,
  ins: Instruction,
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  hint: string | null,
): void {
  env.diagnostics.push({
    ruleId,
    severity,
    origin: 'simulate',
    message,
    hint,
    range: ins.range,
    docsUrl: null,
    lessonPath: null,
  });
}

function runLayer(ins: RunInstruction, b: StageBuild, env: BuildEnv): Layer {
  const writer = new LayerWriter(b.state.tree, b.state.fog);
  const shellPath = b.state.config.shell[0] ?? '/bin/sh';
  if (
    ins.command.form === 'shell' &&
    which((p) => writer.probe(p, false), shellPath, b.state.config.env.PATH, b.state.config.workdir)
      .presence === 'absent'
  ) {
    const lintSaidIt = env.diagnostics.some(
      (x) =>
        x.ruleId === 'stagecraft/run-no-shell' &&
        x.range.start.line === ins.range.start.line &&
        x.severity === 'error',
    );
    // Docker cannot start the shell: the build stops here.
    if (!lintSaidIt)
      diag(
        env,
        ins,
        'stagecraft/run-no-shell',
        'error',
        shellMissing([...b.state.config.shell, ins.command.script], shellPath),
        'This stage has no shell (scratch or distroless): move the RUN to a build stage, or use a :debug image while experimenting.',
      );
    return layerOf(ins, b.state.index, writer, {
      explanation: `RUN needs ${shellPath}, which this stage does not have: the build fails here.`,
      confidence: 'high',
      citations: [{ text: 'RUN in a shell-less stage', source: 'moby/moby#31044' }],
    });
  }
  const secrets = env.secrets;
  for (const m of ins.mounts) {
    const id = m.type === 'secret' ? (m.options.id ?? (m.target ?? '').split('/').pop() ?? '') : null;
    if (
      id !== null &&
      secrets !== undefined &&
      !secrets.includes(id) &&
      /^(true|1)$/i.test(m.options.required ?? '')
    )
      diag(
        env,
        ins,
        'simulate/secret-missing',
        'error',
        secretNotFound(id),
        `This RUN requires the secret \`${id}\`: pass it with docker build --secret id=${id},src=FILE (or env=VAR).`,
      );
  }
  const effect = applyRun(ins, {
    writer,
    state: b.state,
    context: env.context,
    catalog: env.catalog,
    secrets,
    resolveMount: (from) => mountSource(from, b.state.index, ins.range.start.line, env),
  });
  for (const f of effect.failures) {
    diag(
      env,
      ins,
      'simulate/run-fails',
      f.certain ? 'error' : 'warning',
      `${f.message}${f.certain ? ' — the RUN step fails and the build stops here' : ' (the model expects this RUN to fail)'}`,
      f.hint,
    );
  }
  const layer = layerOf(ins, b.state.index, writer, describe(effect.contributions));
  writer.commit();
  return layer;
}

function describe(contributions: Contribution[]): {
  explanation: string;
  confidence: Layer['confidence'];
  citations: Layer['citations'];
  saysSize?: boolean;
} {
  if (contributions.length === 0)
    return {
      explanation: 'These commands change nothing the model tracks (0 B).',
      confidence: 'medium',
      citations: [],
    };
  const sized = contributions.filter((c) => c.kind !== 'unmodelled');
  const confidence = lowest(
    contributions.map((c) => c.confidence),
    'high',
  );
  const texts: string[] = [];
  for (const c of sized) texts.push(c.text);
  for (const c of contributions) if (c.kind === 'unmodelled') texts.push(c.text);
  const citations: Layer['citations'] = [];
  for (const c of contributions) for (const x of c.citations) citations.push(x);
  return { explanation: texts.join(' '), confidence, citations, saysSize: true };
}

type Edge = StageGraph['edges'][number];

/** Per graph: its copy-from edges by `stage:line` (the first one, as a search in order finds). */
const COPY_EDGES = new WeakMap<StageGraph, Map<string, Edge>>();

function copyEdges(graph: StageGraph): Map<string, Edge> {
  let map = COPY_EDGES.get(graph);
  if (!map) {
    map = new Map();
    for (const e of graph.edges) {
      const key = `${e.to}:${e.range.start.line}`;
      if (e.kind === 'copy-from' && !map.has(key)) map.set(key, e);
    }
    COPY_EDGES.set(graph, map);
  }
  return map;
}

/** A `RUN --mount=from=` stage or image, found through the graph's mount-from edge. */
function mountSource(from: string, stageIndex: number, line: number, env: BuildEnv): MountSource | null {
  const edge = env.graph.edges.find(
    (e) => e.kind === 'mount-from' && e.to === stageIndex && e.range.start.line === line,
  );
  if (edge?.from.kind === 'stage') {
    const built = env.built.get(edge.from.index);
    if (!built) return null;
    const label = `stage ${env.graph.stages[edge.from.index]?.displayName || edge.from.index}`;
    return { label, tree: built.state.tree, contents: built.state.contents };
  }
  const base = imageBase(edge?.from.kind === 'image' ? edge.from.ref : from, env);
  return { label: `image ${from}`, tree: base.tree, contents: new Map() };
}

function copySource(ins: CopyInstruction, stage: Stage, env: BuildEnv): CopySource | null {
  if (ins.from === null) return { kind: 'context', context: env.context };
  const edge = copyEdges(env.graph).get(`${stage.index}:${ins.range.start.line}`);
  if (edge?.from.kind === 'stage') {
    const built = env.built.get(edge.from.index);
    if (!built) return null;
    return {
      kind: 'tree',
      label: `stage ${env.graph.stages[edge.from.index]?.displayName || edge.from.index}`,
      tree: built.state.tree,
      fog: built.state.fog,
      contents: built.state.contents,
    };
  }
  const ref = edge?.from.kind === 'image' ? edge.from.ref : ins.from;
  const base = imageBase(ref, env);
  return { kind: 'tree', label: `image ${ref}`, tree: base.tree, fog: base.start.fog, contents: new Map() };
}

function copyLayer(ins: CopyInstruction, stage: Stage, b: StageBuild, env: BuildEnv): Layer {
  const writer = new LayerWriter(b.state.tree, b.state.fog);
  const source = copySource(ins, stage, env);
  if (!source) {
    diag(
      env,
      ins,
      'simulate/copy-source-not-built',
      'warning',
      `${ins.kind.toUpperCase()} --from=${ins.from} names a stage that was not built before this one.`,
      null,
    );
    return layerOf(ins, b.state.index, writer, {
      explanation: 'The source stage is not available; nothing copied.',
      confidence: 'low',
      citations: [],
    });
  }
  // The destination is unknown when it names a variable only the unknown base image can set, or
  // is relative to a working directory that is unknown: copy into a scratch tree for the size, and
  // claim no path in the image (the base's unknown region already covers wherever it went).
  const unsetDest = unsetOnUnknownBase(b, ins.destination, env.escape);
  const unknownWorkdir =
    !unsetDest && !wordExpander(b, env.escape)(ins.destination).startsWith('/')
      ? b.state.config.unknown?.workdir
      : undefined;
  const destUnknown = unsetDest
    ? `the destination is named by ${unsetDest}`
    : unknownWorkdir
      ? `the destination is relative to a working directory that ${unknownWorkdir.replace(/^named by/, 'is named by')}`
      : null;
  const target = destUnknown ? new LayerWriter(new Map(), [{ path: '/', reason: destUnknown }]) : writer;
  const effect = applyCopy(
    ins,
    source,
    target,
    b.state.config.workdir,
    wordExpander(b, env.escape),
    b.state.contents,
    b.state.vars,
  );
  for (const m of effect.missing) {
    diag(
      env,
      ins,
      'simulate/copy-source-missing',
      'error',
      copySourceNotFound(normalizePath(m, '/')),
      source.kind === 'context'
        ? 'The file is not in the build context (or .dockerignore excludes it).'
        : `The source ${source.label} has nothing at that path.`,
    );
  }
  for (const u of effect.unverified) {
    diag(
      env,
      ins,
      'simulate/copy-source-unknown',
      'warning',
      `${normalizePath(u.source, '/')} in ${source.kind === 'tree' ? source.label : 'the build context'} cannot be verified: ${u.because}. The build goes on; what is copied is unknown.`,
      'The simulator cannot tell whether this path exists; Docker fails here only if it does not.',
    );
  }
  const layer = layerOf(ins, b.state.index, writer, {
    explanation: destUnknown
      ? `${effect.explanation} Where it lands is unknown: ${destUnknown}.`
      : effect.explanation,
    confidence: destUnknown ? 'low' : effect.confidence,
    citations: [],
  });
  if (destUnknown) {
    layer.sizeBytes += target.sizeBytes();
    if (!fogOver(b.state.fog, '/')) {
      writer.addFog({ path: '/', reason: destUnknown });
      layer.fog = [...(layer.fog ?? []), { path: '/', reason: destUnknown }];
    }
  }
  writer.commit();
  return layer;
}

/**
 * CREATED BY of a RUN as BuildKit commits it (dockerfile2llb's runCommandString): the stage's ARGs
 * declared so far as `|N KEY=value …` (an ENV of the same name wins), then the command, the shell
 * form run through the SHELL. Mount flags and secret values are not part of it.
 */
function runHistory(ins: RunInstruction, b: StageBuild, declared: readonly string[]): string {
  const args = declared.map((k) => `${k}=${b.state.config.env[k] ?? b.state.args[k] ?? ''}`);
  const command =
    ins.command.form === 'exec'
      ? ins.command.argv.join(' ')
      : [...b.state.config.shell, ins.command.script].join(' ');
  const prefix = args.length > 0 ? `|${args.length} ${args.join(' ')} ` : '';
  return `RUN ${prefix}${command.replace(/\s+/g, ' ').trim()} # buildkit`;
}

/** Build one stage on top of its base; the result is stored in `env.built`. */
export function buildStage(stage: Stage, env: BuildEnv): StageBuild {
  let b: StageBuild;
  if (stage.base.kind === 'stage') {
    const parent = env.built.get(stage.base.stageIndex);
    // Its image is already made: when nothing else reads the parent, continue from its state as is
    // (a chain of N stages then costs N, not N² copies of the tree).
    const handOver = env.readers?.get(stage.base.stageIndex) === 1;
    b = parent
      ? forkStage(parent, stage.index, handOver)
      : startFromBase(scratchStart(), stage, env.buildArgs);
    if (parent && handOver) env.built.delete(stage.base.stageIndex);
  } else if (stage.base.kind === 'scratch') b = startFromBase(scratchStart(), stage, env.buildArgs);
  else {
    const base = imageBase(stage.base.ref, env);
    b = startFromBase(base.start, stage, env.buildArgs, {
      tree: new OverlayTree(base.tree),
      changes: base.changes,
    });
  }
  b.state.args = { ...stage.argsAtStart };
  b.state.platform = stage.platform;
  b.state.vars = { ...b.state.args, ...b.state.config.env };

  const declared: string[] = [];
  for (const ins of stage.instructions) {
    if (ins.kind === 'arg')
      for (const d of ins.declarations) if (!declared.includes(d.name)) declared.push(d.name);
    if (ins.kind === 'run') {
      const layer = runLayer(ins, b, env);
      layer.createdBy = runHistory(ins, b, declared);
      b.layers.push(layer);
    } else if (ins.kind === 'copy' || ins.kind === 'add') b.layers.push(copyLayer(ins, stage, b, env));
    else {
      const meta = applyMetadata(ins, b, env.escape);
      if (meta) {
        const layer = layerOf(ins, b.state.index, meta.writer, meta);
        // ARG and ENV are committed with their values after expansion and --build-arg (dispatchArg, dispatchEnv).
        if (ins.kind === 'arg')
          layer.createdBy = `ARG ${ins.declarations.map((d) => (b.state.args[d.name] !== undefined ? `${d.name}=${b.state.args[d.name]}` : d.name)).join(' ')}`;
        else if (ins.kind === 'env')
          layer.createdBy = `ENV ${ins.pairs.map((p) => `${p.key}=${b.state.config.env[p.key] ?? p.value}`).join(' ')}`;
        b.layers.push(layer);
        meta.writer?.commit();
      }
    }
  }
  env.built.set(stage.index, b);
  return b;
}
