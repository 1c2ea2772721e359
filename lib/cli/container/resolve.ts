/**
 * Finding a program inside a container the way `execve` and a shell find it, with the engine's own
 * lookup (lib/build/fs/which.ts, the one the `docker run` verdict uses), so the terminal and the verdict
 * always agree: a name with a slash is a path (from the working folder), a bare name is looked up on
 * PATH. Three answers: found, absent (Docker's "executable file not found in $PATH"), or unknown (the
 * folder lies in a part of the image the model cannot see).
 *
 * The catalog names the programs an image has: Debian and Ubuntu images carry the programs of Debian's
 * Essential packages from Debian's own file lists (lib/catalog/images/userland.ts), and distroless
 * images only their application and runtime. A name inside a summarised block (a catalog bulk entry,
 * which only makes sizes add up) is therefore not there, as the engine says. A BusyBox binary on PATH
 * provides its applets (lib/build/fs/busybox.ts); this terminal runs some of them, the others start
 * with their output not simulated.
 */
import { basename } from '../../build/fs/paths';
import { absent, type Probe } from '../../build/fs/presence';
import { which } from '../../build/fs/which';
import type { FsNode, FsView } from './fs';

/** Programs both Debian's Essential packages and BusyBox provide, as far as this terminal runs them. */
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

/** Programs this terminal runs as GNU and Debian build them (where the image has them). */
export const GNU_PROGRAMS = new Set([...CORE_PROGRAMS, 'dash', 'bash', 'ldd', 'apt-get', 'apt']);

/** BusyBox applets this terminal can run (a subset of BusyBox's). */
export const BUSYBOX_APPLETS = new Set([...CORE_PROGRAMS, 'ash', 'wget', 'ps']);

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

export type Resolution =
  | FoundProgram
  | { state: 'absent' }
  | { state: 'unknown'; why: string; onPath?: { candidate: string; why: string } };

const IMPLEMENTED = new Set([...GNU_PROGRAMS, ...BUSYBOX_APPLETS, 'file', 'curl', 'apk']);

const ESSENTIAL_SCRIPTS: Record<string, string> = { ldd: 'ldd', 'which.debianutils': 'which' };

function implOf(name: string, target: FsNode): { impl: string | null; flavour: 'gnu' | 'busybox' } {
  const real = basename(target.path);
  if (real === 'busybox') return { impl: BUSYBOX_APPLETS.has(name) ? name : null, flavour: 'busybox' };
  const n = real === 'dash' ? 'sh' : real;
  // Two Essential programs are scripts: glibc's ldd, and debianutils' which.debianutils (linked as
  // `which` by update-alternatives). Only the catalog's own copies run as them, not a script of that name.
  const script = ESSENTIAL_SCRIPTS[real];
  if (script && target.kind === 'script' && target.origin === 'image' && target.size === null)
    return { impl: script, flavour: 'gnu' };
  return { impl: IMPLEMENTED.has(n) && target.kind !== 'script' ? n : null, flavour: 'gnu' };
}

/** The engine's probe over a container's filesystem (its layer, mounts and runtime paths included). */
function probeOf(fs: FsView, nodes: Map<string, FsNode>): (path: string) => Probe {
  return (path) => {
    const s = fs.stat(path);
    if (s.state === 'absent') return absent(path);
    if (s.state === 'unknown')
      return s.summarised
        ? { presence: 'present', path, viaBulk: true, because: s.why }
        : { presence: 'unknown', path, because: s.why };
    nodes.set(path, s.node);
    const kind = s.node.kind === 'bulk' ? 'dir' : s.node.kind;
    return { presence: 'present', path, entry: { path, kind, sizeBytes: 0 }, because: '' };
  };
}

/** Looks `name` up in `fs` with `pathVar` and the working folder `cwd`. */
export function resolveProgram(
  fs: FsView,
  name: string,
  pathVar: string | undefined,
  cwd: string,
): Resolution {
  if (name === '') return { state: 'absent' };
  const nodes = new Map<string, FsNode>();
  const r = which(probeOf(fs, nodes), name, pathVar, cwd);
  if (r.presence === 'present') {
    const node = nodes.get(r.path);
    const target = r.entry?.kind === 'symlink' ? (r.entry.target ?? '') : '';
    if (!node && basename(target) === 'busybox')
      return {
        state: 'found',
        path: r.path,
        node: null,
        impl: BUSYBOX_APPLETS.has(name) ? name : null,
        flavour: 'busybox',
        presumed: r.because,
      };
    // A path given with a slash inside a summarised block: the model cannot tell.
    if (!node) return { state: 'unknown', why: r.because };
    if (node.kind === 'dir' || node.kind === 'bulk') return { state: 'absent' };
    return { state: 'found', path: r.path, node, presumed: null, ...implOf(basename(name), node) };
  }
  if (r.presence === 'unknown')
    return { state: 'unknown', why: r.because, ...(r.onPath ? { onPath: r.onPath } : {}) };
  return { state: 'absent' };
}
