/**
 * Three-valued presence: every path of a stage or image is present, absent or unknown. Unknown
 * regions ("fog") are written where the model cannot follow what happened: a base image the catalog
 * does not know, a command that is not modelled, an archive extracted, a package the catalog lacks.
 * Known entries win over fog (a file copied in after an unknown step is present); a path that no
 * entry covers is absent unless fog covers it, and then it is unknown, with the fog's reason.
 *
 * The shape follows browser-compat-data's three-valued `version_added` (a value, `false`, or `null`
 * for "entirely unknown"; schemas/compat-data-schema.md).
 */
import type { ManifestEntry } from '../../catalog/types';
import { isUnder } from './paths';
import { lookupPath, type ReadonlyFsTree, someUnder } from './tree';

/** Whether a path is there: known to be, known not to be, or not knowable by the model. */
export type Presence = 'present' | 'absent' | 'unknown';

/** An unknown region: anything may be at or below `path`, for `reason` (a sentence). */
export interface Fog {
  path: string;
  reason: string;
  /**
   * True when only which files the region holds is unknown, not its bytes: a catalogued package
   * whose size is measured but whose file list names only some of its programs. Such a region makes
   * a path unknown but leaves the layer's size exact.
   */
  sizeKnown?: boolean;
  /** Folders inside the region that are known all the same (an image's emptied apt lists). */
  except?: readonly string[];
}

/** True when `f` makes `path` unknown: the path is in the region and in none of its known holes. */
export function fogCovers(f: Fog, path: string): boolean {
  return isUnder(path, f.path) && !(f.except && f.except.some((e) => isUnder(path, e)));
}

/** The answer to "is this path there?". */
export interface Probe {
  presence: Presence;
  /** The path asked about (normalised, before symlinks). */
  path: string;
  /** The entry found, when present (a directory that only exists implicitly gets a synthetic `dir`). */
  entry?: ManifestEntry;
  /** True when the path is only known to exist because a summarised (bulk) folder covers it. */
  viaBulk?: boolean;
  /** Why the answer is what it is, in a sentence (for absent and unknown: what to tell the learner). */
  because: string;
  /**
   * For a PATH search left unknown: the candidate path in the unknown region and why that region is
   * unknown (`because` then says it in one sentence).
   */
  onPath?: { candidate: string; why: string };
}

/** A filesystem as the model sees it: the merged entries and the unknown regions over them. */
export interface FsView {
  tree: ReadonlyFsTree;
  fog: readonly Fog[];
}

/** The fog region covering `path` (the innermost one), or null. */
export function fogOver(fog: readonly Fog[], path: string): Fog | null {
  let best: Fog | null = null;
  for (const f of fog) if (fogCovers(f, path) && (!best || f.path.length > best.path.length)) best = f;
  return best;
}

/** True when some fog region lies at or below `path` (a directory's contents are then not all known). */
export function fogWithin(fog: readonly Fog[], path: string): Fog | null {
  for (const f of fog) if (isUnder(f.path, path) || fogCovers(f, path)) return f;
  return null;
}

/** Add a region unless one already covers it; regions it covers are folded into it. */
export function addFog(fog: Fog[], region: Fog): void {
  const over = fogOver(fog, region.path);
  // A region of unknown size is not hidden by one whose size is known.
  if (over && (!over.sizeKnown || region.sizeKnown)) return;
  for (let i = fog.length - 1; i >= 0; i--) if (isUnder(fog[i].path, region.path)) fog.splice(i, 1);
  fog.push(region);
}

/** A probe that says present. */
export function present(path: string, entry: ManifestEntry, viaBulk = false): Probe {
  return { presence: 'present', path, entry, viaBulk, because: `${path} is in the image.` };
}

/** A probe that says absent. */
export function absent(path: string, because = `${path} is not in the image.`): Probe {
  return { presence: 'absent', path, because };
}

/** The probe for a path nothing known covers: unknown under fog, else absent. */
export function missing(fog: readonly Fog[], path: string): Probe {
  const f = fogOver(fog, path);
  return f ? { presence: 'unknown', path, because: f.reason } : absent(path);
}

/**
 * Is `path` there? `implicitDirs` (default true) also answers present for a folder that only exists
 * because entries live below it (a scan of the tree).
 */
export function probePath(view: FsView, path: string, implicitDirs = true): Probe {
  const hit = lookupPath(view.tree, path);
  if (hit) return present(path, hit.entry, hit.viaBulk);
  if (implicitDirs) {
    const prefix = path === '/' ? '/' : `${path}/`;
    if (someUnder(view.tree, path, (key) => key.startsWith(prefix)))
      return present(path, { path, kind: 'dir', sizeBytes: 0 });
  }
  return missing(view.fog, path);
}
