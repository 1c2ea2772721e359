/**
 * What the simulation needs from the catalog, as one small interface. The default implementation
 * (`catalog-adapter.ts`) reads `lib/catalog`; tests may pass their own. Every figure keeps its
 * source, which becomes the layer's citation.
 */
import type { Figure, ImageResolution, PackageFigure } from '../../catalog/types';

/** Which Go program a build resembles, for the measured binary and cache sizes (FACTS §2c). */
export type GoProgramClass = 'hello' | 'calc' | 'web';

/** A figure for a build artifact, with a sentence saying what it measures. */
export interface ArtifactFigure {
  figure: Figure;
  /** e.g. "go1.18.1 calculator binary, unstripped, static". */
  description: string;
  /** When the figure is for a different version than asked (nearest known), the version it is for. */
  substitutedVersion?: string | null;
}

/** Catalog access used by the command models and FROM. All lookups return null when unknown. */
export interface SimCatalog {
  resolveImage(ref: string): ImageResolution;
  /** A neutral, low-confidence size for an image the catalog does not know. */
  unknownImageEstimate(ref: string): Figure;
  /** The range of sizes that estimate was taken from (null when nothing is known). */
  unknownImageRange(ref: string): { low: number; high: number } | null;
  findPackage(manager: PackageFigure['manager'], name: string, release: string | null): PackageFigure | null;
  /** A neutral, low-confidence size for an unknown package of this manager. */
  unknownPackageEstimate(manager: PackageFigure['manager']): Figure;
  /** Size of /var/lib/apt/lists after `apt-get update` on this release (e.g. `ubuntu:22.04`). */
  aptLists(release: string | null): Figure | null;
  /** Size of the apk index cache (`apk add` without `--no-cache`). */
  apkIndex(release: string | null): Figure | null;
  goBinary(
    goVersion: string,
    program: GoProgramClass,
    stripped: boolean,
    cgo: boolean,
  ): ArtifactFigure | null;
  goBuildCache(goVersion: string, program: GoProgramClass): ArtifactFigure | null;
  /**
   * The unpacked size of one exact npm package version (what a lock file pins), or null when unknown.
   * Optional: catalogs without it make `npm ci` fall back to its per-dependency figures.
   */
  npmPackage?(name: string, version: string): Figure | null;
  /** Other artifacts: `spring-boot-jar`, `maven-repository`, `python-venv-base`, `node-modules-express`, … */
  artifact(id: string): ArtifactFigure | null;
}
