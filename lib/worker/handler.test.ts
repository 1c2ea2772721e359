import { describe, expect, it } from 'vitest';
import type { RunOutcome, SimulatedImage, SimulationResult } from '../build/types';
import { createWorkerHandler, type WorkerEngine } from './handler';

const image = { sizeBytes: 1_830_000 } as SimulatedImage;
const ok = (text: string): SimulationResult =>
  ({
    graph: {} as SimulationResult['graph'],
    stages: [],
    image: text.includes('broken') ? null : image,
    diagnostics: [],
  }) as SimulationResult;
const started: RunOutcome = {
  status: 'started',
  exitCode: 0,
  stdout: 'Result: 200',
  stderr: '',
  argv: ['/app'],
  explanation: '',
  outputSimulated: true,
  truncated: false,
};

function engine(over: Partial<WorkerEngine> = {}): WorkerEngine {
  return {
    simulate: (text) => ok(text),
    runImage: (_img, options) => ({ ...started, stdout: `stdin=${options?.stdin ?? 'none'}` }),
    images: () => [],
    now: () => 0,
    ...over,
  };
}

describe('simulator worker handler', () => {
  it('simulates with the registered context and runs the image with the stdin', () => {
    const seen: number[] = [];
    const handle = createWorkerHandler(
      engine({
        simulate: (text, options) => {
          seen.push(options.context.files.length);
          return ok(text);
        },
      }),
    );
    expect(
      handle({
        kind: 'context',
        id: 1,
        key: 'calc',
        context: { files: [{ path: 'calculator.go', sizeBytes: 1400 }] },
      }),
    ).toEqual({ kind: 'context', id: 1 });
    const answer = handle({
      kind: 'simulate',
      id: 2,
      contextKey: 'calc',
      text: 'FROM scratch',
      target: null,
      builder: 'buildkit',
      stdin: '2 * 100\nexit\n',
      exerciseId: null,
    });
    expect(answer.kind).toBe('simulate');
    if (answer.kind !== 'simulate') return;
    expect(answer.id).toBe(2);
    expect(answer.run?.stdout).toBe('stdin=2 * 100\nexit\n');
    expect(answer.grade).toBeNull();
    // An unknown context key builds an empty context rather than failing.
    handle({
      kind: 'simulate',
      id: 3,
      contextKey: 'nope',
      text: 'FROM scratch',
      target: null,
      builder: 'buildkit',
      stdin: null,
      exerciseId: null,
    });
    expect(seen).toEqual([1, 0]);
  });

  it('does not run when there is no image', () => {
    const handle = createWorkerHandler(engine());
    const answer = handle({
      kind: 'simulate',
      id: 1,
      contextKey: 'x',
      text: 'broken',
      target: null,
      builder: 'legacy',
      stdin: null,
      exerciseId: null,
    });
    expect(answer).toMatchObject({ kind: 'simulate', run: null });
  });

  it('grades registered exercises', () => {
    const handle = createWorkerHandler(
      engine({
        grade: (exercise, text) =>
          exercise.goals.map((goal, i) => ({
            goal: { ...goal, label: `goal ${i}` },
            passed: text.includes('scratch') || i === 0,
            verdict: text.includes('scratch') || i === 0 ? ('met' as const) : ('unmet' as const),
            message: `checked ${i}`,
          })),
      }),
    );
    handle({
      kind: 'exercise',
      id: 1,
      exerciseId: 'ex',
      gradable: { goals: [{ kind: 'noErrors' }, { kind: 'noShell' }], target: null },
    });
    const a = handle({
      kind: 'simulate',
      id: 2,
      contextKey: 'x',
      text: 'FROM ubuntu',
      target: null,
      builder: 'buildkit',
      stdin: null,
      exerciseId: 'ex',
    });
    expect(a).toMatchObject({
      grade: {
        passed: false,
        goals: [
          { index: 0, label: 'goal 0', met: true, detail: 'checked 0' },
          { index: 1, met: false },
        ],
      },
    });
    const b = handle({
      kind: 'simulate',
      id: 3,
      contextKey: 'x',
      text: 'FROM scratch',
      target: null,
      builder: 'buildkit',
      stdin: null,
      exerciseId: 'ex',
    });
    expect(b).toMatchObject({ grade: { passed: true } });
  });

  it('turns an engine failure into an error answer with the request id', () => {
    const handle = createWorkerHandler(
      engine({
        simulate: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(
      handle({
        kind: 'simulate',
        id: 7,
        contextKey: 'x',
        text: '',
        target: null,
        builder: 'buildkit',
        stdin: null,
        exerciseId: null,
      }),
    ).toEqual({
      kind: 'error',
      id: 7,
      message: 'The simulator failed: boom',
    });
  });

  it('answers completion and hover, even when the catalog fails', () => {
    const handle = createWorkerHandler(
      engine({
        images: () => {
          throw new Error('no catalog');
        },
      }),
    );
    const c = handle({
      kind: 'complete',
      id: 1,
      text: 'FROM a AS b\nFROM scratch\nCOPY --from=',
      line: 3,
      column: 13,
    });
    expect(c).toMatchObject({ kind: 'complete', items: [{ label: 'b' }] });
    const h = handle({ kind: 'hover', id: 2, text: 'FROM scratch\nUSER nonroot', line: 2, column: 2 });
    expect(h.kind).toBe('hover');
  });

  it('answers what a quick fix changes in size, simulating the unchanged text once', () => {
    const texts: string[] = [];
    const handle = createWorkerHandler(
      engine({
        simulate: (text) => {
          texts.push(text);
          const bytes = text.includes('--no-install-recommends') ? 268_000_000 : 412_000_000;
          return { ...ok(text), image: { ...image, sizeBytes: bytes, confidence: 'high' } as SimulatedImage };
        },
      }),
    );
    const text = 'FROM ubuntu:22.04\nRUN apt-get install -y curl\n';
    const edits = [
      {
        range: { start: { line: 2, column: 20 }, end: { line: 2, column: 20 } },
        text: ' --no-install-recommends',
      },
    ];
    const request = {
      kind: 'fix-size',
      contextKey: 'none',
      text,
      edits,
      target: null,
      builder: 'buildkit',
      exerciseId: null,
    } as const;
    expect(handle({ ...request, id: 1 })).toEqual({
      kind: 'fix-size',
      id: 1,
      change: { beforeBytes: 412_000_000, afterBytes: 268_000_000, text: '≈ 412 MB → ≈ 268 MB' },
    });
    handle({ ...request, id: 2, edits: [] });
    expect(texts).toEqual([
      text,
      'FROM ubuntu:22.04\nRUN apt-get install --no-install-recommends -y curl\n',
      text,
    ]);
  });

  it('says the size change is unknown when the fixed file builds no image', () => {
    const handle = createWorkerHandler(engine());
    const answer = handle({
      kind: 'fix-size',
      id: 1,
      contextKey: 'none',
      text: 'FROM scratch',
      edits: [{ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, text: 'broken ' }],
      target: null,
      builder: 'buildkit',
      exerciseId: null,
    });
    expect(answer).toMatchObject({
      kind: 'fix-size',
      change: { afterBytes: null, text: 'size change unknown: the build produces no image after the fix' },
    });
  });
});
