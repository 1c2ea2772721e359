/**
 * `RUN --mount=...` values, parsed as BuildKit's `runmount.go` does: comma-separated `key=value`
 * fields (CSV quoting allowed), `type` defaulting to `bind`, `target`/`dst`/`destination` and
 * `source`/`src` aliases, and `from=` naming a stage or an image.
 */
import type { SourceRange } from '../diagnostics';
import type { Mount } from './types';

const TYPES = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);

/** Splits a CSV record (double quotes group, `""` inside quotes is a quote). */
function csvFields(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Parses one `--mount` value. Returns the mount and an error message when the type is not one
 * BuildKit knows (`unsupported mount type "x"`), else null.
 */
export function parseMount(value: string, range: SourceRange): { mount: Mount; error: string | null } {
  const options: Record<string, string> = {};
  for (const field of csvFields(value)) {
    const f = field.trim();
    if (f === '') continue;
    const eq = f.indexOf('=');
    const key = (eq < 0 ? f : f.slice(0, eq)).toLowerCase();
    options[key] = eq < 0 ? 'true' : f.slice(eq + 1);
  }
  const rawType = (options.type ?? 'bind').toLowerCase();
  const type = (TYPES.has(rawType) ? rawType : 'bind') as Mount['type'];
  const target = options.target ?? options.dst ?? options.destination ?? null;
  const source = options.source ?? options.src ?? null;
  const from = options.from ?? null;
  const error = TYPES.has(rawType) ? null : `unsupported mount type "${rawType}"`;
  return { mount: { type, target, from, source, options, range }, error };
}
