/**
 * Locates the shared Dockerfile corpus (`../shared/corpus` beside the repository) for tests,
 * and lists the Dockerfiles in it.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of the corpus folder. */
export const CORPUS_DIR = path.resolve(here, '../../..', '../shared/corpus');

/** Every file under `dir` whose name starts with `Dockerfile`, recursively, sorted. */
export function listDockerfiles(dir: string = CORPUS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.startsWith('Dockerfile') || name.endsWith('.Dockerfile') || name.endsWith('.dockerfile'))
        out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
