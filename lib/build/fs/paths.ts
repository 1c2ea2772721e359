/**
 * Path helpers for the virtual filesystem: absolute, `/`-separated, normalised paths.
 */

const CLEAN_NEEDED = /\/\/|\/\.\.?(\/|$)|.\/$/;

/**
 * Normalise a path against a working directory: resolves `.`/`..`, duplicate slashes and a
 * trailing slash. `~` is left alone (the shell expands it before we see it, see effects).
 */
export function normalizePath(path: string, cwd = '/'): string {
  // Fast path: already absolute and clean.
  if (path.charCodeAt(0) === 47 && !CLEAN_NEEDED.test(path)) return path;
  const raw = path.startsWith('/') ? path : `${cwd.endsWith('/') ? cwd : `${cwd}/`}${path}`;
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The path a manifest entry stands for: bulk entries may be written `/usr/lib/go/**`. */
export function entryRoot(path: string): string {
  let p = path;
  if (p.endsWith('/**')) p = p.slice(0, -3);
  else if (p.endsWith('/*')) p = p.slice(0, -2);
  return p === '' ? '/' : p;
}

/** True when `path` is `prefix` itself or lies below it. */
export function isUnder(path: string, prefix: string): boolean {
  if (prefix === '/') return true;
  // Compared in place: no `${prefix}/` string per call (tree scans call this once per entry).
  const n = prefix.length;
  return path.startsWith(prefix) && (path.length === n || path.charCodeAt(n) === 47);
}

/** Parent directory of a normalised path (`/` for top-level paths). */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Last component of a path. */
export function basename(path: string): string {
  const trimmed = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** True when a path segment pattern contains glob characters (`*`, `?`, `[`). */
export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

const globCache = new Map<string, RegExp>();

/**
 * Compile a glob (Go's filepath.Match syntax, as COPY and `.dockerignore` use it, plus `**` for any
 * number of directories) to a regular expression over whole paths.
 */
export function globToRegExp(pattern: string): RegExp {
  const cached = globCache.get(pattern);
  if (cached) return cached;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        let cls = pattern.slice(i + 1, end);
        if (cls.startsWith('^') || cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      i++;
      re += pattern[i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  let compiled: RegExp;
  try {
    compiled = new RegExp(`^${re}$`);
  } catch {
    compiled = /^$/;
  }
  if (globCache.size > 500) globCache.clear();
  globCache.set(pattern, compiled);
  return compiled;
}
