import fs from 'node:fs';
import path from 'node:path';

/** Where runnable examples live, relative to the repository root. */
const EXAMPLES_DIR = path.join(process.cwd(), 'content', 'examples');

/**
 * Reads one file of an example's build context at build time, or returns null when the example or the file
 * does not exist (or the names try to leave the examples folder).
 */
export function readExampleFile(example: string, file: string): string | null {
  const dir = path.resolve(EXAMPLES_DIR, example);
  const target = path.resolve(dir, file);
  if (!dir.startsWith(EXAMPLES_DIR + path.sep) || !target.startsWith(dir + path.sep)) return null;
  try {
    return fs.readFileSync(target, 'utf8');
  } catch {
    return null;
  }
}

/** Files a learner may read, in folder order: not course metadata, lock files or binaries. */
const HIDDEN = /(^|\/)(example\.json|package-lock\.json|node_modules\/.*)$/;

/**
 * The text files of an example that a learner may read on the site, as paths inside the example
 * (`frontend/nginx.conf`), sorted with top-level files first. Throws when the example does not exist.
 */
export function exampleFileList(example: string): string[] {
  const dir = path.resolve(EXAMPLES_DIR, example);
  if (!dir.startsWith(EXAMPLES_DIR + path.sep) || !fs.existsSync(dir)) {
    throw new Error(`no example "${example}"`);
  }
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    const sorted = entries.sort(
      (a, b) => Number(a.isDirectory()) - Number(b.isDirectory()) || a.name.localeCompare(b.name),
    );
    for (const e of sorted) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (!HIDDEN.test(p) && !fs.readFileSync(path.join(dir, p)).includes(0)) out.push(p);
    }
  };
  walk('');
  return out;
}
