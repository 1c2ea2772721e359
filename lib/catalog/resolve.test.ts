import { describe, expect, it } from 'vitest';
import { neutralImageEstimate, parseImageReference, resolveImage } from './index';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseImageReference', () => {
  it('normalises Docker Hub prefixes and the default tag', () => {
    for (const ref of [
      'ubuntu',
      'library/ubuntu',
      'docker.io/library/ubuntu',
      'index.docker.io/library/ubuntu:latest',
    ]) {
      const parsed = parseImageReference(ref);
      expect(parsed.ok && parsed.normalized, ref).toBe('ubuntu:latest');
    }
    const parsed = parseImageReference('localhost:5000/team/app:1.0');
    expect(parsed.ok && [parsed.domain, parsed.repository, parsed.tag]).toEqual([
      'localhost:5000',
      'localhost:5000/team/app',
      '1.0',
    ]);
  });

  it('keeps digests and does not invent a tag for a digest-only reference', () => {
    const parsed = parseImageReference(`ubuntu@${DIGEST}`);
    expect(parsed.ok && parsed.normalized).toBe(`ubuntu@${DIGEST}`);
    const both = parseImageReference(`ubuntu:22.04@${DIGEST}`);
    expect(both.ok && [both.tag, both.digest]).toEqual(['22.04', DIGEST]);
  });

  it("rejects what Docker rejects, with Docker's wording", () => {
    expect(parseImageReference('Ubuntu')).toEqual({
      ok: false,
      error: 'invalid reference format: repository name must be lowercase',
    });
    for (const ref of ['', 'ubuntu:', 'ubuntu:-bad', 'ubu ntu', '${BASE}', 'ubuntu@sha256:xyz', '-ubuntu']) {
      const parsed = parseImageReference(ref);
      expect(parsed.ok, ref).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/invalid reference format/);
    }
  });
});

describe('resolveImage', () => {
  it('resolves ubuntu and ubuntu:latest to 24.04 as of 2026-08 and mentions the talk meant 22.04', () => {
    for (const ref of [
      'ubuntu',
      'ubuntu:latest',
      'docker.io/library/ubuntu',
      'index.docker.io/library/ubuntu:latest',
    ]) {
      const result = resolveImage(ref);
      expect(result.image?.tag, ref).toBe('24.04');
      expect(result.normalized).toBe('ubuntu:latest');
      expect(result.explanation).toContain('2026-08');
      expect(result.explanation).toContain('22.04');
      expect(result.confidence).toBe('high');
    }
  });

  it('resolves release aliases', () => {
    expect(resolveImage('ubuntu:jammy').image?.tag).toBe('22.04');
    expect(resolveImage('ubuntu:22.04').image?.uncompressed.value).toBe(78_080_000);
    // docker-library/official-images (2026-08-21) lists latest with trixie, Debian 13.
    expect(resolveImage('debian').image?.tag).toBe('13');
    expect(resolveImage('debian:trixie-slim').image?.tag).toBe('13-slim');
    expect(resolveImage('debian:12-slim').image?.tag).toBe('bookworm-slim');
    expect(resolveImage('golang:1.25').image?.tag).toBe('1.25-bookworm');
    expect(resolveImage('golang:1.21').image?.tag).toBe('1.21-bookworm');
    expect(resolveImage('python:3.12').image?.tag).toBe('3.12');
    expect(resolveImage('python:3.12-alpine3.23').image?.tag).toBe('3.12-alpine');
    expect(resolveImage('node:22-bookworm-slim').image?.tag).toBe('22-slim');
    expect(resolveImage('eclipse-temurin:17-alpine').image?.tag).toBe('17-jdk-alpine');
  });

  it('says eclipse-temurin:17 is the JDK, not the JRE', () => {
    const result = resolveImage('eclipse-temurin:17');
    expect(result.image?.tag).toBe('17-jdk');
    expect(result.explanation).toMatch(/JDK.*not the JRE/);
    expect(result.image?.uncompressed.value).toBeNull();
  });

  it('matches a digest-only reference by name with low confidence and says why', () => {
    const result = resolveImage(`ubuntu@${DIGEST}`);
    expect(result.image?.tag).toBe('24.04');
    expect(result.confidence).toBe('low');
    expect(result.explanation).toMatch(/digest/i);
    const tagged = resolveImage(`ubuntu:22.04@${DIGEST}`);
    expect(tagged.image?.tag).toBe('22.04');
    expect(tagged.confidence).toBe('medium');
  });

  it('resolves distroless names, variants and old names', () => {
    expect(resolveImage('gcr.io/distroless/static-debian12').image?.tag).toBe('latest');
    const nonroot = resolveImage('gcr.io/distroless/static-debian12:nonroot');
    expect(nonroot.image?.user).toBe('65532');
    expect(resolveImage('gcr.io/distroless/base-debian12:debug-nonroot').image?.shell).not.toBeNull();
    expect(resolveImage('gcr.io/distroless/java17-debian12:latest-amd64').image?.tag).toBe('latest');
    const unsuffixed = resolveImage('gcr.io/distroless/static');
    expect(unsuffixed.image?.repository).toBe('gcr.io/distroless/static-debian13');
    expect(unsuffixed.explanation).toContain('debian13');
    expect(resolveImage('gcr.io/distroless/java17').image?.repository).toBe(
      'gcr.io/distroless/java17-debian13',
    );
    // java11 was last built for Debian 11: the unsuffixed name falls back to that retired build.
    expect(resolveImage('gcr.io/distroless/java11').image?.repository).toBe(
      'gcr.io/distroless/java11-debian11',
    );
    const java11 = resolveImage('gcr.io/distroless/java:11');
    expect(java11.image?.repository).toBe('gcr.io/distroless/java-debian10');
    expect(java11.image?.uncompressed.value).toBe(200_000_000);
  });

  it('resolves bare scratch to the empty image', () => {
    const result = resolveImage('scratch');
    expect(result.image?.uncompressed.value).toBe(0);
    expect(result.image?.manifest).toEqual([]);
    expect(resolveImage('scratch:latest').image).toBeNull();
  });

  it('rejects uppercase repository names with Docker’s error', () => {
    const result = resolveImage('Ubuntu:22.04');
    expect(result.image).toBeNull();
    expect(result.explanation).toContain('invalid reference format: repository name must be lowercase');
  });

  it('treats tags as case-sensitive', () => {
    const result = resolveImage('ubuntu:JAMMY');
    expect(result.image).toBeNull();
    expect(result.explanation).toContain('case-sensitive');
  });

  it('uses a labelled neutral estimate for unknown images and tags', () => {
    const unknownImage = resolveImage('example.com/team/app:1.0');
    expect(unknownImage.image).toBeNull();
    expect(unknownImage.confidence).toBe('low');
    expect(unknownImage.explanation).toMatch(/neutral estimate/);
    const unknownTag = resolveImage('golang:1.15');
    expect(unknownTag.image).toBeNull();
    expect(unknownTag.explanation).toContain('golang');
  });

  it('never throws on odd input', () => {
    for (const ref of [
      '',
      ' ',
      ':',
      '@',
      '/',
      'a'.repeat(300),
      '\u0000',
      'ubuntu:22.04 AS build',
      undefined as unknown as string,
    ]) {
      expect(() => resolveImage(ref)).not.toThrow();
    }
  });
});

describe('neutralImageEstimate', () => {
  it('is a low-confidence labelled median of known images of the same kind', () => {
    const alpine = neutralImageEstimate('example/tool:1-alpine');
    expect(alpine.kind).toBe('alpine');
    expect(alpine.figure.confidence).toBe('low');
    expect(alpine.figure.source.startsWith('ESTIMATE:')).toBe(true);
    expect(alpine.reasoning).toMatch(/median of \d+/);
    const python = neutralImageEstimate('python:3.9-slim');
    expect(python.reasoning).toContain('python');
    // The median of the slim python images the catalog has (3.10-slim 126.13 MB, 3.11-slim 119.2 MB,
    // 3.13-slim-trixie 118.06 MB among them): one of their sizes or the mean of the middle two.
    expect(python.reasoning).toContain('python:3.13-slim-trixie');
    expect(python.figure.value!).toBeGreaterThanOrEqual(118_060_000);
    expect(python.figure.value!).toBeLessThanOrEqual(126_130_000);
  });
});

describe('digest-only references without a latest tag', () => {
  it('still match by name with low confidence', () => {
    const result = resolveImage(`python@${DIGEST}`);
    expect(result.image?.repository).toBe('python');
    expect(result.confidence).toBe('low');
    expect(result.explanation).toMatch(/digest/i);
  });
});

describe('openjdk’s -jdk tags', () => {
  it('resolve to the JDK build of the same name without -jdk, medium confidence, saying why', () => {
    const slim = resolveImage('openjdk:17-jdk-slim');
    expect(slim.image?.tag).toBe('17-slim');
    expect(slim.confidence).toBe('medium');
    expect(slim.explanation).toContain('11-jdk-slim and 11-slim are one build');
    expect(resolveImage('openjdk:11-jdk').image?.tag).toBe('11');
    // A JRE has no -jdk spelling.
    expect(resolveImage('openjdk:11-jdk-jre').image).toBeNull();
  });
});
