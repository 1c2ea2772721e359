import { describe, expect, it } from 'vitest';
import data from './data/official.json';
import { repoInfoPage } from './images/official';
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
    expect(python.image?.uncompressed.value).toBe(118_060_000);
    expect(python.image?.resolvedDescription).toContain('python:3.13.15-slim-trixie');
    expect(python.image?.asOf).toBe('2026-08-10');
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
});
