/**
 * Finding a program inside a container the way `execve` and a shell find it: a name with a slash is
 * a path (from the working folder), a bare name is looked up on PATH. Three answers: found, absent
 * (Docker's "executable file not found in $PATH"), or unknown (the folder lies in a part of the
 * image the model only summarises).
 *
 * Two presumptions fill the gaps of the coarse manifests, each from a published rule:
 * - Debian and Ubuntu images carry the Essential packages (Debian Policy §3.8, "Essential packages":
 *   coreutils, findutils, debianutils, bash, dash, libc-bin, …), so their programs are on /usr/bin.
 * - A BusyBox binary provides its applets as links in its own folder (BusyBox `--install`; the
 *   busybox and Alpine images and distroless `:debug` ship those links).
 * - Distroless images (not `:debug`) have no shell and no programs besides the application and its
 *   runtime (GoogleContainerTools/distroless README: "They do not contain package managers, shells
 *   or any other programs you would expect to find in a standard Linux distribution."), so a name
 *   the manifest does not list is absent there.
 */
import { basename, normalizePath } from '../../build/fs/paths';
import type { FsNode, FsView } from './fs';

/** Programs both Debian's Essential set and BusyBox provide, as far as this terminal runs them. */
const CORE_PROGRAMS = [
  'sh',
  'ls',
  'cat',
  'head',
  'tail',
  'wc',
  'du',
  'stat',
  'readlink',
  'env',
  'id',
  'whoami',
  'pwd',
  'echo',
  'printf',
  'uname',
  'touch',
  'mkdir',
  'rm',
  'cp',
  'find',
  'which',
  'true',
  'false',
  'hostname',
];

/** Programs of the Debian Essential set that this terminal can run. */
export const DEBIAN_ESSENTIAL = new Set([...CORE_PROGRAMS, 'dash', 'bash', 'ldd', 'apt-get', 'apt']);

/** BusyBox applets this terminal can run (a subset of BusyBox's). */
export const BUSYBOX_APPLETS = new Set([...CORE_PROGRAMS, 'ash', 'wget']);

/** What the presumptions above need to know of an image. */
export type ImageFamily = 'apt' | 'distroless' | 'other';

/** A found program. */
export interface FoundProgram {
  state: 'found';
  /** The path it was found at (before links), e.g. /usr/bin/ls or /busybox/ls. */
  path: string;
  /** The file, or null when presumed (see the module's comment). */
  node: FsNode | null;
  /** The implementation: the applet or program name this terminal runs, or null when not modelled. */
  impl: string | null;
  /** `busybox` when BusyBox runs it (its messages differ from GNU's). */
  flavour: 'gnu' | 'busybox';
  /** Why it is presumed rather than listed, or null. */
  presumed: string | null;
}

export type Resolution = FoundProgram | { state: 'absent' } | { state: 'unknown'; why: string };

const IMPLEMENTED = new Set([...DEBIAN_ESSENTIAL, ...BUSYBOX_APPLETS, 'file', 'curl', 'apk']);

function implOf(name: string, target: FsNode): { impl: string | null; flavour: 'gnu' | 'busybox' } {
  const real = basename(target.path);
  if (real === 'busybox') return { impl: BUSYBOX_APPLETS.has(name) ? name : null, flavour: 'busybox' };
  const n = real === 'dash' ? 'sh' : real;
  return { impl: IMPLEMENTED.has(n) && target.kind !== 'script' ? n : null, flavour: 'gnu' };
}

function atPath(fs: FsView, path: string, name: string): Resolution {
  const s = fs.stat(path);
  if (s.state !== 'present') return s;
  if (s.node.kind === 'dir') return { state: 'absent' };
  return { state: 'found', path, node: s.node, presumed: null, ...implOf(name, s.node) };
}

/** Looks `name` up in `fs` with `pathVar` and the working folder `cwd`. */
export function resolveProgram(
  fs: FsView,
  name: string,
  pathVar: string | undefined,
  cwd: string,
  family: ImageFamily,
): Resolution {
  const aptFamily = family === 'apt';
  if (name === '') return { state: 'absent' };
  if (name.includes('/')) return atPath(fs, normalizePath(name, cwd), basename(name));
  let unknown: string | null = null;
  const dirs = (pathVar ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':');
  for (const dir of dirs) {
    if (!dir) continue;
    const r = atPath(fs, normalizePath(`${dir}/${name}`), name);
    if (r.state === 'found') return r;
    if (r.state === 'unknown') unknown ??= r.why;
  }
  for (const dir of dirs) {
    if (!dir || !BUSYBOX_APPLETS.has(name)) continue;
    const box = fs.stat(normalizePath(`${dir}/busybox`));
    if (box.state === 'present' && box.node.kind === 'elf')
      return {
        state: 'found',
        path: normalizePath(`${dir}/${name}`),
        node: null,
        impl: name,
        flavour: 'busybox',
        presumed: `BusyBox provides ${name} as a link beside ${dir}/busybox`,
      };
  }
  if (unknown !== null && aptFamily && DEBIAN_ESSENTIAL.has(name)) {
    return {
      state: 'found',
      path: name === 'sh' || name === 'bash' ? `/bin/${name}` : `/usr/bin/${name}`,
      node: null,
      impl: name === 'dash' ? 'sh' : name,
      flavour: 'gnu',
      presumed: `${name} belongs to an Essential package, which every Debian and Ubuntu image has (Debian Policy §3.8)`,
    };
  }
  if (unknown !== null && family === 'distroless') return { state: 'absent' };
  return unknown !== null ? { state: 'unknown', why: unknown } : { state: 'absent' };
}
