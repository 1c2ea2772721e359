/**
 * Hand-made simulation results for the Go calculator, for tests and previews of the panel: the
 * single-stage image (ubuntu:22.04 + golang-go), the multi-stage image on scratch, and a three-stage
 * file where BuildKit skips a test stage. Totals follow ../shared/facts/FACTS.md (§1a, §2a, §2c, §3a);
 * how the base image's bytes split between folders is illustrative test data only.
 */
import type { Diagnostic, SourceRange } from '@/lib/diagnostics';
import type { Builder, Edge, Stage, StageGraph } from '@/lib/build/plan/types';
import type { FromInstruction, Instruction } from '@/lib/dockerfile/types';
import type { Layer, RunOutcome, SimulatedImage, SimulationResult } from '@/lib/build/types';
import type { ManifestEntry } from '@/lib/catalog/types';
import { fixtureInstruction, fixtureRange } from './fixture-parts';

const UBUNTU_BYTES = 78_080_000; // FACTS.md §1a, repo-info ubuntu 22.04
const APT_LISTS_BYTES = 82_400_000; // FACTS.md §2b, MEASURED
const GOLANG_GO_BYTES = 733_200_000; // FACTS.md §2a, MEASURED (82 packages, docs excluded)
const CALC_BINARY_BYTES = 1_793_479; // FACTS.md §2c, go1.18.1 calc, MEASURED
const GOCACHE_BYTES = 1_064 * 1024; // FACTS.md §2c, go1.18.1 after calc
const CONTEXT_BYTES = 1_432 + 611; // calculator.go + README.md of the fixture context

const ubuntuFiles: ManifestEntry[] = [
  { path: '/bin', kind: 'symlink', sizeBytes: 7, target: 'usr/bin' },
  {
    path: '/usr/bin/dash',
    kind: 'elf',
    sizeBytes: 125_688,
    linkage: 'dynamic',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
  },
  { path: '/usr/bin/sh', kind: 'symlink', sizeBytes: 4, target: 'dash' },
  {
    path: '/usr/bin/bash',
    kind: 'elf',
    sizeBytes: 1_396_520,
    linkage: 'dynamic',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
  },
  {
    path: '/usr/bin/apt-get',
    kind: 'elf',
    sizeBytes: 22_976,
    linkage: 'dynamic',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
  },
  { path: '/usr/lib/x86_64-linux-gnu', kind: 'bulk', sizeBytes: 40_000_000, fileCount: 600 },
  { path: '/usr/share', kind: 'bulk', sizeBytes: 20_000_000, fileCount: 2_000 },
  {
    path: '/usr/bin',
    kind: 'bulk',
    sizeBytes: 10_000_000 - 1_396_520 - 125_688 - 22_976 - 4,
    fileCount: 300,
  },
  { path: '/var/lib/dpkg', kind: 'bulk', sizeBytes: 6_000_000, fileCount: 400 },
  { path: '/etc', kind: 'bulk', sizeBytes: 2_080_000 - 7, fileCount: 250 },
];

const aptFiles: ManifestEntry[] = [
  { path: '/var/lib/apt/lists', kind: 'bulk', sizeBytes: APT_LISTS_BYTES, fileCount: 40 },
  { path: '/usr/lib/go-1.18', kind: 'bulk', sizeBytes: 323 * 1_048_576, fileCount: 9_000 },
  { path: '/usr/share/go-1.18', kind: 'bulk', sizeBytes: 428_600_000 - 323 * 1_048_576, fileCount: 8_000 },
  { path: '/usr/lib/gcc/x86_64-linux-gnu/11', kind: 'bulk', sizeBytes: 200_000_000, fileCount: 500 },
  {
    path: '/usr/bin/gcc-11',
    kind: 'elf',
    sizeBytes: 928_584,
    linkage: 'dynamic',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
  },
  {
    path: '/usr/lib/x86_64-linux-gnu/perl',
    kind: 'bulk',
    sizeBytes: GOLANG_GO_BYTES - 428_600_000 - 200_000_000 - 928_584,
    fileCount: null,
  },
];

const contextFiles: ManifestEntry[] = [
  { path: '/calculator.go', kind: 'regular', sizeBytes: 1_432 },
  { path: '/README.md', kind: 'regular', sizeBytes: 611 },
];
const appFile: ManifestEntry = {
  path: '/app',
  kind: 'elf',
  sizeBytes: CALC_BINARY_BYTES,
  linkage: 'static',
  program: 'go-calculator',
};
const buildFiles: ManifestEntry[] = [
  appFile,
  { path: '/root/.cache/go-build', kind: 'bulk', sizeBytes: GOCACHE_BYTES, fileCount: 120 },
];

function layer(
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

const buildLayers: Layer[] = [
  layer(
    null,
    null,
    'ubuntu:22.04 (base image)',
    UBUNTU_BYTES,
    ubuntuFiles,
    'The base image ubuntu:22.04 as `docker images` shows it.',
    [
      {
        text: 'ubuntu:22.04 is about 78.08 MB on disk',
        source: 'repo-info repos/ubuntu/local/22.04.md @c577a25d (FACTS.md §1a)',
      },
    ],
  ),
  layer(
    0,
    2,
    'RUN apt-get update && apt-get install -y golang-go',
    APT_LISTS_BYTES + GOLANG_GO_BYTES,
    aptFiles,
    'apt-get update downloads the package lists (kept in the layer), and golang-go installs with its Recommends: gcc, g++, perl and more — 82 packages.',
    [
      { text: 'apt lists with Docker’s gzip-indexes config: 82.4 MB', source: 'MEASURED, FACTS.md §2b' },
      {
        text: 'golang-go with Recommends on Ubuntu 22.04: 733.2 MB of files',
        source: 'MEASURED, FACTS.md §2a',
      },
    ],
  ),
  layer(0, 3, 'ENV GO111MODULE=off', 0, [], 'ENV only changes the image configuration: no files, 0 B.', []),
  layer(
    0,
    4,
    'COPY . .',
    CONTEXT_BYTES,
    contextFiles,
    'Copies the build context: calculator.go and README.md.',
    [{ text: 'sizes of the build context files', source: 'build context' }],
    'exact',
  ),
  layer(
    0,
    5,
    'RUN CGO_ENABLED=0 go build -o /app .',
    CALC_BINARY_BYTES + GOCACHE_BYTES,
    buildFiles,
    'The static calculator binary (Go 1.18) plus the Go build cache left in /root/.cache/go-build.',
    [
      { text: 'calc built with go1.18.1: 1,793,479 bytes', source: 'MEASURED, FACTS.md §2c' },
      { text: 'GOCACHE after building calc with go1.18.1: 1,064 KiB', source: 'MEASURED, FACTS.md §2c' },
    ],
  ),
];

function sum(layers: Layer[]): number {
  return layers.reduce((n, l) => n + l.sizeBytes, 0);
}

function image(
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

const ubuntuBase: SimulatedImage['base'] = {
  input: 'ubuntu:22.04',
  normalized: 'ubuntu:22.04',
  image: null,
  explanation: 'ubuntu:22.04 (Ubuntu 22.04 LTS, jammy).',
  confidence: 'high',
};

function fromInstr(line: number, image: string, stageName: string | null): FromInstruction {
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

function stage(
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
  };
}

function edge(from: Edge['from'], to: number, kind: Edge['kind'], line: number): Edge {
  return { from, to, kind, range: fixtureRange(line, 30) };
}

function graph(
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
    diagnostics: [],
  };
}

const buildStageInstructions = (): Instruction[] =>
  [2, 3, 4, 5].map((l) => fixtureInstruction('run', l, buildLayers[l - 1]?.instruction ?? ''));

const singleImage = image(
  0,
  ubuntuBase,
  [
    ...buildLayers,
    layer(0, 6, 'ENTRYPOINT ["/app"]', 0, [], 'ENTRYPOINT only changes the configuration: 0 B.', []),
  ],
  [...ubuntuFiles, ...aptFiles, ...contextFiles, ...buildFiles],
  '/usr/bin/dash',
);

/** The single-stage calculator: one stage on ubuntu:22.04 that ships the whole Go toolchain. */
export const singleStageResult: SimulationResult = {
  graph: graph(
    [
      stage(
        0,
        'build',
        fromInstr(1, 'ubuntu:22.04', 'build'),
        { kind: 'image', ref: 'ubuntu:22.04' },
        buildStageInstructions(),
        6,
        true,
        true,
      ),
    ],
    [{ ref: 'ubuntu:22.04', usedAs: ['base'] }],
    [edge({ kind: 'image', ref: 'ubuntu:22.04' }, 0, 'from', 1)],
    0,
  ),
  stages: [singleImage],
  image: singleImage,
  diagnostics: [],
};

const buildImage = image(
  0,
  ubuntuBase,
  buildLayers,
  [...ubuntuFiles, ...aptFiles, ...contextFiles, ...buildFiles],
  '/usr/bin/dash',
);
const scratchLayers: Layer[] = [
  layer(
    1,
    8,
    'COPY --from=build /app /app',
    CALC_BINARY_BYTES,
    [appFile],
    'Copies only the calculator binary out of the build stage; nothing else from that stage ships.',
    [{ text: 'calc built with go1.18.1: 1,793,479 bytes', source: 'MEASURED, FACTS.md §2c' }],
  ),
  layer(1, 9, 'ENTRYPOINT ["/app"]', 0, [], 'ENTRYPOINT only changes the configuration: 0 B.', []),
];
const scratchImage = image(1, null, scratchLayers, [appFile], null);

/** The multi-stage calculator: build on ubuntu:22.04, ship only /app on scratch. */
export const multiStageResult: SimulationResult = {
  graph: graph(
    [
      stage(
        0,
        'build',
        fromInstr(1, 'ubuntu:22.04', 'build'),
        { kind: 'image', ref: 'ubuntu:22.04' },
        buildStageInstructions(),
        5,
        true,
        false,
      ),
      stage(
        1,
        null,
        fromInstr(7, 'scratch', null),
        { kind: 'scratch' },
        [
          fixtureInstruction('copy', 8, 'COPY --from=build /app /app'),
          fixtureInstruction('entrypoint', 9, 'ENTRYPOINT ["/app"]'),
        ],
        9,
        true,
        true,
      ),
    ],
    [{ ref: 'ubuntu:22.04', usedAs: ['base'] }],
    [
      edge({ kind: 'image', ref: 'ubuntu:22.04' }, 0, 'from', 1),
      edge({ kind: 'stage', index: 0 }, 1, 'copy-from', 8),
    ],
    1,
  ),
  stages: [buildImage, scratchImage],
  image: scratchImage,
  diagnostics: [],
};

const finalImage: SimulatedImage = {
  ...scratchImage,
  stageIndex: 2,
  layers: scratchLayers.map((l) => ({ ...l, stageIndex: 2 })),
};

/** Three stages (build, test, final) where BuildKit skips `test`, and final copies from an external image. */
export const skippedStageResult: SimulationResult = {
  graph: graph(
    [
      stage(
        0,
        'build',
        fromInstr(1, 'ubuntu:22.04', 'build'),
        { kind: 'image', ref: 'ubuntu:22.04' },
        buildStageInstructions(),
        5,
        true,
        false,
      ),
      stage(
        1,
        'test',
        fromInstr(7, 'build', 'test'),
        { kind: 'stage', stageIndex: 0 },
        [fixtureInstruction('run', 8, 'RUN go test ./...')],
        8,
        false,
        false,
        "not needed by target 'final'",
      ),
      stage(
        2,
        'final',
        fromInstr(10, 'scratch', 'final'),
        { kind: 'scratch' },
        [fixtureInstruction('copy', 11, 'COPY --from=build /app /app')],
        13,
        true,
        true,
      ),
    ],
    [
      { ref: 'ubuntu:22.04', usedAs: ['base'] },
      { ref: 'gcr.io/distroless/static-debian12', usedAs: ['copy-source'] },
    ],
    [
      edge({ kind: 'image', ref: 'ubuntu:22.04' }, 0, 'from', 1),
      edge({ kind: 'stage', index: 0 }, 1, 'from', 7),
      edge({ kind: 'stage', index: 0 }, 2, 'copy-from', 11),
      edge({ kind: 'image', ref: 'gcr.io/distroless/static-debian12' }, 2, 'copy-from', 12),
    ],
    2,
  ),
  stages: [buildImage, null, finalImage],
  image: finalImage,
  diagnostics: [],
};

/** `docker run` of the calculator without stdin: it starts, greets and loops on closed input. */
export const calculatorRun: RunOutcome = {
  status: 'started',
  exitCode: 0,
  stdout:
    'Hi, I am a calculator app.\nEnter any calculation (Example: 1 + 2 (or) 2 * 5 -> Please maintain spaces as shown in example): Invalid input. Try again.\n',
  stderr: '',
  argv: ['/app'],
  explanation: 'Docker ran /app directly (exec form). The calculator started; with no input it keeps asking.',
  outputSimulated: true,
  truncated: true,
};

/** Docker's error for a shell-form ENTRYPOINT on scratch (FACTS.md §4, runc ≥ 1.1). */
export const NO_SHELL_ERROR =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown.';

/** `docker run` of a scratch image whose ENTRYPOINT is in shell form: Docker cannot find /bin/sh. */
export const noShellRun: RunOutcome = {
  status: 'failed',
  exitCode: 127,
  stdout: '',
  stderr: NO_SHELL_ERROR,
  argv: ['/bin/sh', '-c', '/app'],
  explanation:
    'The ENTRYPOINT is in shell form, so Docker runs it with /bin/sh -c — but a scratch image has no /bin/sh.',
  outputSimulated: true,
  truncated: false,
};

/** An error and a warning, as the current text of a lab might have them. */
export const sampleDiagnostics: Diagnostic[] = [
  {
    ruleId: 'plan/unknown-stage',
    severity: 'error',
    origin: 'plan',
    message: 'invalid stage index 3',
    hint: 'Use a stage name or an index of an earlier stage.',
    range: fixtureRange(8, 20),
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    lessonPath: '/learn/multi-stage-builds#name-your-stages',
  },
  {
    ruleId: 'JSONArgsRecommended',
    severity: 'warning',
    origin: 'lint',
    message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals',
    hint: 'Write ENTRYPOINT ["/app"] instead of ENTRYPOINT /app.',
    range: fixtureRange(9, 15),
    docsUrl: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    lessonPath: '/learn/distroless-images#no-shell',
  },
];

export type { SourceRange };
