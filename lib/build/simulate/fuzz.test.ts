/**
 * The whole pipeline (parse, plan, lint, simulate, run, JSON report) never throws and never
 * produces a negative or NaN size: random Dockerfiles built from instruction fragments, mutations of
 * real Dockerfiles (the shared corpus and our examples), and every corpus file as is.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readContextFolder } from '../context/read-folder';
import { runImage } from '../run/index';
import type { BuildContext, SimulationResult } from '../types';
import { imageInventory } from '../inventory';
import { fragment } from '../../testing/dockerfile-arbitraries';
import { CORPUS_ABSENT, CORPUS_DIR, CORPUS_PRESENT } from '../../dockerfile/testing/corpus';
import { simulateDockerfile } from '../../analyze';

const ROOT = join(__dirname, '../../..');

function files(dir: string, out: string[] = []): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/Dockerfile/i.test(n)) out.push(p);
  }
  return out;
}

const examples = files(join(ROOT, 'content/examples')).map((p) => readFileSync(p, 'utf8'));
/** The corpus's Dockerfiles and our examples; only the examples when the corpus is absent. */
const corpus = [...files(CORPUS_DIR).map((p) => readFileSync(p, 'utf8')), ...examples];
const context: BuildContext = {
  files: [
    ...readContextFolder(join(ROOT, 'content/examples/go-calculator')).files,
    { path: 'requirements.txt', sizeBytes: 13, content: 'flask==3.1.3\n' },
    {
      path: 'package.json',
      sizeBytes: 60,
      content: '{"dependencies":{"express":"^5"},"devDependencies":{"x":"1"}}',
    },
    { path: 'pom.xml', sizeBytes: 30, content: '<project><artifactId>a</artifactId>spring-boot</project>' },
  ],
};

function check(result: SimulationResult): void {
  const sizes = [result.image, ...result.stages].flatMap((img) =>
    img ? [img.sizeBytes, ...img.layers.map((l) => l.sizeBytes)] : [],
  );
  for (const s of sizes) {
    expect(Number.isFinite(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
  }
  for (const img of result.stages) {
    if (!img) continue;
    expect(img.sizeBytes).toBe(img.layers.reduce((a, l) => a + l.sizeBytes, 0));
    for (const f of img.files) expect(f.sizeBytes >= 0 && Number.isFinite(f.sizeBytes)).toBe(true);
  }
  for (const d of result.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
  if (result.image) {
    const run = runImage(result.image, { stdin: '2 * 100\n7 / 0\n' });
    expect(typeof run.exitCode).toBe('number');
  }
}

describe('the whole pipeline never throws', () => {
  it('processes every example as is', () => {
    expect(examples.length).toBeGreaterThan(3);
    for (const text of examples) {
      check(simulateDockerfile(text, { context }));
      check(simulateDockerfile(text, { context, builder: 'legacy', target: 'build' }));
    }
  });

  it('processes every corpus file as is', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    expect(corpus.length).toBeGreaterThan(50);
    for (const text of corpus) {
      check(simulateDockerfile(text, { context }));
      check(simulateDockerfile(text, { context, builder: 'legacy', target: 'build' }));
    }
  }, 60_000);

  it('random Dockerfiles from instruction fragments', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 25 }),
        fc.constantFrom<'buildkit' | 'legacy'>('buildkit', 'legacy'),
        (lines, builder) => {
          check(
            simulateDockerfile(lines.join('\n'), { context, builder, buildArgs: { BASE: 'alpine:3.21' } }),
          );
        },
      ),
      { numRuns: 700 },
    );
  }, 120_000);

  it('platforms, secrets and the inventory: random --platform, FROM --platform and mounts', () => {
    const platform = fc.oneof(
      fc.constantFrom(
        'linux/amd64',
        'linux/arm64',
        'linux/arm/v7',
        'arm64',
        'linux/riscv64',
        'windows/amd64',
        '',
      ),
      fc.string({ maxLength: 20 }),
    );
    const line = fc.oneof(
      fragment,
      platform.map((p) => `FROM --platform=${p} golang:1.25-bookworm AS b`),
      fc.constantFrom(
        'FROM --platform=$BUILDPLATFORM golang:1.25-bookworm AS build',
        'ARG TARGETOS TARGETARCH TARGETVARIANT BUILDPLATFORM',
        'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .',
        'RUN --mount=type=secret,id=t,required=true,env=T true',
        'RUN --mount=type=secret,target=/x cat /x',
        'COPY --from=build /app /app',
        'FROM gcr.io/distroless/static-debian13@sha256:' + '0'.repeat(64),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 15 }),
        platform,
        fc.array(fc.string({ maxLength: 6 })),
        (lines, p, secrets) => {
          const result = simulateDockerfile(lines.join('\n'), { context, platform: p, secrets });
          check(result);
          if (result.image) expect(() => imageInventory(result.image!)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('mutations of real Dockerfiles (delete, duplicate, swap and splice lines and characters)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('del', 'dup', 'swap', 'char', 'junk')), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.string({ maxLength: 12 }),
        (text, ops, junk) => {
          const lines = text.split('\n');
          for (const [a, b, op] of ops) {
            const i = lines.length ? a % lines.length : 0;
            const j = lines.length ? b % lines.length : 0;
            if (op === 'del') lines.splice(i, 1);
            else if (op === 'dup') lines.splice(i, 0, lines[j] ?? '');
            else if (op === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
            else if (op === 'char')
              lines[i] = (lines[i] ?? '').slice(0, b % 40) + (lines[i] ?? '').slice((b % 40) + 1);
            else lines[i] = `${lines[i] ?? ''}${junk}`;
          }
          check(simulateDockerfile(lines.join('\n'), { context }));
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);

  it('handles hostile sizes: a 100,000-character line, 500 stages, a huge context', () => {
    check(simulateDockerfile(`FROM ubuntu:22.04\nRUN echo ${'x'.repeat(100_000)}\n`, { context }));
    check(
      simulateDockerfile(
        Array.from(
          { length: 500 },
          (_, i) => `FROM alpine:3.21 AS s${i}\nCOPY --from=${i > 0 ? `s${i - 1}` : 'alpine:3.21'} / /`,
        ).join('\n'),
        { context },
      ),
    );
    const big: BuildContext = {
      files: Array.from({ length: 5000 }, (_, i) => ({ path: `d${i % 50}/f${i}`, sizeBytes: i * 1000 })),
    };
    check(simulateDockerfile('FROM scratch\nCOPY . /\nCOPY d1 /d1\n', { context: big }));
    check(
      simulateDockerfile('FROM scratch\nCOPY . /\n', {
        context: {
          files: [
            { path: 'x', sizeBytes: Number.NaN },
            { path: 'y', sizeBytes: -5 },
          ],
        },
      }),
    );
  }, 120_000);
});
