/**
 * The one PATH lookup, as Go's exec.LookPath (runc) and a shell do it: a name with a slash is a path
 * (relative to the working directory); a bare name is tried in each PATH folder in order, and the
 * first regular file (or symlink to one) wins. Three-valued: a name may be on PATH, not on it, or
 * unknown when a folder on PATH lies in an unknown region.
 */
import { BUSYBOX_APPLET_NAMES } from './busybox';
import { normalizePath } from './paths';
import { absent, type Probe } from './presence';

/**
 * Docker's default PATH for Linux containers (moby `oci.DefaultPathEnv`; BuildKit
 * `system.DefaultPathEnvUnix`), kept once, beside the catalog's images that carry it.
 */
import { DEFAULT_PATH } from '../../catalog/images/userland';

export { DEFAULT_PATH };

/** A function answering "is this path there?" over some filesystem. */
export type ProbeFn = (path: string) => Probe;

/**
 * Find `name` on `pathVar` (DEFAULT_PATH when empty or undefined), relative names against `cwd`. A
 * file known only because a summarised folder covers it does not count as found (catalog bulk
 * entries only make sizes add up). When an earlier PATH folder is unknown and a later one has the
 * program, the answer is the later one: the program exists, though another might shadow it.
 */
export function which(probe: ProbeFn, name: string, pathVar?: string | null, cwd = '/'): Probe {
  if (name === '') return absent(name, 'An empty command name.');
  if (name.includes('/')) {
    const p = probe(normalizePath(name, cwd));
    if (p.presence === 'present' && p.entry?.kind === 'dir')
      return { ...p, because: `${p.path} is a folder, not a program.` };
    return p;
  }
  const dirs = pathVar || DEFAULT_PATH;
  let unknown: Probe | null = null;
  for (const dir of dirs.split(':')) {
    if (!dir) continue;
    const candidate = normalizePath(`${dir}/${name}`);
    const p = probe(candidate);
    if (p.presence === 'present' && p.entry && p.entry.kind !== 'dir' && !p.viaBulk) return p;
    if (p.presence === 'unknown' && !unknown) unknown = p;
  }
  // A BusyBox on PATH provides its applets as links in its own folder.
  if (BUSYBOX_APPLET_NAMES.has(name))
    for (const dir of dirs.split(':')) {
      if (!dir) continue;
      const box = probe(normalizePath(`${dir}/busybox`));
      if (box.presence === 'present' && box.entry?.kind === 'elf' && !box.viaBulk) {
        const path = normalizePath(`${dir}/${name}`);
        return {
          presence: 'present',
          path,
          entry: { path, kind: 'symlink', sizeBytes: 0, target: box.path },
          because: `BusyBox provides ${name} as a link beside ${box.path}.`,
        };
      }
    }
  if (unknown)
    return {
      presence: 'unknown',
      path: unknown.path,
      because: `whether ${name} is on PATH cannot be told (${unknown.path}): ${unknown.because}`,
      onPath: { candidate: unknown.path, why: unknown.because },
    };
  return absent(name, `${name} is not in any folder on PATH=${dirs}.`);
}
