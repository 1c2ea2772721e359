import { describe, expect, it, vi } from 'vitest';

// As in the browser bundle (package.json `imports`, condition `browser`): no release's programs are
// bundled, the worker loads them on demand.
vi.mock('#debian-programs-data', () => ({ BUNDLED_DEBIAN_PROGRAMS: [] }));

import { simulateDockerfile } from '../analyze';
import { findCommand } from '../build/run/lookup';
import { runImage } from '../build/run';
import { resolveImageCached } from '../catalog';
import { simulateRequest } from '../testing/worker-requests';
import { debianProgramSuitesOfRequest, prepareDebianData } from './debian-data';

const lab = simulateRequest;
const imageOf = (text: string) => simulateDockerfile(text, { context: { files: [] } }).image!;
// sed is in Debian's data only (ls, bash are on the hand-checked list of the image as well).
const SLIM = 'FROM debian:trixie-slim\nCMD ["sed", "--version"]\n';

describe('Debian programs loaded per release by the worker', () => {
  it('names the releases of the apt-based images a request’s Dockerfiles use', () => {
    const suites = (text: string) => debianProgramSuitesOfRequest(lab(text));
    expect(suites(SLIM)).toEqual(['trixie']);
    expect(suites('FROM debian:bookworm-slim\n')).toEqual(['bookworm']);
    expect(suites('FROM alpine:3.21\nCMD ["ls"]\n')).toEqual([]);
    expect(suites('FROM gcr.io/distroless/static-debian12\n')).toEqual([]);
    // COPY --from and RUN --mount=from read images too.
    expect(suites('FROM scratch\nCOPY --from=debian:bookworm /usr/bin/ls /ls\n')).toEqual(['bookworm']);
    expect(suites('FROM alpine:3.21\nRUN --mount=type=bind,from=debian:trixie,target=/t ls /t\n')).toEqual([
      'trixie',
    ]);
    // Ubuntu borrows the nearest Debian release's programs.
    expect(suites('FROM ubuntu:24.04\n')).toEqual(['trixie']);
    // An image named through a variable may be any image: every release.
    expect(suites('ARG BASE=alpine:3.21\nFROM $BASE\n')).toEqual(['bookworm', 'trixie']);
    // A terminal line: the images it names, and the live Dockerfile's.
    const terminal = (line: string, overlay: Array<{ path: string; content: string }> = []) =>
      debianProgramSuitesOfRequest({
        kind: 'terminal',
        id: 2,
        line,
        sessionKey: 's',
        contextKey: 'k',
        overlay,
      });
    expect(terminal('docker run --rm ubuntu:22.04 ls')).toEqual(['bookworm']);
    expect(terminal('docker run -it "debian:trixie-slim" sh')).toEqual(['trixie']);
    expect(terminal('docker build -t app .', [{ path: 'Dockerfile', content: SLIM }])).toEqual(['trixie']);
    expect(terminal('docker run alpine:3.21 ls')).toEqual([]);
    expect(terminal('ls /usr/bin')).toEqual([]);
    expect(terminal('docker run $IMAGE ls')).toEqual(['bookworm', 'trixie']);
    expect(debianProgramSuitesOfRequest({ kind: 'hover', id: 3, text: SLIM, line: 1, column: 6 })).toEqual(
      [],
    );
  });

  it('before its release is loaded an image’s programs are “can’t tell”, never “not found”', () => {
    const image = imageOf(SLIM);
    expect(findCommand(image, 'sed').presence).toBe('unknown');
    expect(findCommand(image, 'which').presence).toBe('unknown');
    const run = runImage(image);
    expect(run.status).toBe('unknown');
    expect(`${run.explanation} ${run.because ?? ''}`).toMatch(/not loaded yet/);
    // The resolution is memoised: it must not outlive the data arriving (checked below).
    expect(resolveImageCached('debian:trixie-slim').image?.unknownRegions?.length).toBeGreaterThan(0);
  });

  it('prepare → analyse: after the worker prepared the request the programs are at their paths', async () => {
    await prepareDebianData(lab(SLIM));
    const image = imageOf(SLIM);
    const sed = findCommand(image, 'sed');
    expect(sed.presence === 'present' && sed.path).toBe('/usr/bin/sed');
    expect(findCommand(image, 'which').presence).toBe('present');
    expect(findCommand(image, 'gcc').presence).toBe('absent');
    expect(runImage(image).status).toBe('started');
    expect(resolveImageCached('debian:trixie-slim').image?.unknownRegions ?? []).toEqual([]);
    // Only trixie was loaded: bookworm's images still say “can't tell”.
    expect(findCommand(imageOf('FROM debian:bookworm-slim\n'), 'sed').presence).toBe('unknown');
  });
});
