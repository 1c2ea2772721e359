/**
 * The Dockerfiles the official images are built from (the repository and directory their library file
 * names): the base image of the final stage, and where the programs the image's config starts
 * (ENTRYPOINT, and CMD when it names a program) are copied to, so a catalogued image has
 * `/usr/local/bin/docker-entrypoint.sh` and the like even though repo-info lists no files.
 *
 *   tsx scripts/catalog/dockerfiles.ts --repo owner/name=CHECKOUT …
 *
 * copies, for every cached library block built from owner/name, the Dockerfile at the checkout's HEAD
 * into .cache/catalog-sources/dockerfiles/ (with the commit and its date). Never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parseDockerfile } from '../../lib/dockerfile/parse';
import { githubRepo, loadLibrary } from './official-images';
import { CACHE_DIR, stableJson } from './util';

/** What the catalog takes from an official image's Dockerfile. */
export interface DockerfileFacts {
  /** The final stage's base image, as written (`debian:trixie-slim`). */
  from: string | null;
  /** Absolute paths of the programs ENTRYPOINT/CMD name that the Dockerfile copies in. */
  executables: string[];
}

/** One cached Dockerfile: where it was read. */
export interface DockerfileSource {
  repository: string;
  path: string;
  commit: string;
  date: string;
}

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

/**
 * Reads a Dockerfile's final stage: its FROM, and for each program its ENTRYPOINT and CMD start (the
 * first word of each exec form), the path a `COPY` of the build context puts it at. A program the
 * Dockerfile does not copy (installed by a package) gives no path: where it lands is not in this file.
 */
export function dockerfileFacts(text: string): DockerfileFacts {
  const { instructions } = parseDockerfile(text);
  const lastFrom = instructions.map((i) => i.kind).lastIndexOf('from');
  const stage = lastFrom >= 0 ? instructions.slice(lastFrom) : instructions;
  const from = stage[0]?.kind === 'from' ? stage[0].image : null;
  const names: string[] = [];
  for (const ins of stage)
    if (
      (ins.kind === 'entrypoint' || ins.kind === 'cmd') &&
      ins.command.form === 'exec' &&
      ins.command.argv[0]
    )
      names.push(ins.command.argv[0]);
  const executables = new Set<string>();
  for (const name of names) {
    const base = posix.basename(name);
    for (const ins of stage) {
      if ((ins.kind !== 'copy' && ins.kind !== 'add') || ins.from) continue;
      if (!ins.sources.some((s) => glob(posix.basename(s)).test(base))) continue;
      const dest = ins.destination;
      const path = dest.endsWith('/') ? `${dest}${base}` : ins.sources.length > 1 ? `${dest}/${base}` : dest;
      if (path.startsWith('/') && (!name.startsWith('/') || name === path))
        executables.add(posix.normalize(path));
    }
  }
  return { from, executables: [...executables].sort() };
}

function cacheDir(): string {
  return join(CACHE_DIR, 'dockerfiles');
}

/** The cached Dockerfiles, keyed `owner/name:path`, with their facts and where they were read. */
export function loadDockerfiles(dir = cacheDir()): Record<string, DockerfileSource & DockerfileFacts> {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) return {};
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, DockerfileSource>;
  const out: Record<string, DockerfileSource & DockerfileFacts> = {};
  for (const key of Object.keys(index).sort()) {
    const source = index[key];
    const file = join(dir, source.repository.replace('/', '+'), source.path);
    if (existsSync(file)) out[key] = { ...source, ...dockerfileFacts(readFileSync(file, 'utf8')) };
  }
  return out;
}

if (process.argv[1]?.endsWith('dockerfiles.ts')) {
  const dir = cacheDir();
  const indexFile = join(dir, 'index.json');
  const index: Record<string, DockerfileSource> = existsSync(indexFile)
    ? JSON.parse(readFileSync(indexFile, 'utf8'))
    : {};
  const { images } = loadLibrary();
  for (let i = 0; i < process.argv.length; i++) {
    if (process.argv[i] !== '--repo') continue;
    const [repository, checkout] = process.argv[i + 1].split('=');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', checkout, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    const commit = git('rev-parse', 'HEAD').trim();
    const date = git('log', '-1', '--format=%cs').trim();
    for (const groups of Object.values(images))
      for (const group of groups) {
        if (githubRepo(group.gitRepo) !== repository) continue;
        const path = posix.join(group.directory ?? '.', group.file ?? 'Dockerfile');
        let text: string;
        try {
          text = git('show', `HEAD:${path}`);
        } catch {
          continue; // the checkout no longer (or not yet) has this directory
        }
        const file = join(dir, repository.replace('/', '+'), path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        index[`${repository}:${path}`] = { repository, path, commit, date };
      }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(indexFile, stableJson(index));
  console.log(`${Object.keys(index).length} Dockerfiles cached`);
}
