import { describe, expect, it } from 'vitest';
import { computeCompletions, type CatalogImageName } from './completion';
import { computeHover } from './hover';

const images: CatalogImageName[] = [
  {
    repository: 'ubuntu',
    tag: '22.04',
    aliases: ['jammy'],
    description: 'Ubuntu 22.04 LTS',
    sizeText: '77.9MB',
  },
  {
    repository: 'gcr.io/distroless/static-debian12',
    tag: 'nonroot',
    aliases: [],
    description: 'distroless static',
    sizeText: null,
  },
];

const twoStages = 'FROM ubuntu:22.04 AS build\nRUN echo hi\n\nFROM scratch\nCOPY --from=';

describe('completion', () => {
  it('proposes the earlier stages after --from=', () => {
    const items = computeCompletions(twoStages, 5, 13, images);
    expect(items.map((i) => i.label)).toEqual(['build']);
    expect(items[0].range).toEqual({ startLine: 5, startColumn: 13, endLine: 5, endColumn: 13 });
    expect(items[0].kind).toBe('stage');
  });

  it('filters stages by what was typed and proposes unnamed stages by index', () => {
    const text = 'FROM alpine\nFROM ubuntu AS builder\nFROM scratch\nRUN --mount=type=cache,from=bu';
    expect(computeCompletions(text, 4, 31, images).map((i) => i.label)).toEqual(['builder']);
    const text2 = 'FROM alpine\nFROM busybox\nFROM scratch\nCOPY --from=';
    expect(computeCompletions(text2, 4, 13, images).map((i) => i.label)).toEqual(['0', '1']);
  });

  it('proposes catalog images, scratch and stages after FROM, and tags after the colon', () => {
    const text = 'FROM ubuntu:22.04 AS build\nFROM ';
    const labels = computeCompletions(text, 2, 6, images).map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'build',
        'scratch',
        'ubuntu:22.04',
        'gcr.io/distroless/static-debian12:nonroot',
      ]),
    );
    const tags = computeCompletions('FROM ubuntu:', 1, 13, images);
    expect(tags.map((i) => i.label)).toEqual(['ubuntu:22.04', 'ubuntu:jammy']);
    expect(tags[0].range.startColumn).toBe(6);
  });

  it('proposes instruction keywords from the language service, with documentation', () => {
    const items = computeCompletions('FROM scratch\nENT', 2, 4, images);
    const entry = items.find((i) => i.label.startsWith('ENTRYPOINT'));
    expect(entry?.kind).toBe('keyword');
    expect(entry?.snippet).toBe(true);
    expect(entry).toBeDefined();
    expect(entry?.documentation ?? '').toMatch(/executable/i);
  });

  it('proposes COPY flags', () => {
    const items = computeCompletions('FROM scratch\nCOPY --', 2, 8, images);
    const labels = items.map((i) => i.label.split('=')[0]);
    expect(labels).toEqual(expect.arrayContaining(['--from', '--chown']));
  });

  it('never throws on odd positions', () => {
    for (const [l, c] of [
      [0, 0],
      [99, 1],
      [1, 999],
    ]) {
      expect(() => computeCompletions('FROM\\\n\u0000', l, c, images)).not.toThrow();
      expect(() => computeHover('FROM\\\n\u0000', l, c, images)).not.toThrow();
    }
  });
});

describe('hover', () => {
  it('documents instructions', () => {
    expect(computeHover('FROM scratch\nENTRYPOINT ["/app"]', 2, 3, images)?.markdown).toMatch(
      /ENTRYPOINT|executable/i,
    );
  });

  it('explains stage names and catalog images', () => {
    expect(computeHover(twoStages + 'build /app /app', 5, 15, images)?.markdown).toMatch(/Stage 0: `build`/);
    expect(computeHover(twoStages, 1, 8, images)?.markdown).toMatch(/Ubuntu 22.04 LTS/);
  });
});
