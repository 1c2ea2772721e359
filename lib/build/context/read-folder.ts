/**
 * Node-only: read a folder from disk as a build context: every file, `.dockerignore` and the
 * Dockerfiles included, as the folder is on disk (`simulate` applies the `.dockerignore` when it copies,
 * as BuildKit filters what the context sends while the Dockerfile is read on its own). Skips `.git`, and keeps the contents of text files under 256 KB (the command models read them:
 * requirements.txt, package.json, Go sources).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildContext } from '../types';

const MAX_CONTENT_BYTES = 256 * 1024;
const MAX_FILES = 20_000;

function isText(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return false;
  return true;
}

/**
 * Read every regular file below `dir` into a BuildContext (paths relative, `/`-separated). An
 * unreadable folder gives an empty context; unreadable files are skipped.
 */
export function readContextFolder(dir: string): BuildContext {
  const files: BuildContext['files'] = [];
  const walk = (abs: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (files.length >= MAX_FILES) return;
      if (name === '.git') continue;
      const childAbs = join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      try {
        const st = statSync(childAbs);
        if (st.isDirectory()) walk(childAbs, childRel);
        else if (st.isFile()) {
          const file: BuildContext['files'][number] = {
            path: childRel,
            sizeBytes: st.size,
            mode: st.mode & 0o7777,
          };
          if (st.size <= MAX_CONTENT_BYTES) {
            const buf = readFileSync(childAbs);
            if (isText(buf)) file.content = buf.toString('utf8');
          }
          files.push(file);
        }
      } catch {
        // Unreadable entries are left out, as a build would fail on them only if they were copied.
      }
    }
  };
  walk(dir, '');
  return { files };
}
