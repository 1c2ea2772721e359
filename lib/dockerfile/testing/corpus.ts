/**
 * Locates the Dockerfile corpus for tests (real-world Dockerfiles and BuildKit's parser cases, kept in a
 * `shared/corpus` folder beside the repository, not in it) and lists the Dockerfiles in it. A clone without
 * the corpus still passes: the tests that need it are skipped with {@link CORPUS_ABSENT} as the reason;
 * `.ci/run` refuses to start without it, so CI always runs them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of the corpus folder (override with STAGECRAFT_CORPUS). */
export const CORPUS_DIR = process.env.STAGECRAFT_CORPUS
  ? path.resolve(process.env.STAGECRAFT_CORPUS)
  : path.resolve(here, '../../..', '../shared/corpus');

/** Whether the corpus is there. */
export const CORPUS_PRESENT = existsSync(CORPUS_DIR);

/** The one-line reason a corpus test is skipped. */
export const CORPUS_ABSENT = `needs the Dockerfile corpus at ${CORPUS_DIR} (absent; set STAGECRAFT_CORPUS)`;

/**
 * Every file under `dir` whose name starts with `Dockerfile`, recursively, sorted; none when `dir` is
 * absent.
 */
export function listDockerfiles(dir: string = CORPUS_DIR): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
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
