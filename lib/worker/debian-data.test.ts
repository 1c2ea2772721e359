import { describe, expect, it } from 'vitest';
import { findPackage } from '../catalog';
import { imageInventory } from '../build/inventory';
import { simulateDockerfile } from '../analyze';
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

  it('a lab whose image is Debian-based loads its suite for the inventory’s versions, apt or not', () => {
    const lab = (text: string) => debianSuitesOfRequest({ ...LAB, text });
    expect(lab('FROM debian:bookworm-slim\nCMD ["ls"]\n')).toEqual(['bookworm']);
    // distroless static-debian13 lists Debian 13's packages (tzdata, base-files, …).
    expect(lab('FROM golang:1.25-bookworm AS b\nFROM gcr.io/distroless/static-debian13\n')).toEqual([
      'bookworm',
      'trixie',
    ]);
    expect(lab('FROM alpine:3.21\n')).toEqual([]);
    const sbom = { kind: 'terminal', id: 5, line: 'docker scout sbom app', contextKey: 'k', overlay: [] };
    expect(debianSuitesOfRequest(sbom as never)).toEqual(['bookworm', 'trixie']);
  });

  it('the inventory has Debian’s versions once the worker loaded the suite', async () => {
    const text = 'FROM gcr.io/distroless/static-debian12\n';
    await prepareDebianData({ ...LAB, text });
    const inv = imageInventory(simulateDockerfile(text, { context: { files: [] } }).image!);
    expect(inv.packages.find((p) => p.name === 'netbase')?.version).toMatch(/^\d+\.\d+/);
    expect(inv.sources.join(' ')).toMatch(/Debian bookworm package index of \d{4}-\d{2}-\d{2}/);
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
