import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCatalogImages, listPackages } from './index';
import { listSources } from './sources';

describe('Sources page entries', () => {
  const sources = listSources();
  it('has unique anchors and an entry for every sourceId the catalog uses', () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(
      listCatalogImages().flatMap((image) =>
        [image.sourceId, image.uncompressed.sourceId, image.estimate?.sourceId].filter(Boolean),
      ),
    );
    expect(used.size).toBeGreaterThan(1);
    for (const id of used) expect(ids).toContain(id);
  });

  it('lists the distroless images with the retired ones, and names no internal file', () => {
    const distroless = sources.find((s) => s.id === 'distroless')!;
    expect(distroless.items.map((i) => i.label)).toContain('gcr.io/distroless/python3-debian13');
    expect(distroless.items.find((i) => i.label === 'gcr.io/distroless/java17-debian12')?.detail).toMatch(
      /^retired 2026-02-27/,
    );
    expect(JSON.stringify(sources)).not.toMatch(/FACTS|\.\.\/shared|content\//);
    // Nor does any source string of an image or package a learner can read in a "why?" line.
    expect(JSON.stringify([listCatalogImages(), listPackages()])).not.toMatch(/FACTS\.md|\.\.\/shared/);
  });

  it('lists the library files and Dockerfiles the official images were read from, with dates', () => {
    const library = sources.find((s) => s.id === 'official-images')!;
    expect(library.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(library.url).toMatch(
      /^https:\/\/github\.com\/docker-library\/official-images\/tree\/[0-9a-f]{40}/,
    );
    expect(library.items.find((i) => i.label === 'postgres:18-trixie')?.detail).toContain('latest');
    const dockerfiles = sources.find((s) => s.id === 'official-dockerfiles')!;
    expect(dockerfiles.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dockerfiles.items.find((i) => i.label === 'postgres:18-trixie')?.detail).toContain(
      'copies /usr/local/bin/docker-entrypoint.sh',
    );
  });
});

describe('Facts the lessons cite', () => {
  const sources = listSources();
  const lessonEntries = sources.filter((s) => s.group === 'lessons');

  it('each has a public address and the date it was read', () => {
    expect(lessonEntries.map((s) => s.id)).toEqual(
      expect.arrayContaining(['buildx-attestations', 'musl-1-2-4', 'docker-hardened-images']),
    );
    for (const entry of lessonEntries) {
      expect(entry.url).toMatch(/^https:\/\//);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is linked from the lesson that states the fact, and every /sources/ anchor a lesson uses exists', () => {
    const dir = join(process.cwd(), 'content', 'lessons');
    const ids = new Set(sources.map((s) => s.id));
    // Markdown links to an entry, and the entries a <SourceNote ids={[…]}> links.
    const anchors = readdirSync(dir).flatMap((lesson) => {
      const text = readFileSync(join(dir, lesson, 'index.mdx'), 'utf8');
      return [
        ...[...text.matchAll(/\(\/sources\/#([a-z0-9-]+)\)/g)].map((m) => m[1]),
        ...[...text.matchAll(/<SourceNote[^>]*\bids=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
          [...m[1].matchAll(/"([^"]+)"/g)].map((q) => q[1]),
        ),
      ];
    });
    for (const entry of lessonEntries) expect(anchors).toContain(entry.id);
    for (const anchor of anchors) expect(ids.has(anchor), anchor).toBe(true);
  });
});
