/**
 * The default SimCatalog: `lib/catalog` behind a small cache (resolving the same reference twice
 * returns the same object, which keeps repeated simulations fast).
 */
import { neutralImageEstimate, resolveImage } from '../../catalog/index';
import type { Figure, ImageResolution, PackageFigure } from '../../catalog/types';
import type { ArtifactFigure, GoProgramClass, SimCatalog } from './catalog-port';

const resolved = new Map<string, ImageResolution>();
const estimates = new Map<string, Figure>();

function cachedResolve(ref: string): ImageResolution {
  const hit = resolved.get(ref);
  if (hit) return hit;
  const r = resolveImage(ref);
  if (resolved.size > 1000) resolved.clear();
  resolved.set(ref, r);
  return r;
}

const NO_FIGURE: Figure = { value: null, source: 'not in the catalog', asOf: null, confidence: 'low' };

/** The catalog the simulation uses unless told otherwise. */
export const defaultCatalog: SimCatalog = {
  resolveImage: cachedResolve,
  unknownImageEstimate(ref: string): Figure {
    const hit = estimates.get(ref);
    if (hit) return hit;
    const fig = neutralImageEstimate(ref).figure;
    if (estimates.size > 1000) estimates.clear();
    estimates.set(ref, fig);
    return fig;
  },
  findPackage(
    _manager: PackageFigure['manager'],
    _name: string,
    _release: string | null,
  ): PackageFigure | null {
    return null;
  },
  unknownPackageEstimate(): Figure {
    return NO_FIGURE;
  },
  aptLists(): Figure | null {
    return null;
  },
  apkIndex(): Figure | null {
    return null;
  },
  goBinary(_v: string, _p: GoProgramClass, _s: boolean, _c: boolean): ArtifactFigure | null {
    return null;
  },
  goBuildCache(): ArtifactFigure | null {
    return null;
  },
  artifact(): ArtifactFigure | null {
    return null;
  },
};
