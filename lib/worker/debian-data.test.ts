import { describe, expect, it } from 'vitest';
import { findPackage } from '../catalog';
import type { WorkerRequest } from './protocol';
import { debianSuitesOfDockerfile, debianSuitesOfRequest, prepareDebianData } from './debian-data';

const TRIXIE =
  'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';
const LAB: WorkerRequest = {
  kind: 'simulate',
  id: 1,
  contextKey: 'k',
  text: TRIXIE,
  target: null,
  builder: 'buildkit',
  stdin: null,
  exerciseId: null,
};

describe('loading Debian package data only when apt runs on a Debian base', () => {
  it('names the suites of the stages that install with apt', () => {
    expect(debianSuitesOfDockerfile(TRIXIE)).toEqual(['trixie']);
    expect(
      debianSuitesOfDockerfile(
        'FROM golang:1.26-bookworm AS build\nRUN apt install -y git\nFROM debian:13\n',
      ),
    ).toEqual(['bookworm', 'trixie']);
    // No apt, an Alpine base, an ARG-named base: nothing to load.
    expect(debianSuitesOfDockerfile('FROM debian:trixie\nRUN echo hi\n')).toEqual([]);
    expect(debianSuitesOfDockerfile('FROM alpine:3.24.2\nRUN apk add curl && apt-get install x\n')).toEqual(
      [],
    );
    expect(debianSuitesOfDockerfile('ARG B=debian:trixie\nFROM $B\nRUN apt-get install -y curl\n')).toEqual(
      [],
    );
    expect(debianSuitesOfDockerfile(undefined as unknown as string)).toEqual([]);
  });

  it('reads the request kinds that can build: a lab, a context, a terminal line', () => {
    expect(debianSuitesOfRequest(LAB)).toEqual(['trixie']);
    expect(
      debianSuitesOfRequest({
        kind: 'context',
        id: 2,
        key: 'k',
        context: {
          files: [
            { path: 'Dockerfile', sizeBytes: TRIXIE.length, content: TRIXIE },
            { path: 'main.go', sizeBytes: 1, content: 'apt-get install' },
          ],
        },
      }),
    ).toEqual(['trixie']);
    expect(
      debianSuitesOfRequest({
        kind: 'terminal',
        id: 3,
        line: 'apt-get install -y curl',
        contextKey: 'k',
        overlay: [],
        session: 's',
      } as never),
    ).toEqual(['bookworm', 'trixie']);
    expect(debianSuitesOfRequest({ kind: 'complete', id: 4 } as never)).toEqual([]);
  });

  it('after loading, apt-get install on trixie is computed from the index', async () => {
    expect(findPackage('apt', 'curl', 'debian:trixie')?.installed.source ?? 'none').not.toMatch(
      /Installed-Size/,
    );
    await prepareDebianData(LAB);
    const curl = findPackage('apt', 'curl', 'debian:trixie');
    expect(curl?.installed.source).toMatch(/Installed-Size/);
    expect(curl?.newPackagesNoRecommends).toBeGreaterThan(1);
  });
});
