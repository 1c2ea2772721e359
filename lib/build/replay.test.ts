import { describe, expect, it } from 'vitest';
import { loadExample } from '../course/examples';
import { replayFrame, replayPlan } from './replay';
import { simulateDockerfile } from '../analyze';

const CONTEXT = { files: [{ path: 'main.go', sizeBytes: 120, content: 'package main\nfunc main() {}\n' }] };

describe('replayPlan', () => {
  it('runs independent stages in one wave and the stage that reads both after them', () => {
    const text = [
      'FROM golang:1.21 AS api',
      'COPY main.go .',
      'RUN go build -o /api main.go',
      'FROM node:20 AS web',
      'RUN echo hi > /index.html',
      'FROM alpine:3.19 AS unused',
      'RUN echo never',
      'FROM scratch',
      'COPY --from=api /api /api',
      'COPY --from=web /index.html /index.html',
      'ENTRYPOINT ["/api"]',
    ].join('\n');
    const plan = replayPlan(simulateDockerfile(text, { context: CONTEXT }));
    expect(plan.waves).toEqual([[0, 1], [3]]);
    const unused = plan.stages[2]!;
    expect(unused.built).toBe(false);
    expect(unused.skippedReason).toMatch(/\S/);
    expect(plan.stages[3]!.dependsOn).toEqual([0, 1]);
    // Wave 0 lasts as long as its longest stage (api: COPY, RUN), then the final stage's three steps.
    expect(plan.totalTicks).toBe(2 + 3);

    const first = replayFrame(plan, 1);
    expect(first.stages[0]).toEqual({ status: 'running', completed: 1 });
    expect(first.stages[1]).toEqual({ status: 'done', completed: 1 });
    expect(first.stages[2]!.status).toBe('skipped');
    expect(first.stages[3]).toEqual({ status: 'waiting', completed: 0 });

    const last = replayFrame(plan, plan.totalTicks);
    expect(last.finished).toBe(true);
    expect(last.stages[3]).toEqual({ status: 'done', completed: 3 });
    expect(replayFrame(plan, 99).tick).toBe(plan.totalTicks);
    expect(replayFrame(plan, -4).tick).toBe(0);
  });

  it("ends on the calculator's final image with the simulator's size and step sizes", () => {
    const example = loadExample('go-calculator');
    const text = example.dockerfiles.find((d) => d.name === 'Dockerfile.multi-stage')?.text;
    expect(text).toBeDefined();
    const result = simulateDockerfile(text!, { context: example.context });
    const plan = replayPlan(result);
    expect(plan.finalSizeBytes).toBe(result.image?.sizeBytes);
    expect(plan.target).toBe(1);
    const final = plan.stages[1]!;
    expect(final.steps.map((s) => s.instruction)[0]).toMatch(/^COPY --from=build/);
    expect(final.steps[0]!.sizeBytes).toBeGreaterThan(1_000_000);
    expect(replayFrame(plan, plan.totalTicks).stages.map((s) => s.status)).toEqual(['done', 'done']);
  });

  it('never throws on an empty or broken Dockerfile', () => {
    for (const text of ['', 'FROM', 'RUN echo no from', 'FROM a AS x\nFROM x AS x']) {
      const plan = replayPlan(simulateDockerfile(text, { context: { files: [] } }));
      expect(() => replayFrame(plan, 3)).not.toThrow();
    }
  });
});
