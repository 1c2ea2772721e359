import { describe, expect, it } from 'vitest';
import { CROSS_COMPILE } from '../../testing/go-dockerfiles';
import {
  formatPlatform,
  parsePlatform,
  platformArgs,
  platformList,
  runsNatively,
} from '../../dockerfile/platform';
import { planBuild } from '../../plan/plan';
import { parseDockerfile } from '../../dockerfile/parse';
import { runImage } from '../run/index';
import { loadExample } from '../../course/examples';
import { emulatedRuns, fullReference } from './platforms';
import { simulateDockerfile, simulatePlatforms } from '../../analyze';

const context = loadExample('go-calculator').context;

const CROSS = CROSS_COMPILE;

const EMULATED = CROSS.replace('FROM --platform=$BUILDPLATFORM golang', 'FROM golang').replace(
  'GOOS=$TARGETOS GOARCH=$TARGETARCH ',
  '',
);

const NATIVE_NO_GOARCH = CROSS.replace('GOOS=$TARGETOS GOARCH=$TARGETARCH ', '');

describe('platform names', () => {
  it('normalises as containerd does', () => {
    expect(formatPlatform(parsePlatform('arm64')!)).toBe('linux/arm64');
    expect(formatPlatform(parsePlatform('linux/arm64/v8')!)).toBe('linux/arm64');
    expect(formatPlatform(parsePlatform('linux/x86_64')!)).toBe('linux/amd64');
    expect(formatPlatform(parsePlatform('linux/arm')!)).toBe('linux/arm/v7');
    expect(parsePlatform('linux/arm64/v8/extra')).toBeNull();
    expect(parsePlatform('')).toBeNull();
    expect(platformList('linux/amd64, linux/arm64,linux/amd64,bad/')).toEqual({
      platforms: ['linux/amd64', 'linux/arm64'],
      invalid: ['bad/'],
    });
  });

  it('defines the eight platform ARGs for the target and the build machine', () => {
    expect(platformArgs('linux/arm/v7', 'linux/amd64')).toEqual({
      BUILDPLATFORM: 'linux/amd64',
      BUILDOS: 'linux',
      BUILDARCH: 'amd64',
      BUILDVARIANT: '',
      TARGETPLATFORM: 'linux/arm/v7',
      TARGETOS: 'linux',
      TARGETARCH: 'arm',
      TARGETVARIANT: 'v7',
    });
    expect(runsNatively('linux/arm64', 'linux/amd64')).toBe(false);
    expect(runsNatively('linux/386', 'linux/amd64')).toBe(true);
  });

  it('names references as BuildKit does in its errors', () => {
    expect(fullReference('golang:1.25')).toBe('docker.io/library/golang:1.25');
    expect(fullReference('me/app')).toBe('docker.io/me/app:latest');
    expect(fullReference('gcr.io/distroless/static-debian13')).toBe(
      'gcr.io/distroless/static-debian13:latest',
    );
  });
});

describe('platform ARGs with BuildKit scoping', () => {
  const plan = (text: string, platform?: string) =>
    planBuild(parseDockerfile(text), platform ? { platform } : {});

  it('are visible in FROM without a declaration, in a stage only after ARG NAME', () => {
    const g = plan(
      'FROM alpine:3.22\nARG TARGETARCH\nRUN echo $TARGETARCH\nFROM alpine:3.22\nRUN echo $TARGETOS\n',
      'linux/arm64',
    );
    expect(g.stages[0].argsAtStart).toEqual({ TARGETARCH: 'arm64' });
    expect(g.stages[1].argsAtStart).toEqual({});
    expect(g.platform).toEqual({ target: 'linux/arm64', build: 'linux/amd64' });
  });

  it('runs FROM --platform=$BUILDPLATFORM natively and other stages for the target, emulated', () => {
    const g = plan(EMULATED.replace('FROM golang', 'FROM --platform=$BUILDPLATFORM golang'), 'linux/arm64');
    expect(g.stages.map((s) => [s.platform, s.emulated])).toEqual([
      ['linux/amd64', false],
      ['linux/arm64', true],
    ]);
    const child = plan('FROM --platform=linux/arm64 alpine:3.22 AS a\nFROM a\nRUN true\n');
    expect(child.stages[1].platform).toBe('linux/arm64');
  });

  it('reports an unreadable --platform in FROM with BuildKit words', () => {
    const g = plan('FROM --platform=linux/arm64/v8/x alpine:3.22\n');
    expect(g.diagnostics.map((d) => d.message).join('\n')).toContain('failed to parse platform');
  });
});

describe('multi-platform builds', () => {
  it('cross-compiles for each platform without emulation, and the binary matches the image', () => {
    const builds = simulatePlatforms(CROSS, { context, platforms: ['linux/amd64', 'linux/arm64'] });
    expect(builds.map((b) => b.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    for (const { platform, result } of builds) {
      expect(result.image).not.toBeNull();
      expect(emulatedRuns(result.graph)).toEqual([]);
      expect(result.image?.platform).toBe(platform);
      expect(result.image?.files.find((f) => f.path === '/app')?.platform).toBe(platform);
      expect(runImage(result.image!, { stdin: '2 * 3\nexit\n' }).stdout).toContain('Result: 6');
    }
  });

  it('says when RUN steps are emulated', () => {
    const result = simulateDockerfile(EMULATED, { context, platform: 'linux/arm64' });
    expect(emulatedRuns(result.graph)).toEqual([{ stage: 0, line: 5 }]);
    const note = result.diagnostics.find((d) => d.ruleId === 'simulate/emulated-run');
    expect(note?.message).toMatch(/QEMU/);
    expect(note?.message).toMatch(/slower/);
    expect(result.image?.files.find((f) => f.path === '/app')?.platform).toBe('linux/arm64');
  });

  it('a binary built natively without GOARCH fails to start on the other platform', () => {
    const result = simulateDockerfile(NATIVE_NO_GOARCH, { context, platform: 'linux/arm64' });
    const run = runImage(result.image!, { stdin: 'exit\n' });
    expect(run.status).toBe('failed');
    expect(run.stderr).toContain('exec /app: exec format error');
  });

  it("gives Docker's error for a platform the catalog says an image lacks, can't tell when it does not know", () => {
    const missing = simulateDockerfile('FROM golang:1.25-bookworm\nRUN true\n', {
      context,
      platform: 'linux/riscv64',
    });
    expect(missing.image).toBeNull();
    expect(missing.diagnostics.find((d) => d.ruleId === 'simulate/platform-missing')?.message).toBe(
      'golang:1.25-bookworm: failed to resolve source metadata for docker.io/library/golang:1.25-bookworm: no match for platform in manifest: not found',
    );
    const unknown = simulateDockerfile('FROM python:3.13-slim-trixie\n', {
      context,
      platform: 'linux/arm64',
    });
    expect(unknown.image).not.toBeNull();
    expect(unknown.diagnostics.find((d) => d.ruleId === 'simulate/platform-unknown')?.message).toMatch(
      /^Can't tell whether python:3.13-slim-trixie is published for linux\/arm64/,
    );
    const known = simulateDockerfile('FROM gcr.io/distroless/static-debian13\n', {
      context,
      platform: 'linux/s390x',
    });
    expect(known.diagnostics.filter((d) => d.ruleId.startsWith('simulate/platform'))).toEqual([]);
  });
});
