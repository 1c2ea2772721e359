/**
 * Reading a course content file (`example.json`, `exercise.json`) at build time (Node only): it must
 * exist, be JSON and match its schema. Each kind of content keeps its own error class, which names
 * the file, so a broken file fails the build with a message that says where to look.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/**
 * The validated contents of `file`. A missing file, invalid JSON or a schema mismatch is thrown as
 * `fail(message)`; a mismatch lists each problem as `field.path: message` (`(root)` for the whole).
 */
export function readContentJson<S extends z.ZodType>(
  file: string,
  schema: S,
  fail: (message: string) => Error,
): z.infer<S> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw fail(`${name} is missing`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw fail(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
      .join('; ');
    throw fail(`invalid ${name}: ${detail}`);
  }
  return parsed.data;
}
