import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../dockerfile/parse';
import { planBuild } from './plan';
import type { PlanOptions } from './types';

const plan = (text: string, options?: PlanOptions) => planBuild(parseDockerfile(text), options);
const messages = (text: string, options?: PlanOptions) =>
  plan(text, options).diagnostics.map((d) => d.message);

const CALCULATOR = `FROM ubuntu:22.04 AS build
RUN apt-get update && apt-get install -y golang-go
COPY calculator.go .
RUN CGO_ENABLED=0 go build calculator.go

FROM scratch
COPY --from=build /calculator /calculator
ENTRYPOINT ["/calculator"]
`;

describe('planBuild', () => {
  it('plans the calculator: two stages, scratch target, build first', () => {
    const g = plan(CALCULATOR);
    expect(g.diagnostics).toEqual([]);
    expect(g.stages.map((s) => [s.index, s.name, s.displayName, s.base.kind])).toEqual([
      [0, 'build', 'build', 'image'],
      [1, null, 'stage-1', 'scratch'],
    ]);
    expect(g.target).toBe(1);
    expect(g.stages[1].isTarget).toBe(true);
    expect(g.buildOrder).toEqual([0, 1]);
    expect(g.images).toEqual([{ ref: 'ubuntu:22.04', usedAs: ['base'] }]);
    expect(g.edges.map((e) => [e.from, e.to, e.kind])).toEqual([
      [{ kind: 'image', ref: 'ubuntu:22.04' }, 0, 'from'],
      [{ kind: 'stage', index: 0 }, 1, 'copy-from'],
    ]);
    expect(g.stages[0].instructions).toHaveLength(3);
  });

  it('names a single unnamed stage with an empty display name', () => {
    expect(plan('FROM alpine:3.20\nRUN echo\n').stages[0].displayName).toBe('');
  });

  it('builds only what the target needs with BuildKit, everything up to it with the legacy builder', () => {
    const text =
      'FROM alpine AS base\nFROM base AS stage1\nRUN echo 1\nFROM base AS stage2\nRUN echo 2\nFROM stage2 AS final\n';
    const bk = plan(text, { target: 'stage2' });
    expect(bk.stages.map((s) => s.built)).toEqual([true, false, true, false]);
    expect(bk.stages[1].skippedReason).toBe("not needed by the target stage 'stage2'");
    expect(bk.buildOrder).toEqual([0, 2]);
    const legacy = plan(text, { target: 'STAGE2', builder: 'legacy' });
    expect(legacy.stages.map((s) => s.built)).toEqual([true, true, true, false]);
    expect(legacy.stages[3].skippedReason).toContain('after the target');
  });

  it('resolves FROM only against earlier stages, COPY --from against any stage', () => {
    const g = plan('FROM later AS first\nCOPY --from=later /x /x\nFROM alpine AS later\n');
    expect(g.stages[0].base).toEqual({ kind: 'image', ref: 'later' });
    expect(g.edges.find((e) => e.kind === 'copy-from')?.from).toEqual({ kind: 'stage', index: 1 });
    expect(
      g.diagnostics.some((d) => d.message.includes('Docker will try to pull an image called later')),
    ).toBe(true);
  });

  it('treats COPY --from=image:tag as an external image and indexes as stages', () => {
    const g = plan(
      'FROM alpine AS a\nFROM scratch\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /n\nCOPY --from=0 /bin/sh /sh\n',
    );
    expect(g.images.find((i) => i.ref === 'nginx:1.27')?.usedAs).toEqual(['copy-source']);
    expect(g.edges.filter((e) => e.kind === 'copy-from').map((e) => e.from)).toEqual([
      { kind: 'image', ref: 'nginx:1.27' },
      { kind: 'stage', index: 0 },
    ]);
  });

  it('reports Docker errors with ranges and hints', () => {
    const cases: Array<[string, string, PlanOptions?]> = [
      ['FROM alpine\nCOPY --from=3 /a /b\n', 'invalid stage index 3'],
      [
        'ARG S=a\nFROM alpine\nCOPY --from=$S /a /b\n',
        'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
      ],
      ['FROM alpine AS a\nCOPY --from=a /x /y\n', 'circular dependency detected on stage: a'],
      [
        'FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\nCOPY --from=a /x /y\n',
        'circular dependency detected on stage: a',
      ],
      ['RUN echo\nFROM alpine\n', 'no build stage in current context'],
      [
        'FROM alpine AS 1st\n',
        'invalid name for build stage: "1st", name can\'t start with a number or contain symbols',
      ],
      ['ARG A=1\n', 'dockerfile contains no stages to build'],
      ['FROM alpine AS a\n', 'target stage "nope" could not be found', { target: 'nope' }],
      ['ARG BASE\nFROM ${BASE}\n', 'base name (${BASE}) should not be blank'],
      ['FROM alpine AS\n', 'FROM requires either one or three arguments'],
      ['FROM alpine a b c\n', 'FROM requires either one or three arguments'],
    ];
    for (const [text, message, options] of cases) {
      const d = plan(text, options).diagnostics.find((x) => x.message === message);
      expect(d, `${message} in ${JSON.stringify(text)}`).toBeDefined();
      expect(d?.severity).toBe('error');
      expect(d?.hint).toBeTruthy();
      expect(d?.range.start.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('marks every stage unbuilt when the target does not exist', () => {
    const g = plan('FROM alpine AS a\n', { target: 'x' });
    expect(g.target).toBeNull();
    expect(g.stages[0].built).toBe(false);
  });

  it('lets the later of two same-named stages win lookups', () => {
    const g = plan('FROM alpine AS dup\nFROM busybox AS dup\nFROM scratch\nCOPY --from=dup /a /a\n');
    expect(g.edges.find((e) => e.kind === 'copy-from')?.from).toEqual({ kind: 'stage', index: 1 });
    expect(g.stages[0].built).toBe(false);
  });

  it('follows RUN --mount=from edges', () => {
    const g = plan('FROM alpine AS deps\nFROM alpine\nRUN --mount=from=deps,target=/d ls /d\n');
    expect(g.edges.find((e) => e.kind === 'mount-from')?.from).toEqual({ kind: 'stage', index: 0 });
    expect(g.stages[0].built).toBe(true);
  });

  it('scopes ARGs: globals in FROM, build args override, re-declared inside a stage', () => {
    const text =
      'ARG GO_VERSION=1.21\nARG UNUSED\nFROM golang:${GO_VERSION}-alpine AS build\nARG GO_VERSION\nARG MODE=debug\n';
    const g = plan(text, { buildArgs: { GO_VERSION: '1.22' } });
    expect(g.globalArgs).toEqual({ GO_VERSION: '1.22', UNUSED: null });
    expect(g.stages[0].base).toEqual({ kind: 'image', ref: 'golang:1.22-alpine' });
    expect(g.stages[0].argsAtStart).toEqual({ GO_VERSION: '1.22', MODE: 'debug' });
    expect(plan(text).stages[0].base).toEqual({ kind: 'image', ref: 'golang:1.21-alpine' });
  });

  it('does not warn about catalog images, stages or scratch', () => {
    expect(messages(CALCULATOR)).toEqual([]);
  });

  it('the legacy builder resolves --from only against earlier stages', () => {
    const g = plan('FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\n', { builder: 'legacy' });
    expect(g.edges.find((e) => e.kind === 'copy-from')?.from).toEqual({ kind: 'image', ref: 'b' });
  });
});

describe('a --from that names no stage but nearly does', () => {
  it('asks whether the nearest stage was meant', () => {
    const graph = planBuild(
      parseDockerfile('FROM alpine:3.20 AS builder\nFROM scratch\nCOPY --from=buidler /a /a\n'),
    );
    const d = graph.diagnostics.find((x) => x.ruleId === 'plan/unknown-image');
    expect(d?.hint).toContain('Did you mean the stage `builder`?');
  });
});
