/**
 * `.dockerignore` matching as Docker does it (moby/patternmatcher): one pattern per line, `#`
 * comments, patterns cleaned and made relative, `!` re-includes, the last matching pattern wins,
 * and a pattern that matches a folder also matches everything inside it.
 */
import { globToRegExp, normalizePath } from '../fs/paths';

/** One compiled `.dockerignore` line. */
export interface IgnorePattern {
  pattern: string;
  exclusion: boolean;
  regexp: RegExp;
}

/** A pattern as Docker cleans it: `.`, `..` and repeated slashes resolved, no leading slash. */
function cleanPattern(p: string): string {
  return normalizePath(p).slice(1);
}

/** Parse the text of a `.dockerignore` file. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    const pattern = cleanPattern(line);
    if (pattern === '') continue;
    out.push({ pattern, exclusion, regexp: globToRegExp(pattern) });
  }
  return out;
}

/** True when `path` (relative, `/`-separated) or one of its parent folders matches the pattern. */
function matches(p: IgnorePattern, path: string): boolean {
  if (p.regexp.test(path)) return true;
  let i = path.indexOf('/');
  while (i !== -1) {
    if (p.regexp.test(path.slice(0, i))) return true;
    i = path.indexOf('/', i + 1);
  }
  return false;
}

/** Whether a context path is excluded by the patterns (the last matching pattern decides). */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  let ignored = false;
  for (const p of patterns) if (matches(p, path)) ignored = !p.exclusion;
  return ignored;
}
