/**
 * Tag lists of the official images from docker-library/official-images: each `library/<image>` file lists
 * the image's builds, one block per build with every tag that points at it (`Tags:`, `SharedTags:`), its
 * architectures, and the Git repository, commit and directory its Dockerfile is built from. The catalog
 * uses a block to say which tags are one image (`postgres:latest` is `18.6-trixie`) and where the image's
 * Dockerfile is.
 *
 *   tsx scripts/catalog/official-images.ts --from CHECKOUT [image …]
 *
 * copies `library/<image>` from a git checkout of docker-library/official-images (its HEAD commit and
 * date are recorded) into the cache, .cache/catalog-sources/official-images/. Never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argValue, CACHE_DIR, stableJson } from './util';

export const OFFICIAL_IMAGES = 'docker-library/official-images';

/** One build of an official image, as its library file lists it. */
export interface TagGroup {
  tags: string[];
  sharedTags: string[];
  architectures: string[];
  gitRepo: string | null;
  gitCommit: string | null;
  directory: string | null;
  file: string | null;
}

/** Where the library files were read: the official-images commit and its date. */
export interface LibrarySource {
  commit: string;
  date: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Parses a library file (RFC 2822-like blocks separated by blank lines). The file's header block (before
 * the first `Tags:`) gives defaults such as `GitRepo:`; each later block is one build.
 */
export function parseLibrary(text: string): TagGroup[] {
  const blocks = text.split(/\n\s*\n/).map((block) => {
    const fields: Record<string, string> = {};
    let last = '';
    for (const line of block.split('\n')) {
      if (/^\s*#/.test(line)) continue;
      const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
      if (m) fields[(last = m[1])] = m[2].trim();
      else if (last && /^\s+\S/.test(line)) fields[last] += ` ${line.trim()}`;
    }
    return fields;
  });
  const header = blocks.find((b) => !b.Tags && b.GitRepo) ?? {};
  return blocks
    .filter((b) => b.Tags || b.SharedTags)
    .map((b) => ({
      tags: list(b.Tags),
      sharedTags: list(b.SharedTags),
      architectures: list(b.Architectures ?? header.Architectures),
      gitRepo: b.GitRepo ?? header.GitRepo ?? null,
      gitCommit: b.GitCommit ?? header.GitCommit ?? null,
      directory: b.Directory ?? header.Directory ?? null,
      file: b.File ?? header.File ?? null,
    }));
}

function cacheDir(): string {
  return join(CACHE_DIR, 'official-images');
}

/** The cached library files, by image, with where they were read; empty when there is no cache. */
export function loadLibrary(dir = cacheDir()): {
  source: LibrarySource | null;
  images: Record<string, TagGroup[]>;
} {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) return { source: null, images: {} };
  const source = JSON.parse(readFileSync(indexFile, 'utf8')) as LibrarySource;
  const images: Record<string, TagGroup[]> = {};
  const libDir = join(dir, 'library');
  for (const image of existsSync(libDir) ? readdirSync(libDir).sort() : [])
    images[image] = parseLibrary(readFileSync(join(libDir, image), 'utf8'));
  return { source, images };
}

/** The GitHub `owner/name` of a library file's GitRepo URL, or null for other hosts. */
export function githubRepo(url: string | null): string | null {
  const m = /^https:\/\/github\.com\/([^/]+\/[^/.]+?)(?:\.git)?\/?$/.exec(url ?? '');
  return m ? m[1] : null;
}

if (process.argv[1]?.endsWith('official-images.ts')) {
  const from = argValue('--from');
  if (!from) {
    console.error('usage: tsx scripts/catalog/official-images.ts --from CHECKOUT [image …]');
    process.exit(2);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', from, ...args], { encoding: 'utf8' }).trim();
  const images = process.argv.slice(process.argv.indexOf(from) + 1);
  const dir = cacheDir();
  mkdirSync(join(dir, 'library'), { recursive: true });
  for (const image of images)
    writeFileSync(join(dir, 'library', image), git('show', `HEAD:library/${image}`));
  const source: LibrarySource = { commit: git('rev-parse', 'HEAD'), date: git('log', '-1', '--format=%cs') };
  writeFileSync(join(dir, 'index.json'), stableJson(source));
  console.log(`${images.length} library files at ${source.commit} (${source.date})`);
}
