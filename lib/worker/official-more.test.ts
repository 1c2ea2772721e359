import { describe, expect, it, vi } from 'vitest';

// As in the browser bundle (package.json `imports`, condition `browser`): official-more.json is not
// bundled, the worker loads it on demand.
vi.mock('#official-more-data', () => ({ BUNDLED_OFFICIAL_MORE: null }));

import { simulateDockerfile } from '../analyze';
import { imageInventory } from '../build/inventory';
import { listCatalogImages, resolveImageCached } from '../catalog';
import { OFFICIAL_MORE_REPOSITORIES, officialMoreLoaded } from '../catalog/images/repo-info-data';
import { simulateRequest } from '../testing/worker-requests';
import { officialMoreNeeded, prepareDebianData } from './debian-data';
import { createWorkerHandler } from './handler';
import { runImage } from '../build/run';

const lab = simulateRequest;
const REDIS = 'FROM redis:8\nCMD ["redis-server"]\n';
// The catalog as a lab that names only bundled repositories sees it: nothing loaded.
const early = listCatalogImages();
const handle = createWorkerHandler({
  simulate: simulateDockerfile,
  runImage,
  images: () =>
    listCatalogImages().map((i) => ({
      repository: i.repository,
      tag: i.tag,
      aliases: i.aliases,
      description: i.resolvedDescription,
      sizeText: null,
    })),
});
/** The completion labels the worker offers after `FROM redis:` (the handler lists catalog images once). */
const redisTags = () => {
  const answer = handle({ kind: 'complete', id: 9, text: 'FROM redis:', line: 1, column: 12 });
  const labels = answer.kind === 'complete' ? answer.items.map((i) => i.label) : [];
  return labels.filter((label) => label.startsWith('redis:'));
};
const simulate = (text: string) => simulateDockerfile(text, { context: { files: [] } });
/** Every sentence a simulation shows about its base image. */
const said = (text: string) => {
  const result = simulate(text);
  const image = result.image!;
  return [
    image.base?.explanation ?? '',
    ...result.stages.flatMap((s) => s?.layers.map((l) => l.explanation) ?? []),
    ...(image.fog ?? []).map((f) => f.reason),
    imageInventory(image).packagesUnknown ?? '',
  ].join('\n');
};

describe('official images the browser loads on demand (official-more.json)', () => {
  it('knows which requests need them', () => {
    const needs = (text: string) => officialMoreNeeded(lab(text));
    expect(needs(REDIS)).toBe(true);
    expect(needs('FROM alpine:3.21\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n')).toBe(true);
    // An image the bundled catalog does not know: its estimate is a median over every image.
    expect(needs('FROM example.com/team/app:1\n')).toBe(true);
    expect(needs('ARG BASE=python:3.13-slim\nFROM $BASE\n')).toBe(true);
    // Bundled repositories, stage names and scratch need nothing.
    expect(needs('FROM golang:1.25 AS Build\nFROM python:3.13-slim AS test\nCOPY --from=build /a /a\n')).toBe(
      false,
    );
    expect(needs('FROM build\n'.replace('build', 'scratch'))).toBe(false);
    expect(officialMoreNeeded({ kind: 'complete', id: 2, text: '', line: 1, column: 1 })).toBe(true);
    // A terminal line: only when a word names one of those repositories, a variable may, or the live
    // Dockerfile needs them.
    const terminal = (line: string, overlay: Array<{ path: string; content: string }> = []) =>
      officialMoreNeeded({ kind: 'terminal', id: 4, line, sessionKey: 's', contextKey: 'k', overlay });
    expect(terminal('docker pull redis:8')).toBe(true);
    expect(terminal('docker run --rm -it "redis" sh')).toBe(true);
    expect(terminal('docker run $IMAGE')).toBe(true);
    expect(terminal('docker run --rm alpine:3.21 ls /tmp')).toBe(false);
    expect(terminal('ls -la /usr/bin')).toBe(false);
    expect(terminal('docker run --rm docker:dind')).toBe(true);
    expect(terminal('docker build -t app .', [{ path: 'Dockerfile', content: REDIS }])).toBe(true);
    expect(officialMoreNeeded({ kind: 'exercise', id: 3, exerciseId: 'x', gradable: { goals: [] } })).toBe(
      false,
    );
  });

  it('before it is loaded, an image there is unknown, never “not in the catalog”', () => {
    expect(officialMoreLoaded()).toBe(false);
    const resolution = resolveImageCached('redis:8');
    expect(resolution.image).toBeNull();
    expect(resolution.pending).toBe(true);
    expect(resolution.explanation).toContain('The catalog has `redis`');
    // And what to do about it.
    expect(resolution.explanation).toMatch(/reload the page while online/);
    const text = said(REDIS);
    expect(text).toMatch(/redis:8 has not been loaded into the simulator/);
    expect(text).not.toMatch(/not in the (simulator's )?catalog/);
    // A hover that needs nothing loaded lists the catalog for the handler before redis is there.
    handle({ kind: 'hover', id: 8, text: 'FROM python:3.13-slim\n', line: 1, column: 8 });
    expect(redisTags()).toEqual([]);
  });

  it('prepare → analyse: after the worker prepared the request the image resolves with its size', async () => {
    const before = listCatalogImages().length;
    await prepareDebianData(lab(REDIS));
    expect(officialMoreLoaded()).toBe(true);
    const resolution = resolveImageCached('redis:8');
    expect(resolution.pending).toBeUndefined();
    expect(resolution.image?.repository).toBe('redis');
    expect(resolution.image?.uncompressed.value).toBeGreaterThan(50_000_000);
    expect(simulate(REDIS).image!.base?.image?.repository).toBe('redis');
    expect(listCatalogImages().length).toBeGreaterThan(before);
    expect(officialMoreNeeded(lab(REDIS))).toBe(false);
    // …and the handler lists the catalog again: completion offers redis's tags.
    expect(redisTags()).toContain('redis:8');
  });

  it('once loaded, the browser’s catalog is the one Node bundles', async () => {
    await prepareDebianData(lab(REDIS));
    vi.resetModules();
    vi.doUnmock('#official-more-data');
    const node = await import('../catalog');
    const summary = (images: ReturnType<typeof listCatalogImages>) =>
      images.map((i) => `${i.repository}:${i.tag} ${i.uncompressed.value} ${i.uncompressed.source}`).sort();
    const a = summary(listCatalogImages());
    const b = summary(node.listCatalogImages());
    expect(a).toEqual(b);
    expect(JSON.stringify(listCatalogImages())).toBe(JSON.stringify(node.listCatalogImages()));
    // Before the load, the bundled repositories' entries were already Node's, figure for figure (the
    // worker loads the others before any request that names them).
    const more = new Set(OFFICIAL_MORE_REPOSITORIES);
    expect(more.has('redis')).toBe(true);
    const bundledOnly = (images: ReturnType<typeof listCatalogImages>) =>
      JSON.stringify(images.filter((i) => !more.has(i.repository)));
    expect(bundledOnly(early) === bundledOnly(node.listCatalogImages())).toBe(true);
  });
});
