/**
 * The final image's filesystem as a tree with a size per folder, like `dive`. Built once per
 * simulation result by a pure function; the view renders only the folders a learner opens.
 */
import type { FileKind, ManifestEntry } from '@/lib/catalog/types';

/** One node of the tree. Children are sorted largest first, then by name. */
export interface FileTreeNode {
  /** Last path segment (`/` for the root). For a summary node: a label such as `9,000 more files`. */
  name: string;
  /** Absolute path, e.g. `/usr/lib/go-1.18`; summary nodes carry their folder's path plus `/…`. */
  path: string;
  /**
   * `dir` for folders (listed or implied by a path), `summary` for the files a bulk manifest entry
   * stands for (not listed one by one), otherwise the entry's own kind.
   */
  kind: Exclude<FileKind, 'bulk'> | 'summary';
  /** Bytes of this node and everything under it. */
  sizeBytes: number;
  /** Files at or under this node (a summary counts as the files it stands for; folders count 0). */
  fileCount: number;
  /** True when a summary under this node did not say how many files it stands for. */
  fileCountApprox: boolean;
  /** The manifest entry behind a file or summary, or null for an implied folder. */
  entry: ManifestEntry | null;
  children: FileTreeNode[];
}

interface Building {
  node: FileTreeNode;
  byName: Map<string, Building>;
  /** How many summary (bulk) children this folder has, to give each a distinct path. */
  summaries: number;
}

/** Split a path into its segments, ignoring empty and `.` segments and a trailing glob (`/**`). */
export function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .filter((s, i, all) => !(i === all.length - 1 && (s === '**' || s === '*')));
}

function newDir(name: string, path: string): Building {
  return {
    node: {
      name,
      path,
      kind: 'dir',
      sizeBytes: 0,
      fileCount: 0,
      fileCountApprox: false,
      entry: null,
      children: [],
    },
    byName: new Map(),
    summaries: 0,
  };
}

function childDir(parent: Building, name: string): Building {
  let child = parent.byName.get(name);
  if (!child || child.node.kind !== 'dir') {
    // A file in the way of a folder (an odd manifest) is replaced: the later path wins, as in a layer.
    const path = parent.node.path === '/' ? `/${name}` : `${parent.node.path}/${name}`;
    child = newDir(name, path);
    parent.byName.set(name, child);
  }
  return child;
}

function summaryLabel(entry: ManifestEntry): string {
  const n = entry.fileCount;
  if (typeof n === 'number' && n > 0) return `${n.toLocaleString('en-US')} files (summarised)`;
  return 'files (summarised, count unknown)';
}

/**
 * Build the tree of `files` (the merged filesystem of an image). Bulk entries become a folder with a
 * summary child labelled with the number of files it stands for; folder sizes add up everything under
 * them. Never throws: odd paths (relative, doubled slashes, trailing `/**`) are normalised.
 */
export function buildFileTree(files: readonly ManifestEntry[]): FileTreeNode {
  const root = newDir('/', '/');
  for (const entry of files) {
    const segments = pathSegments(entry.path ?? '');
    if (entry.kind === 'bulk') {
      let dir = root;
      for (const s of segments) dir = childDir(dir, s);
      const n = dir.summaries++;
      dir.byName.set(`\u0000summary:${n}`, {
        node: {
          name: summaryLabel(entry),
          path: `${dir.node.path === '/' ? '' : dir.node.path}/…${n > 0 ? n + 1 : ''}`,
          kind: 'summary',
          sizeBytes: safeSize(entry.sizeBytes),
          fileCount: typeof entry.fileCount === 'number' && entry.fileCount > 0 ? entry.fileCount : 1,
          fileCountApprox: !(typeof entry.fileCount === 'number' && entry.fileCount > 0),
          entry,
          children: [],
        },
        byName: new Map(),
        summaries: 0,
      });
      continue;
    }
    if (segments.length === 0) {
      root.node.sizeBytes += safeSize(entry.sizeBytes);
      continue;
    }
    let dir = root;
    for (const s of segments.slice(0, -1)) dir = childDir(dir, s);
    const name = segments[segments.length - 1];
    if (entry.kind === 'dir') {
      const d = childDir(dir, name);
      d.node.entry = entry;
      d.node.sizeBytes += safeSize(entry.sizeBytes);
      continue;
    }
    const existing = dir.byName.get(name);
    if (existing && existing.node.kind === 'dir' && existing.byName.size > 0) continue;
    dir.byName.set(name, {
      node: {
        name,
        path: dir.node.path === '/' ? `/${name}` : `${dir.node.path}/${name}`,
        kind: entry.kind,
        sizeBytes: safeSize(entry.sizeBytes),
        fileCount: 1,
        fileCountApprox: false,
        entry,
        children: [],
      },
      byName: new Map(),
      summaries: 0,
    });
  }
  return finish(root);
}

function safeSize(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function finish(b: Building): FileTreeNode {
  const node = b.node;
  if (b.byName.size === 0) return node;
  const children: FileTreeNode[] = [];
  let size = node.sizeBytes;
  let count = node.kind === 'dir' ? 0 : node.fileCount;
  let approx = node.fileCountApprox;
  for (const child of b.byName.values()) {
    const done = finish(child);
    children.push(done);
    size += done.sizeBytes;
    count += done.fileCount;
    approx = approx || done.fileCountApprox;
  }
  children.sort((a, c) => c.sizeBytes - a.sizeBytes || a.name.localeCompare(c.name));
  return { ...node, sizeBytes: size, fileCount: count, fileCountApprox: approx, children };
}

/** A node shown in the tree view, with its depth and place among its siblings (for aria-level etc.). */
export interface VisibleRow {
  node: FileTreeNode;
  /** 1 for the root's children. */
  level: number;
  /** 1-based position among siblings and the number of siblings. */
  posInSet: number;
  setSize: number;
  /** Path of the parent folder, or null for top-level rows. */
  parentPath: string | null;
}

/**
 * The rows a tree view shows: the root's children and, recursively, the children of every expanded
 * folder. Each folder shows at most `limitPerFolder` children (the rest behind a "show more").
 */
export function visibleRows(
  root: FileTreeNode,
  expanded: ReadonlySet<string>,
  limitPerFolder: (path: string) => number = () => Infinity,
): VisibleRow[] {
  const out: VisibleRow[] = [];
  const walk = (parent: FileTreeNode, level: number, parentPath: string | null) => {
    const limit = limitPerFolder(parent.path);
    const shown = parent.children.slice(0, limit);
    shown.forEach((node, i) => {
      out.push({ node, level, posInSet: i + 1, setSize: parent.children.length, parentPath });
      if (node.kind === 'dir' && expanded.has(node.path)) walk(node, level + 1, node.path);
    });
  };
  walk(root, 1, null);
  return out;
}

/** A row of the tree view: a node, or a "show more" row after a folder's first children. */
export type TreeRow =
  ({ type: 'node' } & VisibleRow) | { type: 'more'; parentPath: string; level: number; hidden: number };

/**
 * Like {@link visibleRows}, with a `more` row wherever a folder has more children than it shows.
 */
export function treeRows(
  root: FileTreeNode,
  expanded: ReadonlySet<string>,
  limitPerFolder: (path: string) => number = () => Infinity,
): TreeRow[] {
  const out: TreeRow[] = [];
  const walk = (parent: FileTreeNode, level: number, parentPath: string | null) => {
    const limit = limitPerFolder(parent.path);
    const shown = parent.children.slice(0, limit);
    shown.forEach((node, i) => {
      out.push({ type: 'node', node, level, posInSet: i + 1, setSize: parent.children.length, parentPath });
      if (node.kind === 'dir' && expanded.has(node.path)) walk(node, level + 1, node.path);
    });
    const hidden = parent.children.length - shown.length;
    if (hidden > 0) out.push({ type: 'more', parentPath: parent.path, level, hidden });
  };
  walk(root, 1, null);
  return out;
}
