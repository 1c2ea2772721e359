'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SimulatedImage } from '@/lib/build/types';
import { buildFileTree, treeRows, type FileTreeNode, type TreeRow } from './file-tree';
import { readableSize } from '@/lib/build/format';
import { sharePercent } from './size-text';
import { layerColor } from './stage-colors';

/** Props of {@link FileTreeView}. */
export interface FileTreeViewProps {
  image: SimulatedImage;
  idPrefix: string;
}

/** How many children a folder shows before a "show more" row. */
const PAGE = 200;

type Row = TreeRow;

/** Which stage last wrote each path, from the image's layers (null: the base image). */
function pathOwners(image: SimulatedImage): Map<string, number | null> {
  const owners = new Map<string, number | null>();
  for (const layer of image.layers)
    for (const c of layer.changes) if (c.op === 'add') owners.set(c.entry.path, layer.stageIndex);
  return owners;
}

function filesText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'file' : 'files'}`;
}

function describe(node: FileTreeNode): string {
  if (node.kind === 'symlink') return `→ ${node.entry?.target ?? '?'}`;
  if (node.kind === 'elf')
    return node.entry?.linkage === 'dynamic' ? 'program (dynamically linked)' : 'program (static)';
  if (node.kind === 'script') return `script (${node.entry?.shebang ?? '#!'})`;
  if (node.kind === 'dir') return `${node.fileCountApprox ? 'at least ' : ''}${filesText(node.fileCount)}`;
  if (node.kind === 'summary') return 'not listed one by one';
  return '';
}

/**
 * The final image's files as a keyboard-navigable tree (WAI-ARIA tree: arrow keys move and open,
 * Home/End jump, Enter toggles), folders with their total size, largest first. The tree is built
 * once per image; only opened folders render, at most 200 children at a time.
 */
export function FileTreeView({ image, idPrefix }: FileTreeViewProps) {
  const tree = useMemo(() => buildFileTree(image.files), [image.files]);
  const owners = useMemo(() => pathOwners(image), [image]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const pendingFocus = useRef(false);

  const rows = useMemo(
    () => treeRows(tree, expanded, (p) => limits.get(p) ?? PAGE),
    [tree, expanded, limits],
  );

  const keyOf = (r: Row) => (r.type === 'node' ? r.node.path : `${r.parentPath}\u0000more`);
  const current = rows.findIndex((r) => keyOf(r) === focusKey);
  const active = current >= 0 ? current : 0;

  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const key = rows[active] ? keyOf(rows[active]) : null;
    if (key) refs.current.get(key)?.focus();
  });

  const moveTo = (i: number) => {
    const r = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (!r) return;
    pendingFocus.current = true;
    setFocusKey(keyOf(r));
  };
  const toggle = (path: string, open?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(path)) next.add(path);
      else next.delete(path);
      return next;
    });
  const showMore = (parentPath: string) =>
    setLimits((prev) => new Map(prev).set(parentPath, (prev.get(parentPath) ?? PAGE) + PAGE));

  const activate = (r: Row) => {
    if (r.type === 'more') showMore(r.parentPath);
    else if (r.node.kind === 'dir') toggle(r.node.path);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const r = rows[active];
    if (!r) return;
    const isDir = r.type === 'node' && r.node.kind === 'dir';
    const isOpen = isDir && r.type === 'node' && expanded.has(r.node.path);
    switch (e.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'ArrowRight':
        if (isDir && !isOpen && r.type === 'node') toggle(r.node.path, true);
        else if (isOpen) moveTo(active + 1);
        break;
      case 'ArrowLeft': {
        if (isOpen && r.type === 'node') toggle(r.node.path, false);
        else {
          const parent = r.type === 'node' ? r.parentPath : r.parentPath === '/' ? null : r.parentPath;
          const pi = parent ? rows.findIndex((x) => x.type === 'node' && x.node.path === parent) : -1;
          if (pi >= 0) moveTo(pi);
        }
        break;
      }
      case 'Enter':
      case ' ':
        activate(r);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  if (tree.children.length === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The image has no files (an empty scratch image).
      </p>
    );
  }

  return (
    <div>
      <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">
        {tree.fileCountApprox ? 'At least ' : ''}
        {filesText(tree.fileCount)}, {readableSize(tree.sizeBytes)}. Folders show the total of everything
        inside, largest first; colours mark the stage that wrote a file.
      </p>
      <ul
        role="tree"
        aria-label="Files of the final image"
        className="max-h-[32rem] overflow-auto rounded-md border border-zinc-200 py-1 font-mono text-xs dark:border-zinc-700"
        onKeyDown={onKeyDown}
        id={`${idPrefix}-file-tree`}
      >
        {rows.map((r, i) => {
          const key = keyOf(r);
          const common = {
            ref: (el: HTMLLIElement | null) => {
              if (el) refs.current.set(key, el);
              else refs.current.delete(key);
            },
            tabIndex: i === active ? 0 : -1,
            onFocus: () => setFocusKey(key),
            onClick: () => {
              setFocusKey(key);
              activate(r);
            },
            className:
              'flex cursor-default items-baseline gap-2 py-0.5 pr-2 hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800',
            style: { paddingLeft: `${0.5 + (r.level - 1) * 1.1}rem` },
          };
          if (r.type === 'more') {
            return (
              <li key={key} role="treeitem" aria-level={r.level} aria-selected={false} {...common}>
                <span className="text-accent-700 underline dark:text-accent-300">
                  Show {Math.min(PAGE, r.hidden).toLocaleString('en-US')} more (
                  {r.hidden.toLocaleString('en-US')} not shown)
                </span>
              </li>
            );
          }
          const { node, level, posInSet, setSize } = r;
          const isDir = node.kind === 'dir';
          const owner = node.entry ? owners.get(node.entry.path) : undefined;
          return (
            <li
              key={key}
              role="treeitem"
              aria-level={level}
              aria-posinset={posInSet}
              aria-setsize={setSize}
              aria-expanded={isDir ? expanded.has(node.path) : undefined}
              aria-selected={false}
              {...common}
            >
              <span aria-hidden="true" className="w-3 shrink-0 text-zinc-500">
                {isDir ? (expanded.has(node.path) ? '▾' : '▸') : ''}
              </span>
              <span
                aria-hidden="true"
                className="inline-block size-2 shrink-0 self-center rounded-sm"
                style={{ background: owner === undefined ? 'transparent' : layerColor(owner).solid }}
              />
              <span
                className={`min-w-0 flex-1 break-all ${node.kind === 'summary' ? 'italic text-zinc-700 dark:text-zinc-300' : ''}`}
              >
                {node.name}
                {isDir ? '/' : ''} <span className="text-zinc-600 dark:text-zinc-400">{describe(node)}</span>
              </span>
              <span className="shrink-0 tabular-nums">{readableSize(node.sizeBytes)}</span>
              <span className="w-14 shrink-0 text-right tabular-nums text-zinc-600 dark:text-zinc-400">
                {sharePercent(tree.sizeBytes > 0 ? node.sizeBytes / tree.sizeBytes : 0)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
