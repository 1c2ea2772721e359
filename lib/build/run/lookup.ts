/**
 * Finding the executable the way runc does: a name with a slash is a path (relative to WORKDIR); a
 * bare name is looked up on the image's PATH (Go's exec.LookPath).
 */
import type { ManifestEntry } from '../../catalog/types';
import type { SimulatedImage } from '../types';
import { normalizePath } from '../fs/paths';
import { type FsTree, isUnknownContents, lookupPath, treeFromEntries } from '../fs/tree';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const trees = new WeakMap<SimulatedImage, FsTree>();

/** The merged filesystem of an image, built once per image object. */
export function imageTree(image: SimulatedImage): FsTree {
  let tree = trees.get(image);
  if (!tree) {
    tree = treeFromEntries(image.files);
    trees.set(image, tree);
  }
  return tree;
}

/** A found executable. */
export interface Found {
  /** The path as found (before symlinks), e.g. /venv/bin/python. */
  path: string;
  entry: ManifestEntry;
  /** True when the file is only known to exist inside a summarised folder. */
  viaBulk: boolean;
}

/** Look up a command in the image. Null when absent. */
export function findCommand(image: SimulatedImage, name: string): Found | null {
  const tree = imageTree(image);
  if (name.includes('/')) {
    const path = normalizePath(name, image.config.workdir || '/');
    const hit = lookupPath(tree, path);
    return hit ? { path, entry: hit.entry, viaBulk: hit.viaBulk } : null;
  }
  const pathVar = image.config.env.PATH ?? DEFAULT_PATH;
  for (const dir of pathVar.split(':')) {
    if (!dir) continue;
    const path = normalizePath(`${dir}/${name}`);
    const hit = lookupPath(tree, path);
    if (hit && hit.entry.kind !== 'dir' && (!hit.viaBulk || isUnknownContents(hit.entry)))
      return { path, entry: hit.entry, viaBulk: hit.viaBulk };
  }
  return null;
}

/** True when a path exists in the image (file, folder, or inside a summarised folder). */
export function existsInImage(image: SimulatedImage, path: string): boolean {
  const tree = imageTree(image);
  if (lookupPath(tree, path)) return true;
  const prefix = `${path}/`;
  for (const key of tree.keys()) if (key.startsWith(prefix)) return true;
  return false;
}
