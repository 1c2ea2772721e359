/**
 * Finding the executable the way runc does (Go's exec.LookPath, through lib/build/fs/which.ts): a
 * name with a slash is a path (relative to WORKDIR); a bare name is looked up on the image's PATH.
 * Three-valued: an image with unknown regions may have a program the model cannot see.
 */
import type { SimulatedImage } from '../types';
import { type FsView, probePath, type Probe } from '../fs/presence';
import { treeFromEntries } from '../fs/tree';
import { which } from '../fs/which';

const views = new WeakMap<SimulatedImage, FsView>();

/** The merged filesystem of an image and its unknown regions, built once per image object. */
export function imageView(image: SimulatedImage): FsView {
  let view = views.get(image);
  if (!view) {
    view = { tree: treeFromEntries(image.files), fog: image.fog ?? [] };
    views.set(image, view);
  }
  return view;
}

/** Look up a command in the image: present (with its entry), absent, or unknown (with why). */
export function findCommand(image: SimulatedImage, name: string): Probe {
  const view = imageView(image);
  return which((p) => probePath(view, p, false), name, image.config.env.PATH, image.config.workdir || '/');
}

/** Is a path in the image (file, folder, or inside a summarised folder)? */
export function probeImage(image: SimulatedImage, path: string): Probe {
  return probePath(imageView(image), path);
}
