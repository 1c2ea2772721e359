import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from './data/official.json';
import { repoInfoPage, repoInfoPageAt } from './images/repo-info-data';
import { findPackage, listCatalogImages, resolveImage } from './index';
import { runImage } from '../build/run/index';
import { simulate } from '../build/simulate/index';

describe('official images from docker-library/repo-info', () => {
  it('spot checks: every hand-kept size read from the same repo-info page matches the generated figure', () => {
    let compared = 0;
    for (const [image, tags] of Object.entries(data.images)) {
      for (const tag of Object.keys(tags)) {
        const page = repoInfoPage(image, tag)!;
        const entry = listCatalogImages().find(
          (i) => i.repository === image && (i.tag === tag || i.aliases.includes(tag)),
        );
        expect(entry, `${image}:${tag}`).toBeDefined();
        if (entry!.uncompressed.value === null) continue;
        expect(entry!.uncompressed.value, `${image}:${tag}`).toBe(page.sizeBytes);
        expect(entry!.uncompressed.source, `${image}:${tag}`).toContain(page.source.path);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(9);
  });

  it('resolves tags the hand-kept entries did not cover, saying what they resolved to and when', () => {
    const python = resolveImage('python:3.13-slim-trixie');
    // Two pages name this line (3.13-slim and 3.13-slim-trixie); the newer one gives the figures.
    expect(python.image?.uncompressed.value).toBe(126_250_000);
    expect(python.image?.resolvedDescription).toContain('python:3.13.15-slim-trixie');
    expect(python.image?.asOf).toBe('2026-09-01');
    expect(resolveImage('python:3.13-slim').image?.tag).toBe('3.13-slim-trixie');
    expect(python.image?.runtimes[0]).toMatchObject({ name: 'python', version: '3.13.15' });
    expect(python.image?.release).toBe('debian:trixie');
    expect(python.image?.cmd).toEqual(['python3']);
    // The full version tag is an alias of the same page.
    expect(resolveImage('python:3.13.15-slim-trixie').image?.tag).toBe('3.13-slim-trixie');

    const alpine = resolveImage('alpine:3.22').image!;
    expect(alpine.uncompressed.value).toBe(8_300_000);
    expect(alpine.packageManager).toBe('apk');
    expect(alpine.release).toBe('alpine:3.22');

    const rust = resolveImage('rust:slim').image!;
    expect(rust.runtimes[0]).toMatchObject({ name: 'rust', version: '1.66.1' });
    expect(rust.asOf).toBe('2023-01-12');
    expect(rust.env.CARGO_HOME).toBe('/usr/local/cargo');

    expect(resolveImage('busybox:musl').image?.uncompressed.value).toBe(1_400_000);
  });

  it('lets apt on a trixie-based official image use the Debian trixie data', () => {
    const release = resolveImage('python:3.13-slim-trixie').image!.release!;
    expect(findPackage('apt', 'curl', release)?.release ?? 'not loaded').toMatch(/debian:trixie|not loaded/);
  });

  it('gives the official python images their python, pip and pip3 links, as docker-library/python does', () => {
    const python = resolveImage('python:3.13-slim-trixie').image!;
    const paths = python.manifest.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/usr/local/bin/python', '/usr/local/bin/pip']));
    const built = simulate('FROM python:3.13-slim-trixie\nCMD ["python", "--version"]\n', {
      context: { files: [] },
    });
    const run = runImage(built.image!);
    expect(run.stderr).not.toMatch(/executable file not found/);
    expect(run.status).not.toBe('failed');
    // An image without a python runtime gets no such links.
    const alpine = resolveImage('alpine:3.22').image!;
    expect(alpine.manifest.map((e) => e.path)).not.toContain('/usr/local/bin/python');
  });

  it('knows the tags the lessons use: golang:1.26 and node:24, with their variants', () => {
    const go = resolveImage('golang:1.26');
    // repo-info's golang:1.26 page resolved to 1.26.7-trixie; the newer 1.26-trixie page gives the figures.
    expect(go.image?.tag).toBe('1.26-trixie');
    expect(go.image?.runtimes[0]).toMatchObject({ name: 'go', version: '1.26.8' });
    expect(go.image?.release).toBe('debian:trixie');
    expect(go.confidence).toBe('high');
    expect(resolveImage('golang:1.26-bookworm').image?.release).toBe('debian:bookworm');
    expect(resolveImage('golang:1.26-alpine').image?.packageManager).toBe('apk');

    const node = resolveImage('node:24');
    expect(node.image?.tag).toBe('24-trixie');
    expect(node.image?.entrypoint).toEqual(['docker-entrypoint.sh']);
    // node:24's own page was not read: the naming convention maps it, with lower confidence, and says so.
    expect(node.confidence).not.toBe('high');
    expect(node.explanation).toContain('naming');
    expect(resolveImage('node:24-slim').image?.tag).toBe('24-trixie-slim');
    expect(resolveImage('node:24-alpine').image?.libc.kind).toBe('musl');
    // node:22-slim is still bookworm: the convention never overrides a page read.
    expect(resolveImage('node:22-slim').image?.release).toBe('debian:bookworm');
  });

  it('keeps one source of truth: no hand-written size repeats a page the generated data holds', () => {
    const dir = join(__dirname, 'images');
    const cited: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/repoInfoSize\(\s*[^,]+,\s*'(repos\/[^']+)'/g)) cited.push(m[1]);
      // Every page a hand entry takes its size from is in the generated data.
      for (const m of text.matchAll(/generated(?:Size|Bytes)\('(repos\/[^']+)'/g)) {
        expect(repoInfoPageAt(m[1])?.sizeBytes, m[1]).toBeGreaterThan(0);
      }
    }
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((path) => repoInfoPageAt(path) !== null)).toEqual([]);
  });

  it('lets a generated page replace a hand entry whose size was unknown', () => {
    const nginx = resolveImage('nginx:latest').image!;
    expect(nginx.uncompressed.value).toBe(161_330_000);
    expect(nginx.uncompressed.source).toContain('repos/nginx/local/latest.md');
    expect(resolveImage('nginx:1.31.3').image?.tag).toBe('latest');
    expect(resolveImage('eclipse-temurin:21-jdk').image?.runtimes[0]).toMatchObject({
      name: 'java',
      version: '21.0.11+10',
    });
  });
});
