/**
 * The default SimCatalog: `lib/catalog` behind its bounded memos (the same reference or package
 * resolves to the same object, which keeps repeated simulations fast).
 */
import {
  EXPRESS_NODE_MODULES,
  goBinarySize,
  goBuildCacheSize,
  PYTHON_VENV_BASELINE,
  SPRING_BOOT_FAT_JAR,
} from '../../catalog/artifacts';
import { BoundedMemo, resolveImageCached } from '../../catalog/cache';
import { neutralImageEstimate } from '../../catalog/estimate';
import { catalogGeneration } from '../../catalog/generation';
import { npmPackageSize } from '../../catalog/npm';
import { findAptLists, findPackage } from '../../catalog/packages';
import type { Figure, PackageFigure } from '../../catalog/types';
import type { ArtifactFigure, GoProgramClass, SimCatalog } from './catalog-port';

const LIMIT = 2000;
const estimates = new BoundedMemo<Figure>(LIMIT);
const ranges = new BoundedMemo<{ low: number; high: number } | null>(LIMIT);
const packages = new BoundedMemo<PackageFigure | null>(LIMIT);
let filledAt = catalogGeneration();

/** The memos, emptied when catalog data was registered since they were filled (their figures change). */
function memos() {
  if (catalogGeneration() !== filledAt) {
    for (const memo of [estimates, ranges, packages]) memo.clear();
    filledAt = catalogGeneration();
  }
  return { estimates, ranges, packages };
}

function unknownFigure(what: string): Figure {
  return {
    value: null,
    source: `${what}: no figure in the catalog, and no public source for one was found`,
    asOf: null,
    confidence: 'low',
  };
}

const ARTIFACTS: Record<string, () => ArtifactFigure | null> = {
  'spring-boot-jar': () => ({ figure: SPRING_BOOT_FAT_JAR, description: 'Spring Boot web fat jar' }),
  'python-venv-base': () => ({
    figure: PYTHON_VENV_BASELINE,
    description: 'site-packages of a fresh venv (pip + setuptools)',
  }),
  'node-modules-express': () => ({
    figure: EXPRESS_NODE_MODULES,
    description: 'node_modules of npm install express',
  }),
};

/** The catalog the simulation uses unless told otherwise. */
export const defaultCatalog: SimCatalog = {
  resolveImage: resolveImageCached,
  unknownImageEstimate: (ref) => memos().estimates.get(ref, () => neutralImageEstimate(ref).figure),
  unknownImageRange: (ref) => memos().ranges.get(ref, () => neutralImageEstimate(ref).range),
  findPackage: (manager, name, release) =>
    memos().packages.get(`${manager}\u0000${name}\u0000${release ?? ''}`, () =>
      findPackage(manager, name, release),
    ),
  npmPackage: npmPackageSize,
  unknownPackageEstimate: (manager) => unknownFigure(`an unknown ${manager} package`),
  aptLists: (release) => findAptLists(release)?.size ?? null,
  apkIndex: () => null,
  goBinary(
    goVersion: string,
    program: GoProgramClass,
    stripped: boolean,
    cgo: boolean,
  ): ArtifactFigure | null {
    const fig = goBinarySize({ goVersion, program, stripped, cgo });
    const same =
      fig.measuredVersion.split('.').slice(0, 2).join('.') === goVersion.split('.').slice(0, 2).join('.');
    return {
      figure: fig.size,
      description: fig.explanation,
      substitutedVersion: same ? null : fig.measuredVersion,
    };
  },
  goBuildCache(goVersion: string, program: GoProgramClass): ArtifactFigure | null {
    const fig = goBuildCacheSize(goVersion, program);
    return { figure: fig.size, description: fig.explanation };
  },
  artifact: (id) => ARTIFACTS[id]?.() ?? null,
};
