/**
 * "Unknown is not absent": what the simulator says where its model cannot know.
 */
import { describe, expect, it } from 'vitest';
import { runImage } from '../run/index';
import { probeImage } from '../run/lookup';
import { simulateDockerfile } from '../../analyze';

const ctx = { files: [{ path: 'main.go', sizeBytes: 100, content: 'package main\nfunc main() {}\n' }] };
const errors = (text: string) =>
  simulateDockerfile(text, { context: ctx }).diagnostics.filter(
    (d) => d.severity === 'error' && d.origin === 'simulate',
  );

describe('unknown regions', () => {
  it('an unknown base image: RUN is not refused, its files are unknown', () => {
    const r = simulateDockerfile('FROM example.com/team/builder:7\nRUN make all\nCMD ["/srv/app"]\n', {
      context: ctx,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.image?.fog?.[0]?.path).toBe('/');
    expect(r.image?.facts.shell).toBeNull();
    expect(r.image?.facts.unknown?.shell).toMatch(/not in the simulator's catalog/);
  });

  it('COPY --from of a path an unmodelled command may have written warns instead of failing', () => {
    const text = [
      'FROM ubuntu:22.04 AS build',
      'WORKDIR /src',
      'RUN ./build-everything --out dist',
      'FROM ubuntu:22.04',
      'COPY --from=build /src/dist/server /server',
      'CMD ["/server"]',
      '',
    ].join('\n');
    const r = simulateDockerfile(text, { context: ctx });
    expect(errors(text)).toEqual([]);
    const warn = r.diagnostics.find((d) => d.ruleId === 'simulate/copy-source-unknown');
    expect(warn?.message).toMatch(/cannot be verified/);
    expect(warn?.message).toMatch(/build-everything/);
    const run = runImage(r.image!);
    expect(run.status).toBe('unknown');
    expect(run.explanation).toMatch(/Can't tell/);
  });

  it('an unknown folder copied into "." leaves its contents unknown there, not absent', () => {
    // dotnet-docker's Dockerfile.sdk-build: `FROM scratch` + `COPY --from=build /out .`; a folder's
    // contents land in the destination, so /app.dll may be there.
    const text = [
      'FROM ubuntu:22.04 AS build',
      'RUN ./publish -o /out',
      'FROM scratch',
      'COPY --from=build /out .',
      '',
    ].join('\n');
    const image = simulateDockerfile(text, { context: ctx }).image!;
    expect(probeImage(image, '/app.dll').presence).toBe('unknown');
    expect(probeImage(image, '/out/app.dll').presence).toBe('unknown');
  });

  it("a provably absent path still gives BuildKit's not found error", () => {
    const text = [
      'FROM ubuntu:22.04 AS build',
      'WORKDIR /src',
      'RUN make',
      'FROM ubuntu:22.04',
      'COPY --from=build /opt/nothing /x',
      '',
    ].join('\n');
    expect(errors(text).map((d) => d.message)).toEqual([
      'failed to compute cache key: failed to calculate checksum of ref <ref>: "/opt/nothing": not found',
    ]);
  });

  it('a catalogued base: its unlisted system folders are unknown, not empty; the rest stays definite', () => {
    const text = 'FROM debian:bookworm-slim\nCOPY --from=debian:bookworm /etc/debian_version /v\n';
    expect(errors(text)).toEqual([]);
    const image = simulateDockerfile('FROM debian:bookworm-slim\n', { context: ctx }).image!;
    const etc = probeImage(image, '/etc/debian_version');
    expect(etc.presence).toBe('unknown');
    expect(etc.because).toMatch(/lists only some files of debian:bookworm-slim/);
    expect(probeImage(image, '/usr/share/zoneinfo').presence).toBe('unknown');
    // Named files, the folders where applications go, PATH and the emptied apt lists stay definite.
    expect(probeImage(image, '/etc/passwd').presence).toBe('present');
    expect(probeImage(image, '/app').presence).toBe('absent');
    expect(probeImage(image, '/usr/bin/curl').presence).toBe('absent');
    expect(
      probeImage(image, '/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease').presence,
    ).toBe('absent');
    expect(runImage(image, { args: ['curl'] }).status).toBe('failed');
    // The bytes of those folders are in the image's published size: it stays exact.
    expect(image.sizeRange).toBeUndefined();
  });

  it('a scratch image still has no shell, and RUN there still fails', () => {
    const r = simulateDockerfile('FROM scratch\nRUN echo hi\n', { context: ctx });
    expect(r.diagnostics.find((d) => d.severity === 'error')?.ruleId).toBe('stagecraft/run-no-shell');
    expect(r.image).toBeNull();
  });
});

describe("Docker's own rules", () => {
  it('a wildcard COPY source that matches nothing copies nothing, without an error', () => {
    const r = simulateDockerfile(
      'FROM alpine:3.20\nCOPY *.lock ./\nCOPY --from=alpine:3.20 /nothing/*.so /lib/\n',
      {
        context: ctx,
      },
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.image).not.toBeNull();
  });

  it("a missing plain path still fails with BuildKit's error", () => {
    const r = simulateDockerfile('FROM alpine:3.20\nCOPY yarn.lock ./\n', { context: ctx });
    expect(r.diagnostics.find((d) => d.severity === 'error')?.message).toMatch(/"\/yarn.lock": not found/);
  });
});
