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
