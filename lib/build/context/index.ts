/**
 * Build-context helpers that run anywhere (browser and Node): `.dockerignore`, lookups and the
 * source matching COPY/ADD do. The Node-only folder reader is in `read-folder.ts`.
 */
import type { BuildContext } from '../types';
import { globToRegExp, hasGlob } from '../fs/paths';
import { isIgnored, parseDockerignore } from './dockerignore';

export { isIgnored, parseDockerignore, type IgnorePattern } from './dockerignore';

type ContextFile = BuildContext['files'][number];

/** An empty build context. */
export const EMPTY_CONTEXT: BuildContext = { files: [] };

/** Context paths already cleaned (context files are read over and over, by every COPY). */
const CLEAN = new Map<string, string>();

/** Strip `./` and leading slashes: context paths are relative. */
export function contextPath(p: string): string {
  const hit = CLEAN.get(p);
  if (hit !== undefined) return hit;
  const clean = cleanContextPath(p);
  if (CLEAN.size > 10_000) CLEAN.clear();
  CLEAN.set(p, clean);
  return clean;
}

function cleanContextPath(p: string): string {
  const parts: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * The context as Docker sends it to the builder: files excluded by the context's `.dockerignore`
 * removed (the `.dockerignore` itself and the Dockerfile are still sent, as Docker does when they
 * are not excluded).
 */
export function applyDockerignore(context: BuildContext): BuildContext {
  const files = sentFiles(context.files);
  return files === context.files ? context : { files: [...files] };
}

/**
 * The files of a context that Docker sends to the builder (`applyDockerignore` for any list of
 * files with paths and texts): the list itself when nothing is excluded.
 */
export function sentFiles<F extends { path: string; content?: string }>(files: readonly F[]): readonly F[] {
  const ignoreFile = files.find((f) => contextPath(f.path) === '.dockerignore');
  if (!ignoreFile?.content) return files;
  const patterns = parseDockerignore(ignoreFile.content);
  if (patterns.length === 0) return files;
  return files.filter((f) => !isIgnored(patterns, contextPath(f.path)));
}

/** The file at a context path, or null. */
export function findContextFile(context: BuildContext, path: string): ContextFile | null {
  const want = contextPath(path);
  return context.files.find((f) => contextPath(f.path) === want) ?? null;
}

/** One context file matched by a COPY source, with its path relative to the source root. */
export interface ContextMatch {
  file: ContextFile;
  /** Path below the matched source (for `COPY dir/ dest/`), or the file name for a file source. */
  relative: string;
  /** True when the source named a directory (its contents are copied, not the directory itself). */
  fromDirectory: boolean;
}

/**
 * The files a COPY/ADD source selects from the context: a file, a directory (its contents), `.`
 * (everything) or a glob (Go's filepath.Match per segment).
 */
export function matchContextSource(context: BuildContext, source: string): ContextMatch[] {
  const src = contextPath(source);
  const out: ContextMatch[] = [];
  if (src === '') {
    for (const file of context.files)
      out.push({ file, relative: contextPath(file.path), fromDirectory: true });
    return out;
  }
  if (hasGlob(src)) {
    const re = globToRegExp(src);
    for (const file of context.files) {
      const p = contextPath(file.path);
      if (re.test(p)) out.push({ file, relative: p.slice(p.lastIndexOf('/') + 1), fromDirectory: false });
      else {
        // A glob that matches a directory copies the directory's contents.
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) {
          const dir = parts.slice(0, i).join('/');
          if (re.test(dir)) {
            out.push({ file, relative: parts.slice(i).join('/'), fromDirectory: true });
            break;
          }
        }
      }
    }
    return out;
  }
  for (const file of context.files) {
    const p = contextPath(file.path);
    if (p === src) out.push({ file, relative: p.slice(p.lastIndexOf('/') + 1), fromDirectory: false });
    else if (p.startsWith(`${src}/`))
      out.push({ file, relative: p.slice(src.length + 1), fromDirectory: true });
  }
  return out;
}

/** Total bytes of a context. */
export function contextSize(context: BuildContext): number {
  let total = 0;
  for (const f of context.files) total += Number.isFinite(f.sizeBytes) && f.sizeBytes > 0 ? f.sizeBytes : 0;
  return total;
}
