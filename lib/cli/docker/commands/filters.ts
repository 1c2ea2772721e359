/**
 * `docker ps --filter`, as the daemon applies it (moby daemon/list.go): values of one key are
 * alternatives, different keys must all match; a `status` filter lists stopped containers too (as if
 * `-a` were given); `name` and `id` are regular expressions matched anywhere in the name (with its
 * leading `/`) and the full id; `exited` takes an exit code of a container that ran; `ancestor` an image
 * by name or id. Other keys (label, before, since, network, volume, health…) are not modelled.
 */
import type { Container } from '../../container/container';
import { globToRegExp } from '../../../build/fs/paths';
import { imageId } from '../image-id';
import { findImage } from '../session';
import type { DockerSession } from '../types';

/** The states the daemon accepts for `status=` (moby container.IsValidStateString). */
const STATES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

/** Filter keys the simulator applies. */
const APPLIED = ['status', 'name', 'id', 'exited', 'ancestor'];

export type PsFilter =
  | { kind: 'ok'; keep: (c: Container) => boolean; all: boolean }
  /** `message` is Docker's; `hint` says what the filter takes. */
  | { kind: 'error'; message: string; hint: string }
  | { kind: 'unmodelled' };

/** `name=value` pairs as docker/cli's filter option reads them (the key lower-cased). */
export function filterPairs(filters: readonly string[]): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  for (const f of filters) {
    const at = f.indexOf('=');
    if (at < 0) return null;
    out.push([f.slice(0, at).trim().toLowerCase(), f.slice(at + 1)]);
  }
  return out;
}

/** A regular expression as Go's regexp would take it; a pattern JavaScript cannot read matches as text. */
function matcher(pattern: string): (text: string) => boolean {
  try {
    const re = new RegExp(pattern);
    return (text) => re.test(text);
  } catch {
    return (text) => text.includes(pattern);
  }
}

/** The state `docker ps` shows for `c`. */
const stateOf = (c: Container) => (c.paused ? 'paused' : c.state);

/** docker/cli's answer to a filter without `=`. */
const BAD_FILTER = {
  kind: 'error' as const,
  message: 'bad format of filter (expected name=value)',
  hint: 'Write each filter as name=value, e.g. -f status=exited.',
};

/** Reads `--filter` values for `docker ps`. */
export function psFilter(session: DockerSession, filters: readonly string[]): PsFilter {
  const read = filterPairs(filters);
  if (!read) return BAD_FILTER;
  if (read.some(([k]) => !APPLIED.includes(k))) return { kind: 'unmodelled' };
  const byKey = new Map<string, string[]>();
  for (const [k, v] of read) byKey.set(k, [...(byKey.get(k) ?? []), v]);
  for (const v of byKey.get('status') ?? [])
    if (!STATES.includes(v))
      return {
        kind: 'error',
        message: `Error response from daemon: invalid filter 'status=${v}'`,
        hint: `status takes one of ${STATES.join(', ')}.`,
      };
  for (const v of byKey.get('exited') ?? [])
    if (!/^-?\d+$/.test(v))
      return {
        kind: 'error',
        message: `Error response from daemon: strconv.Atoi: parsing "${v}": invalid syntax`,
        hint: 'exited takes an exit code, a whole number such as exited=0.',
      };
  const ancestors = (byKey.get('ancestor') ?? []).map((ref) => findImage(session, ref)?.id ?? null);
  const tests: Array<(c: Container) => boolean> = [];
  const status = byKey.get('status');
  if (status) tests.push((c) => status.includes(stateOf(c)));
  const names = byKey.get('name')?.map(matcher);
  if (names) tests.push((c) => names.some((m) => m(`/${c.name}`)));
  const ids = byKey.get('id')?.map(matcher);
  if (ids) tests.push((c) => ids.some((m) => m(c.id)));
  const codes = byKey.get('exited')?.map(Number);
  if (codes)
    tests.push((c) => c.state === 'exited' && c.startedAt !== null && codes.includes(c.exitCode ?? NaN));
  if (byKey.has('ancestor')) tests.push((c) => ancestors.includes(imageId(c.image)));
  return { kind: 'ok', keep: (c) => tests.every((t) => t(c)), all: byKey.has('status') };
}

/**
 * `docker images --filter` (moby daemon/images/images.go): `dangling=true` lists the untagged images,
 * `dangling=false` the tagged ones; `reference=PATTERN` keeps the names matching a shell pattern (Go's
 * path.Match: `*` stops at `/`). Null when a key is one the simulator does not apply.
 */
export function imagesFilter(
  filters: readonly string[],
): typeof BAD_FILTER | { kind: 'ok'; dangling: boolean | null; references: RegExp[] } | null {
  const read = filterPairs(filters);
  if (!read) return BAD_FILTER;
  let dangling: boolean | null = null;
  const references: RegExp[] = [];
  for (const [key, value] of read) {
    if (key === 'dangling' && (value === 'true' || value === 'false')) dangling = value === 'true';
    else if (key === 'reference') references.push(globToRegExp(value));
    else return null;
  }
  return { kind: 'ok', dangling, references };
}
