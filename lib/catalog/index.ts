/**
 * The catalog: researched figures about base images, packages and build artifacts, each with its source.
 */
export * from './types';
export { resolveImage, listCatalogImages, findCatalogImage, catalogTags } from './resolve';
export { parseImageReference } from './reference';
export { BoundedMemo, IMAGE_MEMO_LIMIT, parseReferenceCached, resolveImageCached } from './cache';
export type { ParsedReference, InvalidReference, ReferenceParse } from './reference';
export { neutralImageEstimate, imageKind } from './estimate';
export type { NeutralEstimate, ImageKind } from './estimate';
export { lookupManifestPath, manifestTotal } from './manifest';
export { MB, KIB, MIB, isKnown } from './figure';
export { findPackage, listPackages, findAptLists, normalizePackageName, normalizeRelease } from './packages';
export type { AptListsFigure, AptListsConfig } from './packages';
export {
  goBinarySize,
  goBuildCacheSize,
  goMinor,
  sitePackagesSize,
  SPRING_BOOT_FAT_JAR,
  EXPRESS_NODE_MODULES,
  PYTHON_VENV_BASELINE,
} from './artifacts';
export type { GoProgram, GoBinaryFigure, GoCacheFigure, SitePackagesFigure } from './artifacts';
export { DISTROLESS_NONROOT_UID } from './images/distroless';
export {
  aptInstall,
  debianPackageFigure,
  debianSuiteOf,
  DEBIAN_PACKAGE_SUITES,
  loadDebianPackages,
  registerDebianSuite,
  DEBIAN_PACKAGES_SOURCE_ID,
} from './debian';
export type { AptInstall, DebianSuiteData } from './debian';
export {
  APT_INSTALL,
  debianProgramSuitesOfDockerfile,
  debianSuitesOfBases,
  debianSuitesOfDockerfile,
  officialMoreNeededBy,
  officialMoreNeededByWords,
} from './debian-suites';
export { loadOfficialMore, registerOfficialMore } from './images/repo-info-data';
export { DEBIAN_PROGRAM_SUITES, loadDebianPrograms, registerDebianPrograms } from './images/debian-programs';
export { DISTROLESS_DEFAULT_DEBIAN, DISTROLESS_SOURCE_ID } from './images/distroless';
