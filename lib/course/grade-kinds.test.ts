/**
 * The goal kinds of the challenge ladder (runFails, noSecretInHistory, usesMount, pinnedDigest,
 * multiPlatform), graded through the real simulator: each met, unmet and, where the model cannot
 * know, unknown, with a message saying what was measured.
 */
import { describe, expect, it } from 'vitest';
import { CROSS_COMPILE } from '../testing/go-dockerfiles';
import { loadExample } from './examples';
import { gradeExercise } from './grade';
import type { Goal } from './exercise-types';
import { exerciseJsonSchema } from './exercise-types';

const context = loadExample('go-calculator').context;

function grade(
  goal: Goal,
  text: string,
  options: { buildArgs?: Record<string, string>; secrets?: string[] } = {},
) {
  const [r] = gradeExercise({ goals: [goal], ...options }, text, context);
  return r;
}

const BUILD = `FROM golang:1.25-bookworm AS build
WORKDIR /src
COPY calculator.go .
RUN CGO_ENABLED=0 GO111MODULE=off go build -o /app .
`;
const DIGEST = 'sha256:' + 'a'.repeat(64);

describe('runFails', () => {
  const goal: Goal = { kind: 'runFails', contains: 'no such file or directory' };
  it('is met when docker run fails with the named error', () => {
    const r = grade(goal, `${BUILD}FROM scratch\nCOPY --from=build /app /app\nENTRYPOINT /app\n`);
    expect(r.verdict).toBe('met');
    expect(r.message).toContain('stat /bin/sh: no such file or directory');
  });
  it('is unmet when the program starts, or fails with another error', () => {
    expect(
      grade(goal, `${BUILD}FROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n`).verdict,
    ).toBe('unmet');
    const other = grade(
      { kind: 'runFails', contains: 'exec format error' },
      `${BUILD}FROM scratch\nCOPY --from=build /app /app\nENTRYPOINT /app\n`,
    );
    expect(other.verdict).toBe('unmet');
    expect(other.message).toMatch(/another error/);
  });
  it("is unknown when the image's entrypoint is unknown", () => {
    expect(grade(goal, 'FROM example.com/unknown/image:1\n').verdict).toBe('unknown');
  });
});

describe('noSecretInHistory', () => {
  const goal: Goal = { kind: 'noSecretInHistory' };
  const leak = `FROM golang:1.25-bookworm\nARG GITHUB_TOKEN\nWORKDIR /src\nCOPY calculator.go .\nRUN GO111MODULE=off go build -o /app .\n`;
  it('is unmet for a secret-like ARG in the final image, and names it', () => {
    const r = grade(goal, leak, { buildArgs: { GITHUB_TOKEN: 'ghp_abcdef' } });
    expect(r.verdict).toBe('unmet');
    expect(r.message).toContain('ARG GITHUB_TOKEN');
  });
  it('is unmet when a --build-arg value shows in a RUN line, whatever its name', () => {
    const text = leak.replace('GITHUB_TOKEN', 'PRIVATE_REPO_ACCESS');
    const r = grade(goal, text, { buildArgs: { PRIVATE_REPO_ACCESS: 'ghp_abcdef' } });
    expect(r.verdict).toBe('unmet');
    expect(r.message).toContain('--build-arg PRIVATE_REPO_ACCESS');
    expect(grade({ kind: 'noSecretInHistory', names: ['private_repo_access'] }, text).verdict).toBe('unmet');
  });
  it('is met with a secret mount, or when the ARG stays in a build stage', () => {
    const mounted = leak
      .replace('ARG GITHUB_TOKEN\n', '')
      .replace('RUN GO', 'RUN --mount=type=secret,id=github_token GO');
    expect(grade(goal, mounted, { secrets: ['github_token'] }).verdict).toBe('met');
    const staged = `${leak.replace('FROM golang:1.25-bookworm', 'FROM golang:1.25-bookworm AS build')}FROM scratch\nCOPY --from=build /app /app\n`;
    expect(grade(goal, staged, { buildArgs: { GITHUB_TOKEN: 'ghp_abcdef' } }).verdict).toBe('met');
  });
});

describe('usesMount', () => {
  it('finds a mount of the type (and target) in a stage that is built', () => {
    const cached = BUILD.replace('RUN CGO', 'RUN --mount=type=cache,target=/root/.cache/go-build CGO');
    expect(grade({ kind: 'usesMount', type: 'cache' }, cached).verdict).toBe('met');
    expect(
      grade({ kind: 'usesMount', type: 'cache', target: '/root/.cache/go-build/' }, cached).verdict,
    ).toBe('met');
    const wrong = grade({ kind: 'usesMount', type: 'cache', target: '/go/pkg/mod' }, cached);
    expect(wrong.verdict).toBe('unmet');
    expect(wrong.message).toContain('cache at /root/.cache/go-build (line 4)');
    expect(grade({ kind: 'usesMount', type: 'secret' }, cached).verdict).toBe('unmet');
  });
  it('ignores stages the build skips', () => {
    const skipped = `FROM alpine:3.22 AS unused\nRUN --mount=type=cache,target=/var/cache/apk true\nFROM scratch\n`;
    expect(grade({ kind: 'usesMount', type: 'cache' }, skipped).verdict).toBe('unmet');
  });
});

describe('pinnedDigest', () => {
  it('needs every FROM image pinned by sha256 digest', () => {
    const pinned = `FROM golang:1.25-bookworm@${DIGEST} AS build\nFROM gcr.io/distroless/static-debian13:nonroot@${DIGEST}\n`;
    expect(grade({ kind: 'pinnedDigest' }, pinned).verdict).toBe('met');
    const half = grade(
      { kind: 'pinnedDigest' },
      `FROM golang:1.25-bookworm@${DIGEST} AS build\nFROM scratch\nFROM alpine:3.22\n`,
    );
    expect(half.verdict).toBe('unmet');
    expect(half.message).toContain('alpine:3.22');
  });
});

describe('multiPlatform', () => {
  const goal: Goal = { kind: 'multiPlatform', platforms: ['linux/amd64', 'linux/arm64'] };
  const cross = CROSS_COMPILE;
  it('is met when every platform builds without emulation', () => {
    expect(grade(goal, cross).verdict).toBe('met');
  });
  it('is unmet when a RUN is emulated, or a base lacks the platform', () => {
    const emulated = grade(goal, cross.replace('--platform=$BUILDPLATFORM ', ''));
    expect(emulated.verdict).toBe('unmet');
    expect(emulated.message).toMatch(/line 5 runs under QEMU emulation/);
    const missing = grade({ kind: 'multiPlatform', platforms: ['linux/mips64le'] }, cross);
    expect(missing.verdict).toBe('unmet');
    expect(missing.message).toContain('no match for platform in manifest');
  });
  it("is unknown when the catalog does not know a base image's platforms", () => {
    const r = grade(
      goal,
      cross.replace('gcr.io/distroless/static-debian13:nonroot', 'python:3.13-slim-trixie'),
    );
    expect(r.verdict).toBe('unknown');
  });
});

describe('exercise.json build options', () => {
  const base = {
    title: 't',
    lesson: 'l',
    example: 'go-calculator',
    instructions: 'i',
    goals: [{ kind: 'noErrors' }],
    hints: ['a', 'b', 'c'],
  };
  it('accepts buildArgs, secrets and platforms, and nothing else', () => {
    expect(
      exerciseJsonSchema.safeParse({
        ...base,
        buildArgs: { TOKEN: 'x' },
        secrets: ['npmrc'],
        platforms: ['linux/arm64'],
      }).success,
    ).toBe(true);
    expect(exerciseJsonSchema.safeParse({ ...base, platforms: ['arm64'] }).success).toBe(false);
    expect(exerciseJsonSchema.safeParse({ ...base, buildArgs: { 'BAD NAME': 'x' } }).success).toBe(false);
    expect(exerciseJsonSchema.safeParse({ ...base, buildOptions: {} }).success).toBe(false);
  });
});
