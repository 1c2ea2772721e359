import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stage, StageGraph } from '../plan/types';
import type { RunOutcome, SimulatedImage, SimulationResult } from '../build/types';
import { allGoalsPassed, gradeExercise } from './grade';
import type { Goal } from './exercise-types';

const simulateMock = vi.fn<(text: string, options: { target?: string | null }) => SimulationResult>();
const runMock = vi.fn<(image: SimulatedImage, options?: { stdin?: string }) => RunOutcome>();
vi.mock('../analyze', () => ({
  simulateDockerfile: (t: string, o: { target?: string | null }) => simulateMock(t, o),
}));
vi.mock('../build/run/index', () => ({
  runImage: (i: SimulatedImage, o?: { stdin?: string }) => runMock(i, o),
}));

function stage(index: number, name: string, base: Stage['base'], built = true): Stage {
  return {
    index,
    name,
    displayName: name,
    base,
    built,
    skippedReason: built ? null : 'not needed',
    isTarget: false,
  } as Stage;
}

function image(overrides: Partial<SimulatedImage['facts']> = {}, sizeBytes = 2_000_000): SimulatedImage {
  return {
    sizeBytes,
    confidence: 'high',
    files: [{ path: '/app', kind: 'elf', sizeBytes }],
    facts: {
      shell: null,
      packageManager: 'none',
      runsAsRoot: false,
      user: 'nonroot',
      runtimes: [],
      libc: { kind: 'none', version: null },
      buildTools: [],
      ...overrides,
    },
  } as SimulatedImage;
}

function result(img: SimulatedImage | null, stages: Stage[], target: number | null): SimulationResult {
  return { graph: { stages, target } as StageGraph, stages: [], image: img, diagnostics: [] };
}

const started: RunOutcome = {
  status: 'started',
  exitCode: 0,
  stdout: 'Result: 200\n',
  stderr: '',
  argv: ['/app'],
  explanation: '',
  outputSimulated: true,
  truncated: false,
};

describe('gradeExercise', () => {
  beforeEach(() => {
    simulateMock.mockReset();
    runMock.mockReset();
  });

  it('checks each goal against the simulated outcome and says what it measured', () => {
    const stages = [
      stage(0, 'build', { kind: 'image', ref: 'ubuntu:22.04' }),
      stage(1, 'final', { kind: 'image', ref: 'gcr.io/distroless/static-debian12:nonroot' }),
    ];
    simulateMock.mockReturnValue(result(image(), stages, 1));
    runMock.mockReturnValue(started);
    const goals: Goal[] = [
      { kind: 'maxSize', bytes: 25_000_000 },
      { kind: 'noShell' },
      { kind: 'nonRoot' },
      { kind: 'noBuildTools' },
      { kind: 'baseImage', matches: 'gcr.io/distroless/' },
      { kind: 'minStages', count: 2 },
      { kind: 'hasFile', path: '/app' },
      { kind: 'runOutput', stdin: '2 * 100\n', contains: 'Result: 200' },
    ];
    const results = gradeExercise({ goals }, 'FROM x', { files: [] });
    expect(results.map((r) => r.passed)).toEqual(goals.map(() => true));
    expect(results[0].message).toBe('The final image is ≈2 MB (high confidence); the limit is 25 MB.');
    expect(results[4].message).toContain('gcr.io/distroless/static-debian12:nonroot');
    expect(allGoalsPassed(results)).toBe(true);
    // One simulation and one run serve all goals.
    expect(simulateMock).toHaveBeenCalledTimes(1);
    expect(runMock).toHaveBeenCalledTimes(1);
  });

  it('fails goals with messages naming what is wrong', () => {
    const stages = [stage(0, '', { kind: 'image', ref: 'ubuntu:22.04' })];
    simulateMock.mockReturnValue(
      result(
        image(
          {
            shell: '/bin/sh',
            runsAsRoot: true,
            user: 'root',
            buildTools: ['go', 'gcc'],
            packageManager: 'apt',
          },
          861_000_000,
        ),
        stages,
        0,
      ),
    );
    runMock.mockReturnValue({
      ...started,
      status: 'failed',
      stdout: '',
      stderr: 'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    });
    const results = gradeExercise(
      {
        goals: [
          { kind: 'maxSize', bytes: 25_000_000 },
          { kind: 'noShell' },
          { kind: 'nonRoot' },
          { kind: 'noBuildTools' },
          { kind: 'noPackageManager' },
          { kind: 'starts' },
        ],
      },
      'FROM ubuntu',
      { files: [] },
    );
    expect(results.every((r) => !r.passed)).toBe(true);
    expect(results.map((r) => r.message)).toEqual([
      'The final image is ≈861 MB (high confidence); the limit is 25 MB.',
      'The final image has a shell at /bin/sh.',
      'The container runs as root.',
      'The final image ships go, gcc.',
      'The final image still has apt.',
      'Docker cannot start it: exec: "/bin/sh": stat /bin/sh: no such file or directory',
    ]);
  });

  it('checks skipped stages with their own target and follows FROM <stage> to the base image', () => {
    const stages = [
      stage(0, 'frontend-build', { kind: 'image', ref: 'node:22-alpine' }, false),
      stage(1, 'backend-build', { kind: 'image', ref: 'maven:3.9-eclipse-temurin-17' }),
      stage(2, 'backend', { kind: 'stage', stageIndex: 1 }),
    ];
    simulateMock.mockReturnValue(result(image(), stages, 2));
    const results = gradeExercise(
      {
        goals: [
          { kind: 'stageSkipped', target: 'backend', stage: 'frontend-build' },
          { kind: 'stageSkipped', target: 'backend', stage: 'backend-build' },
          { kind: 'baseImage', matches: 'distroless' },
        ],
      },
      'FROM x',
      { files: [] },
    );
    expect(results.map((r) => r.passed)).toEqual([true, false, false]);
    expect(results[2].message).toBe('The final stage starts from maven:3.9-eclipse-temurin-17.');
    expect(simulateMock.mock.calls.map((c) => c[1].target)).toEqual(['backend', null]);
  });

  it('fails every image goal when the build produces no image, and never throws', () => {
    simulateMock.mockReturnValueOnce({
      ...result(null, [], null),
      diagnostics: [
        {
          severity: 'error',
          message: 'dockerfile contains no stages to build',
          range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
        } as SimulationResult['diagnostics'][number],
      ],
    });
    const results = gradeExercise({ goals: [{ kind: 'noErrors' }, { kind: 'noShell' }] }, '', { files: [] });
    expect(results.map((r) => r.passed)).toEqual([false, false]);
    expect(results[0].message).toContain('dockerfile contains no stages to build');
    simulateMock.mockImplementation(() => {
      throw new Error('boom');
    });
    const crashed = gradeExercise({ goals: [{ kind: 'noShell' }] }, 'FROM x', { files: [] });
    expect(crashed[0]).toMatchObject({
      passed: false,
      message: 'The simulator could not check this goal (boom).',
    });
  });

  it('does not pass output goals for programs whose output is not modelled', () => {
    simulateMock.mockReturnValue(result(image(), [stage(0, '', { kind: 'scratch' })], 0));
    runMock.mockReturnValue({
      ...started,
      stdout: '',
      outputSimulated: false,
      explanation: 'output not modelled',
    });
    const [r] = gradeExercise({ goals: [{ kind: 'runOutput', contains: 'Hello' }] }, 'FROM scratch', {
      files: [],
    });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('does not model its output');
  });

  it('runFails: passes when docker run fails with the named error, and says why when it does not', () => {
    const stages = [stage(0, '', { kind: 'image', ref: 'gcr.io/distroless/static-debian13' })];
    simulateMock.mockReturnValue(result(image(), stages, 0));
    const goals: Goal[] = [{ kind: 'runFails', contains: '/bin/sh' }];
    const grade = (run: RunOutcome) => {
      runMock.mockReturnValue(run);
      return gradeExercise({ goals }, 'FROM x', { files: [] })[0]!;
    };
    const noShell = grade({ ...started, status: 'failed', stdout: '', stderr: 'exec: "/bin/sh": not found' });
    expect(noShell.passed).toBe(true);
    expect(noShell.message).toMatch(/^Docker cannot start it, and the error mentions "\/bin\/sh"/);
    // It starts: not broken.
    expect(grade(started).message).toMatch(/still runs/);
    expect(grade(started).passed).toBe(false);
    // Broken, but by something else.
    const other = grade({ ...started, status: 'failed', stdout: '', stderr: 'exec: "/nope": not found' });
    expect(other.passed).toBe(false);
    expect(other.message).toMatch(/but not with an error mentioning "\/bin\/sh"/);
    // A program that starts and exits with an error counts as failing.
    const exits = grade({ ...started, exitCode: 1, stdout: '', stderr: 'python: /bin/sh missing' });
    expect(exits.passed).toBe(true);
    expect(exits.message).toMatch(/exits with code 1/);
    // Unknown is not a pass.
    const unknown = grade({ ...started, status: 'unknown', because: 'the entrypoint is not known' });
    expect(unknown.verdict).toBe('unknown');
  });

  it('minRuntimeVersion: compares every stage the final image copies from, number by number', () => {
    const stages = [stage(0, 'build', { kind: 'image', ref: 'golang' }), stage(1, '', { kind: 'scratch' })];
    const withGo = (version: string | null): SimulationResult => ({
      graph: {
        stages,
        target: 1,
        edges: [{ kind: 'copy-from', from: { kind: 'stage', index: 0 }, to: 1 }],
      } as unknown as StageGraph,
      stages: [image({ runtimes: version ? [{ name: 'go', version, path: '/go' }] : [] }), image()],
      image: image(),
      diagnostics: [],
    });
    const goals: Goal[] = [{ kind: 'minRuntimeVersion', runtime: 'go', version: '1.18' }];
    const grade = (version: string | null) => {
      simulateMock.mockReturnValue(withGo(version));
      return gradeExercise({ goals }, 'FROM x', { files: [] })[0]!;
    };
    expect(grade('1.9.4').passed).toBe(false);
    expect(grade('1.9.4').message).toBe('Stage 0 has go 1.9.4, older than 1.18.');
    expect(grade('1.18.0').passed).toBe(true);
    expect(grade('1.25.13').message).toBe('go 1.25.13 in stage 0: 1.18 or newer.');
    expect(grade(null).verdict).toBe('unknown');
  });
});

describe('sameRuntimeVersion compares what installed packages depend on', () => {
  const stages = [
    stage(0, 'build', { kind: 'image', ref: 'node:24' }),
    stage(1, 'final', { kind: 'image', ref: 'gcr.io/distroless/nodejs24-debian13' }),
  ];
  function grade(runtime: string, built: string, final: string) {
    const img = image({ runtimes: [{ name: runtime, version: final, path: '/x' }] });
    const r = result(img, stages, 1);
    r.graph.edges = [{ from: { kind: 'stage', index: 0 }, to: 1, kind: 'copy-from' }] as StageGraph['edges'];
    r.stages = [
      { facts: { runtimes: [{ name: runtime, version: built, path: '/y' }] } },
    ] as SimulationResult['stages'];
    simulateMock.mockReturnValue(r);
    runMock.mockReturnValue(started);
    return gradeExercise({ goals: [{ kind: 'sameRuntimeVersion', runtime }] }, 'FROM x', { files: [] })[0];
  }

  it('Node.js: the major version (native add-ons are built per major)', () => {
    expect(grade('node', '24.11.1', '24.19.0').passed).toBe(true);
    const other = grade('node', '22.23.3', '24.19.0');
    expect(other.passed).toBe(false);
    expect(other.message).toMatch(/node 24.*node 22/);
  });

  it('Python: major.minor (each minor has its own site-packages)', () => {
    expect(grade('python', '3.13.1', '3.13.5').passed).toBe(true);
    expect(grade('python', '3.12.9', '3.13.5').passed).toBe(false);
  });
});
