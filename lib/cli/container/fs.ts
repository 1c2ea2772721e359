/**
 * A container's filesystem as its programs see it: the image's merged files (read-only), the
 * container's own writable layer on top (what `touch`, `mkdir`, `rm`, `cp` change and `docker diff`
 * lists), and the few paths the runtime always provides (/proc, /dev, /etc/hostname, …).
 *
 * Three-valued: a path is present, absent, or unknown. The simulator's image manifests are coarse —
 * a part of an image may be one summarised block ("the rest of the distribution") — and a path
 * inside such a block is unknown, never reported as missing and never given made-up contents.
 */
import type { FileKind, ManifestEntry } from '../../catalog/types';
import { imageView } from '../../build/run/lookup';
import { fogOver, fogWithin, type Fog } from '../../build/fs/presence';
import type { ReadonlyFsTree } from '../../build/fs/tree';
import { basename, entryRoot, normalizePath } from '../../build/fs/paths';
import type { SimulatedImage } from '../../build/types';

/** One file as a program sees it. */
export interface FsNode {
  path: string;
  kind: FileKind;
  /** Bytes, or null when the model does not know. */
  size: number | null;
  /** True when `size` is an estimate. */
  estimate: boolean;
  mode: number | null;
  target?: string;
  linkage?: 'static' | 'dynamic';
  interpreter?: string | null;
  shebang?: string;
  program?: string;
  /** Text contents when known; null when the file exists but its contents are not modelled. */
  content: string | null;
  /** Where it comes from: the image, the container's writable layer, or the runtime. */
  origin: 'image' | 'container' | 'runtime';
  note?: string;
}

/** What a lookup found. */
export type Stat =
  | { state: 'present'; node: FsNode }
  | { state: 'absent' }
  /**
   * Inside a part of the image the model summarises (`summarised`: a catalog image's bulk entry, which
   * only makes sizes add up) or an unknown region (fog): it may or may not be there.
   */
  | { state: 'unknown'; why: string; summarised?: boolean };

/** A write in the container's layer: a file or folder, or a deletion (a whiteout). */
export type LayerChange = { op: 'write'; node: FsNode } | { op: 'delete' };

/** A directory's contents as far as they are known. */
export interface Listing {
  entries: FsNode[];
  /** Set when part of the directory lies in a summarised block: more files may be there. */
  unknownRest: string | null;
}

/** Paths every container has whatever its image: the runtime mounts them (runc, moby's defaults). */
const RUNTIME_PATHS: Array<[string, FileKind]> = [
  ['/dev', 'dir'],
  ['/dev/null', 'regular'],
  ['/proc', 'dir'],
  ['/sys', 'dir'],
  ['/etc', 'dir'],
  ['/etc/hostname', 'regular'],
  ['/etc/hosts', 'regular'],
  ['/etc/resolv.conf', 'regular'],
  ['/.dockerenv', 'regular'],
];

function fromEntry(entry: ManifestEntry, path: string, content: string | null): FsNode {
  const bulk = entry.kind === 'bulk';
  return {
    path,
    kind: entry.kind,
    size: bulk || entry.sizeInBulk ? null : Math.max(0, entry.sizeBytes),
    estimate: entry.estimate === true || /estimate|nominal/.test(entry.note ?? ''),
    mode: entry.mode ?? null,
    target: entry.target,
    linkage: entry.linkage,
    interpreter: entry.interpreter,
    shebang: entry.shebang,
    program: entry.program,
    content,
    origin: 'image',
    note: entry.note,
  };
}

function dirNode(path: string, origin: FsNode['origin']): FsNode {
  return { path, kind: 'dir', size: 4096, estimate: false, mode: 0o755, content: null, origin };
}

/** What programs read and write: a container's filesystem, or one with another mounted in it. */
export interface FsView {
  readonly hostname: string;
  readonly readOnly: boolean;
  /** True when `path` lies in a tmpfs mount (`docker run --tmpfs`): writable by anyone, even on a read-only root. */
  inTmpfs(path: string): boolean;
  lstat(path: string): Stat;
  stat(path: string): Stat;
  list(dir: string): Listing;
  walk(dir: string): { nodes: FsNode[]; unknown: string[] };
  sizeUnder(path: string): { bytes: number | null; why: string | null };
  write(node: FsNode): void;
  remove(path: string): void;
}

/** The filesystem of one container: its image and its writable layer. */
export class ContainerFs implements FsView {
  readonly layer = new Map<string, LayerChange>();
  private readonly tree: ReadonlyFsTree;
  /** The image's unknown regions (lib/build/fs/presence): anything may be there. */
  private readonly fog: readonly Fog[];
  /** Paths with entries below them in the image (implicit folders). */
  private readonly dirs = new Set<string>();

  constructor(
    readonly image: SimulatedImage,
    /** The container's hostname (its short id): /etc/hostname's contents. */
    readonly hostname: string,
    public readOnly = false,
    /** Mount points of `--tmpfs` (mode 1777, empty, writable). */
    readonly tmpfs: readonly string[] = [],
  ) {
    const view = imageView(image);
    this.tree = view.tree;
    this.fog = view.fog;
    for (const key of this.tree.keys()) {
      let dir = key;
      while (dir.length > 1) {
        dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
        if (this.dirs.has(dir)) break;
        this.dirs.add(dir);
      }
    }
    this.dirs.add('/');
  }

  /**
   * Text the model knows for a file: what COPY brought from the build context. /etc/passwd and
   * /etc/group are the model's own bookkeeping of user names, not the files' real lines.
   */
  private knownText(path: string): string | null {
    if (path === '/etc/passwd' || path === '/etc/group') return null;
    return this.image.textFiles?.[path] ?? null;
  }

  private runtimeNode(path: string): FsNode | null {
    const hit = RUNTIME_PATHS.find(([p]) => p === path);
    if (!hit) return null;
    if (hit[1] === 'dir') return dirNode(path, 'runtime');
    const content =
      path === '/etc/hostname'
        ? `${this.hostname}\n`
        : path === '/dev/null' || path === '/.dockerenv'
          ? ''
          : null;
    return {
      path,
      kind: 'regular',
      size: content === null ? null : content.length,
      estimate: false,
      mode: 0o644,
      content,
      origin: 'runtime',
    };
  }

  inTmpfs(path: string): boolean {
    const p = normalizePath(path);
    return this.tmpfs.some((m) => p === m || p.startsWith(`${m}/`));
  }

  /** The bulk block `path` lies in, if any (its note says what it stands for). */
  private bulkAncestor(path: string): ManifestEntry | null {
    let dir = path;
    while (dir.length > 1) {
      dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
      const anc = this.tree.get(dir);
      if (anc) return anc.kind === 'bulk' ? anc : null;
    }
    return null;
  }

  /** Looks `path` up without following a final symlink (`lstat`). */
  lstat(path: string): Stat {
    const p = normalizePath(path);
    // The layer wins over the image, a deleted ancestor hides everything below.
    for (let dir = p; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
      const change = this.layer.get(dir);
      if (change?.op === 'delete') return { state: 'absent' };
      if (change?.op === 'write' && dir === p) return { state: 'present', node: change.node };
      if (dir === '/') break;
    }
    const entry = this.tree.get(p);
    if (entry) {
      if (entry.kind === 'bulk')
        return p === entryRoot(entry.path) && this.dirs.has(p)
          ? { state: 'present', node: dirNode(p, 'image') }
          : { state: 'present', node: dirNode(p, 'image') };
      return { state: 'present', node: fromEntry(entry, p, this.knownText(p)) };
    }
    const runtime = this.runtimeNode(p);
    if (runtime) return { state: 'present', node: runtime };
    if (this.dirs.has(p) || this.layerHasBelow(p)) return { state: 'present', node: dirNode(p, 'image') };
    const fog = fogOver(this.fog, p);
    if (fog) return { state: 'unknown', why: fog.reason };
    const bulk = this.bulkAncestor(p);
    if (bulk)
      return {
        state: 'unknown',
        why: `${bulk.path} is summarised in the model as one block (${bulk.note ?? 'its files are not listed'})`,
        summarised: true,
      };
    return { state: 'absent' };
  }

  private layerHasBelow(p: string): boolean {
    const prefix = p === '/' ? '/' : `${p}/`;
    for (const [key, change] of this.layer) if (change.op === 'write' && key.startsWith(prefix)) return true;
    return false;
  }

  /** Looks `path` up following symlinks (`stat`), up to 8 hops as the kernel's limit is far higher. */
  stat(path: string): Stat {
    let p = normalizePath(path);
    for (let hop = 0; hop < 8; hop++) {
      // Symlinks among the parents too: /bin → usr/bin on merged-/usr images.
      const parts = p.split('/').filter(Boolean);
      let resolved = '';
      let redirected = false;
      for (let i = 0; i < parts.length - 1; i++) {
        const next = `${resolved}/${parts[i]}`;
        const s = this.lstat(next);
        if (s.state === 'present' && s.node.kind === 'symlink' && s.node.target) {
          const target = s.node.target.startsWith('/')
            ? s.node.target
            : `${resolved || '/'}/${s.node.target}`;
          p = normalizePath(`${target}/${parts.slice(i + 1).join('/')}`);
          redirected = true;
          break;
        }
        resolved = next;
      }
      if (redirected) continue;
      const s = this.lstat(p);
      if (s.state !== 'present' || s.node.kind !== 'symlink' || !s.node.target) return s;
      const dir = p.slice(0, p.lastIndexOf('/')) || '/';
      p = normalizePath(s.node.target, dir);
    }
    return { state: 'absent' };
  }

  /** A directory's entries (image, layer and runtime), sorted by name. */
  list(dir: string): Listing {
    const d = normalizePath(dir);
    const prefix = d === '/' ? '/' : `${d}/`;
    const names = new Map<string, FsNode>();
    const add = (key: string) => {
      if (!key.startsWith(prefix) || key === d) return;
      const name = key.slice(prefix.length).split('/')[0];
      if (!name || names.has(name)) return;
      const s = this.lstat(prefix + name);
      if (s.state === 'present') names.set(name, s.node);
    };
    for (const key of this.tree.keys()) add(key);
    for (const [p] of RUNTIME_PATHS) add(p);
    for (const key of this.layer.keys()) add(key);
    let unknownRest: string | null = null;
    const inside = this.bulkAncestor(`${prefix}x`);
    const own = this.tree.get(d);
    const bulk = own?.kind === 'bulk' ? own : inside;
    if (bulk) unknownRest = `${bulk.path}: ${bulk.note ?? 'its files are summarised, not listed'}`;
    const fog = fogWithin(this.fog, d);
    if (fog) unknownRest = fog.reason;
    // BusyBox's applets are links the image's BusyBox install made; the catalog names only some.
    const busybox = [...names.values()].find(
      (n) =>
        n.origin === 'image' &&
        (basename(n.path) === 'busybox' || (n.kind === 'symlink' && basename(n.target ?? '') === 'busybox')),
    );
    if (!unknownRest && busybox)
      unknownRest = 'BusyBox’s applets are links to it, and the catalog names only some of them';
    return {
      entries: [...names.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      unknownRest,
    };
  }

  /** Every present node at or below `dir` (for `find` and `du`), with the unknown blocks met. */
  walk(dir: string): { nodes: FsNode[]; unknown: string[] } {
    const nodes: FsNode[] = [];
    const unknown: string[] = [];
    const visit = (path: string, depth: number) => {
      const s = this.lstat(path);
      if (s.state !== 'present' || depth > 40) return;
      nodes.push(s.node);
      if (s.node.kind !== 'dir') return;
      const listing = this.list(path);
      if (listing.unknownRest && !unknown.includes(listing.unknownRest)) unknown.push(listing.unknownRest);
      for (const child of listing.entries) visit(child.path, depth + 1);
    };
    visit(normalizePath(dir), 0);
    return { nodes, unknown };
  }

  /**
   * Bytes at or below `path` (`du`): the image's entries, summarised blocks included, and the
   * layer's files. Null when `path` lies inside a summarised block, whose share is not known.
   */
  sizeUnder(path: string): { bytes: number | null; why: string | null } {
    const p = normalizePath(path);
    const bulk = this.bulkAncestor(p);
    if (bulk && !this.tree.has(p))
      return { bytes: null, why: `it lies in ${bulk.path}, which the model sizes only as a whole` };
    const prefix = p === '/' ? '/' : `${p}/`;
    let bytes = 0;
    let blocks = 0;
    const deleted = [...this.layer].filter(([, c]) => c.op === 'delete').map(([k]) => k);
    const gone = (key: string) => deleted.some((d) => key === d || key.startsWith(`${d}/`));
    for (const [key, entry] of this.tree) {
      if ((key === p || key.startsWith(prefix)) && !gone(key) && !this.layer.has(key)) {
        bytes += Math.max(0, entry.sizeBytes || 0);
        if (entry.kind === 'bulk') blocks++;
      }
    }
    for (const [key, change] of this.layer)
      if (change.op === 'write' && (key === p || key.startsWith(prefix))) bytes += change.node.size ?? 0;
    return {
      bytes,
      why:
        blocks > 0
          ? `it includes ${blocks} summarised block${blocks === 1 ? '' : 's'} sized as a whole`
          : null,
    };
  }

  /** Writes a file or folder into the container's layer. */
  write(node: FsNode): void {
    this.layer.set(node.path, { op: 'write', node: { ...node, origin: 'container' } });
  }

  /** Deletes a path (and, for a folder, what is below it) in the container's layer. */
  remove(path: string): void {
    const p = normalizePath(path);
    for (const key of [...this.layer.keys()]) if (key.startsWith(`${p}/`)) this.layer.delete(key);
    const inImage = this.tree.has(p) || this.dirs.has(p);
    if (inImage) this.layer.set(p, { op: 'delete' });
    else this.layer.delete(p);
  }

  /**
   * `docker diff`: A (added), C (changed: a folder whose contents changed, or a replaced file) and
   * D (deleted), sorted by path as Docker prints them.
   */
  diff(): Array<{ kind: 'A' | 'C' | 'D'; path: string }> {
    const out = new Map<string, 'A' | 'C' | 'D'>();
    for (const [path, change] of this.layer) {
      const inImage = this.tree.has(path) || this.dirs.has(path);
      out.set(path, change.op === 'delete' ? 'D' : inImage ? 'C' : 'A');
      for (
        let dir = path.slice(0, path.lastIndexOf('/')) || '/';
        dir !== '/';
        dir = dir.slice(0, dir.lastIndexOf('/')) || '/'
      ) {
        if (!out.has(dir)) out.set(dir, this.tree.has(dir) || this.dirs.has(dir) ? 'C' : 'A');
      }
    }
    return [...out].map(([path, kind]) => ({ kind, path })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }
}

/**
 * A filesystem with another one reachable below `prefix`: a process sharing a container's PID
 * namespace (`--pid=container:NAME`) sees that container's root at /proc/1/root.
 */
export class MountedFs implements FsView {
  constructor(
    private readonly base: FsView,
    private readonly prefix: string,
    private readonly mounted: FsView,
  ) {}

  get hostname(): string {
    return this.base.hostname;
  }

  get readOnly(): boolean {
    return this.base.readOnly;
  }

  inTmpfs(path: string): boolean {
    const r = this.route(path);
    return r.fs.inTmpfs(r.inner);
  }

  private route(path: string): { fs: FsView; inner: string; outer: (p: string) => string } {
    const p = normalizePath(path);
    if (p === this.prefix || p.startsWith(`${this.prefix}/`)) {
      const inner = p.slice(this.prefix.length) || '/';
      return { fs: this.mounted, inner, outer: (q) => (q === '/' ? this.prefix : `${this.prefix}${q}`) };
    }
    return { fs: this.base, inner: p, outer: (q) => q };
  }

  private rebase(node: FsNode, outer: (p: string) => string): FsNode {
    return { ...node, path: outer(node.path) };
  }

  private ancestorOfMount(path: string): Stat | null {
    const p = normalizePath(path);
    return this.prefix.startsWith(`${p === '/' ? '' : p}/`)
      ? { state: 'present', node: dirNode(p, 'runtime') }
      : null;
  }

  lstat(path: string): Stat {
    const above = this.ancestorOfMount(path);
    if (above && this.base.lstat(path).state !== 'present') return above;
    const r = this.route(path);
    const s = r.fs.lstat(r.inner);
    return s.state === 'present' ? { state: 'present', node: this.rebase(s.node, r.outer) } : s;
  }

  stat(path: string): Stat {
    const above = this.ancestorOfMount(path);
    if (above && this.base.stat(path).state !== 'present') return above;
    const r = this.route(path);
    // Absolute links inside the mounted root resolve inside it, as they do through /proc/1/root.
    const s = r.fs.stat(r.inner);
    return s.state === 'present' ? { state: 'present', node: this.rebase(s.node, r.outer) } : s;
  }

  list(dir: string): Listing {
    const r = this.route(dir);
    const l = r.fs.list(r.inner);
    const entries = l.entries.map((e) => this.rebase(e, r.outer));
    const d = normalizePath(dir);
    const head = d === '/' ? '/' : `${d}/`;
    if (r.fs === this.base && this.prefix.startsWith(head)) {
      const child = head + this.prefix.slice(head.length).split('/')[0];
      if (!entries.some((e) => e.path === child)) entries.push(dirNode(child, 'runtime'));
    }
    return { entries, unknownRest: l.unknownRest };
  }

  walk(dir: string): { nodes: FsNode[]; unknown: string[] } {
    const r = this.route(dir);
    const w = r.fs.walk(r.inner);
    return { nodes: w.nodes.map((n) => this.rebase(n, r.outer)), unknown: w.unknown };
  }

  sizeUnder(path: string): { bytes: number | null; why: string | null } {
    const r = this.route(path);
    return r.fs.sizeUnder(r.inner);
  }

  write(node: FsNode): void {
    const r = this.route(node.path);
    r.fs.write({ ...node, path: r.inner });
  }

  remove(path: string): void {
    const r = this.route(path);
    r.fs.remove(r.inner);
  }
}
