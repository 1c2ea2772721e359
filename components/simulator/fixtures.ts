/**
 * Hand-made simulation results for the Go calculator, for tests and previews of the panel: the
 * single-stage image (ubuntu:22.04 + golang-go), the multi-stage image on scratch, and a three-stage
 * file where BuildKit skips a test stage. Totals follow the catalog's figures (lib/catalog: images/ubuntu-debian.ts, packages/apt-jammy.ts, artifacts.ts);
 * how the base image's bytes split between folders is illustrative test data only.
 */
import type { Instruction } from '@/lib/dockerfile/types';
import type { Layer, SimulatedImage, SimulationResult } from '@/lib/build/types';
import type { ManifestEntry } from '@/lib/catalog/types';
import { edge, fixtureInstruction, fromInstr, graph, image, layer, stage } from './fixture-parts';

export { calculatorRun, NO_SHELL_ERROR, noShellRun, sampleDiagnostics } from './fixture-runs';

const UBUNTU_BYTES = 78_080_000; // repo-info repos/ubuntu/local/22.04.md (lib/catalog/images/ubuntu-debian.ts)
const APT_LISTS_BYTES = 82_400_000; // measured (lib/catalog/packages.ts, findAptLists)
const GOLANG_GO_BYTES = 733_200_000; // measured, 82 packages, docs excluded (lib/catalog/packages/apt-jammy.ts)
const CALC_BINARY_BYTES = 1_793_479; // measured, go1.18.1 (lib/catalog/artifacts.ts)
const GOCACHE_BYTES = 1_064 * 1024; // measured, go1.18.1 after calc (lib/catalog/artifacts.ts)
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
        source: 'repo-info repos/ubuntu/local/22.04.md @c577a25d',
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
      {
        text: 'apt lists with Docker’s gzip-indexes config: 82.4 MB',
        source: 'MEASURED, apt lists of ubuntu:22.04',
      },
      {
        text: 'golang-go with Recommends on Ubuntu 22.04: 733.2 MB of files',
        source: 'MEASURED, golang-go on ubuntu:22.04',
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
      { text: 'calc built with go1.18.1: 1,793,479 bytes', source: 'MEASURED, go1.18.1' },
      { text: 'GOCACHE after building calc with go1.18.1: 1,064 KiB', source: 'MEASURED, go1.18.1' },
    ],
  ),
];

const ubuntuBase: SimulatedImage['base'] = {
  input: 'ubuntu:22.04',
  normalized: 'ubuntu:22.04',
  image: null,
  explanation: 'ubuntu:22.04 (Ubuntu 22.04 LTS, jammy).',
  confidence: 'high',
};

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
    [{ text: 'calc built with go1.18.1: 1,793,479 bytes', source: 'MEASURED, go1.18.1' }],
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
