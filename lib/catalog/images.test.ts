import { describe, expect, it } from 'vitest';
import { listCatalogImages, lookupManifestPath, manifestTotal } from './index';
import type { BaseImage, Figure } from './types';

const images = listCatalogImages();
const key = (image: BaseImage) => `${image.repository}:${image.tag}`;
const byKey = new Map(images.map((image) => [key(image), image]));
function get(ref: string): BaseImage {
  const image = byKey.get(ref);
  if (!image) throw new Error(`missing ${ref}`);
  return image;
}

function figures(image: BaseImage): Figure[] {
  return [image.uncompressed, image.compressed, ...(image.estimate ? [image.estimate] : [])];
}

describe('catalog images', () => {
  it('has one entry per repository and tag, and covers the required families', () => {
    expect(new Set(images.map(key)).size).toBe(images.length);
    for (const ref of [
      'scratch:',
      'alpine:3.21',
      'busybox:1.38.0',
      'ubuntu:22.04',
      'debian:bookworm-slim',
      'golang:1.25-alpine',
      'python:3.12-slim',
      'node:22-alpine',
      'eclipse-temurin:17-jre-alpine',
      'openjdk:11-jre-slim',
      'maven:3.9-eclipse-temurin-17',
      'nginx:1.31.4-alpine3.24',
      'mysql:8',
      'gcr.io/distroless/static-debian12:latest',
      'gcr.io/distroless/base-nossl-debian12:nonroot',
      'gcr.io/distroless/cc-debian13:debug',
      'gcr.io/distroless/python3-debian11:debug-nonroot',
      'gcr.io/distroless/java21-debian12:latest',
      'gcr.io/distroless/nodejs22-debian12:latest',
      'gcr.io/distroless/java-debian10:11',
    ]) {
      expect(byKey.has(ref), ref).toBe(true);
    }
  });

  it('gives every figure a non-empty source', () => {
    for (const image of images) {
      expect(image.source.length, key(image)).toBeGreaterThan(0);
      for (const figure of figures(image)) expect(figure.source.trim().length, key(image)).toBeGreaterThan(0);
    }
  });

  it('keeps unknown figures null, never 0, except scratch', () => {
    for (const image of images) {
      for (const figure of figures(image)) {
        if (image.repository !== 'scratch') expect(figure.value, key(image)).not.toBe(0);
        if (figure.value !== null)
          expect(figure.value).toBeGreaterThan(image.repository === 'scratch' ? -1 : 0);
      }
    }
    expect(get('scratch:').uncompressed.value).toBe(0);
    expect(get('mysql:8').uncompressed.value).toBeNull();
    expect(get('openjdk:11-jre-slim').uncompressed.value).toBeNull();
    expect(get('openjdk:11-jre-slim').compressed.value).toBe(76_390_000);
  });

  it('adds every known-size manifest up to its uncompressed figure, others to a labelled estimate', () => {
    for (const image of images) {
      const total = manifestTotal(image.manifest);
      if (image.uncompressed.value !== null) {
        expect(total, key(image)).toBe(image.uncompressed.value);
        expect(image.estimate).toBeUndefined();
      } else {
        expect(image.estimate?.value, key(image)).toBe(total);
        expect(image.estimate?.source.startsWith('ESTIMATE:')).toBe(true);
        expect(image.estimate?.confidence).toBe('low');
        expect(image.manifest.some((entry) => entry.kind === 'bulk' && entry.estimate)).toBe(true);
      }
      for (const entry of image.manifest)
        expect(entry.sizeBytes, `${key(image)} ${entry.path}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('names the package release of apt and apk images', () => {
    expect(get('ubuntu:22.04').release).toBe('ubuntu:22.04');
    expect(get('golang:1.25-bookworm').release).toBe('debian:bookworm');
    expect(get('alpine:3.21').release).toBe('alpine:3.21');
    for (const image of images) {
      if (image.packageManager === 'none') expect(image.release ?? null, key(image)).toBeNull();
    }
  });

  it('calibrates ubuntu:22.04 at 78.08 MB and golang:1.25-bookworm at 807.36 MB', () => {
    expect(get('ubuntu:22.04').uncompressed.value).toBe(78_080_000);
    expect(get('golang:1.25-bookworm').uncompressed.value).toBe(807_360_000);
    expect(get('alpine:3.21').compressed.value).toBe(3_626_020);
  });

  it('models the paths that matter', () => {
    const ubuntu = get('ubuntu:22.04').manifest;
    expect(lookupManifestPath(ubuntu, '/bin/sh')?.path).toBe('/usr/bin/dash');
    expect(lookupManifestPath(ubuntu, '/lib64/ld-linux-x86-64.so.2')).not.toBeNull();
    expect(lookupManifestPath(ubuntu, '/etc/ssl/certs/ca-certificates.crt')).toBeNull();
    const alpine = get('alpine:3.21').manifest;
    expect(lookupManifestPath(alpine, '/bin/sh')?.interpreter).toBe('/lib/ld-musl-x86_64.so.1');
    expect(lookupManifestPath(alpine, '/sbin/apk')).not.toBeNull();
    expect(get('scratch:').manifest).toEqual([]);
    const python = get('gcr.io/distroless/python3-debian12:latest');
    expect(python.entrypoint).toEqual(['/usr/bin/python3.11']);
    expect(lookupManifestPath(python.manifest, '/usr/bin/python3.11')?.linkage).toBe('dynamic');
    const java = get('gcr.io/distroless/java17-debian12:latest');
    expect(java.entrypoint).toEqual(['/usr/bin/java', '-jar']);
    expect(lookupManifestPath(java.manifest, '/usr/bin/java')?.kind).toBe('elf');
    expect(get('gcr.io/distroless/nodejs22-debian12:latest').runtimes[0].path).toBe('/nodejs/bin/node');
    expect(get('golang:1.25-bookworm').runtimes[0].path).toBe('/usr/local/go/bin/go');
  });
});

describe('distroless variants', () => {
  const distroless = images.filter((image) => image.repository.startsWith('gcr.io/distroless/'));

  it('has a shell only in debug variants, at /busybox/sh, never /bin/sh', () => {
    for (const image of distroless) {
      const debug = image.tag.startsWith('debug');
      expect(image.shell !== null, key(image)).toBe(debug);
      expect(lookupManifestPath(image.manifest, '/bin/sh'), key(image)).toBeNull();
      expect(lookupManifestPath(image.manifest, '/busybox/sh') !== null, key(image)).toBe(debug);
      if (debug) expect(image.env.PATH.endsWith(':/busybox')).toBe(true);
    }
  });

  it('runs nonroot variants as 65532 in /home/nonroot', () => {
    for (const image of distroless.filter((i) => i.tag.endsWith('nonroot'))) {
      expect(image.user).toBe('65532');
      expect(image.workdir).toBe('/home/nonroot');
    }
    expect(get('gcr.io/distroless/static-debian12:latest').user).toBe('root');
  });

  it('gives static/base/cc debug images a busybox entrypoint and keeps language entrypoints', () => {
    expect(get('gcr.io/distroless/static-debian12:debug').entrypoint).toEqual(['/busybox/sh']);
    expect(get('gcr.io/distroless/cc-debian12:debug-nonroot').entrypoint).toEqual(['/busybox/sh']);
    expect(get('gcr.io/distroless/static-debian12:latest').entrypoint).toBeNull();
    expect(get('gcr.io/distroless/python3-debian12:debug').entrypoint).toEqual(['/usr/bin/python3.11']);
    expect(get('gcr.io/distroless/python3-debian11:latest').entrypoint).toEqual(['/usr/bin/python3.9']);
  });

  it('has no libc in static and glibc elsewhere', () => {
    const staticImage = get('gcr.io/distroless/static-debian12:latest');
    expect(staticImage.libc.kind).toBe('none');
    expect(lookupManifestPath(staticImage.manifest, '/lib/x86_64-linux-gnu/libc.so.6')).toBeNull();
    expect(lookupManifestPath(staticImage.manifest, '/etc/ssl/certs/ca-certificates.crt')).not.toBeNull();
    const base = get('gcr.io/distroless/base-debian12:latest');
    expect(lookupManifestPath(base.manifest, '/lib64/ld-linux-x86-64.so.2')).not.toBeNull();
  });

  it('sizes static at about 2 MiB and the old Java 11 image at 200 MB', () => {
    expect(get('gcr.io/distroless/static-debian12:latest').uncompressed.value).toBe(2 * 1024 * 1024);
    expect(get('gcr.io/distroless/static-debian12:nonroot').uncompressed.value).toBe(2 * 1024 * 1024);
    expect(get('gcr.io/distroless/java-debian10:11').uncompressed.value).toBe(200_000_000);
    expect(get('gcr.io/distroless/java17-debian12:latest').uncompressed.value).toBeNull();
    expect(get('gcr.io/distroless/java17-debian12:latest').estimate?.value).toBe(200_000_000);
  });
});
