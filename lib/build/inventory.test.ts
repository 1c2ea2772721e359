import { describe, expect, it } from 'vitest';
import { loadExample } from '../course/examples';
import { imageInventory } from './inventory';
import { simulateDockerfile } from '../analyze';

const context = loadExample('go-calculator').context;
const GO = `FROM golang:1.25-bookworm AS build
WORKDIR /src
COPY calculator.go .
RUN CGO_ENABLED=0 GO111MODULE=off go build -o /app .
`;

describe('imageInventory', () => {
  it('reads a Go binary on scratch: no OS, no packages, the embedded Go version', () => {
    const image = simulateDockerfile(`${GO}FROM scratch\nCOPY --from=build /app /app\n`, { context }).image!;
    const inv = imageInventory(image);
    expect(inv.os).toBe('none');
    expect(inv.packages).toEqual([]);
    expect(inv.packagesUnknown).toBeUndefined();
    expect(inv.goBinaries).toEqual([{ path: '/app', goVersion: '1.25.13', platform: 'linux/amd64' }]);
  });

  it('lists a distroless image’s Debian packages, with unknown versions until an index gives them', () => {
    const image = simulateDockerfile(
      `${GO}FROM gcr.io/distroless/base-debian13\nCOPY --from=build /app /app\n`,
      {
        context,
      },
    ).image!;
    const inv = imageInventory(image);
    const names = inv.packages.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['libc6', 'libssl3t64', 'tzdata', 'base-files']));
    expect(inv.packages.every((p) => p.origin === 'base image' && p.manager === 'dpkg')).toBe(true);
    for (const p of inv.packages)
      if (p.version === null) expect(p.versionNote).toMatch(/Debian trixie index/);
  });

  it('names runtimes and packages a RUN installed, and says what it cannot know', () => {
    const image = simulateDockerfile(
      'FROM python:3.13-slim-trixie\nRUN apt-get update && apt-get install -y curl\n',
      {
        context,
      },
    ).image!;
    const inv = imageInventory(image);
    expect(inv.runtimes.map((r) => r.name)).toContain('python');
    expect(inv.packages.find((p) => p.name === 'curl')?.origin).toBe('installed');
    const unknown = imageInventory(simulateDockerfile('FROM example.com/x/y:1\n', { context }).image!);
    expect(unknown.os).toBeNull();
    expect(unknown.packagesUnknown).toMatch(/not in the catalog/);
  });

  it('a catalogued base with unlisted folders and no RUN: its package list is complete', () => {
    const inv = imageInventory(simulateDockerfile('FROM python:3.13-slim\n', { context }).image!);
    expect(inv.packages.length).toBeGreaterThan(50);
    expect(inv.packagesUnknown ?? '').not.toMatch(/RUN steps/);
  });

  it('never throws on a malformed image', () => {
    expect(() => imageInventory({} as never)).not.toThrow();
  });
});
