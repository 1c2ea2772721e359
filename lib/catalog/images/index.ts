/**
 * Every base image the catalog knows, plus repository aliases (old or unsuffixed names that Docker
 * would pull under another name).
 */
import type { BaseImage } from '../types';
import { withEntrypointRule } from '../entrypoints';
import { distrolessImages, distrolessJava11Debian10, distrolessRepositoryAliases } from './distroless';
import { withDebianPrograms } from './debian-programs';
import { withPackageFloor } from './package-floor';
import { catalogGeneration } from '../generation';
import { dotnetImages } from './dotnet';
import { golangImages } from './golang';
import { temurinImages } from './java';
import { nodeImages } from './node';
import { maven, openjdkImages } from './openjdk-maven';
import { officialImages } from './official';
import { REPO_INFO_PAGES } from './repo-info-data';
import { alpine319, alpine320, alpine321, busybox, scratch } from './os';
import { pythonImages } from './python';
import { serverImages } from './servers';
import { ubuntuDebianImages } from './ubuntu-debian';

const HAND_CHECKED: readonly BaseImage[] = [
  alpine321,
  alpine320,
  alpine319,
  busybox,
  ...ubuntuDebianImages,
  ...golangImages,
  ...pythonImages,
  ...nodeImages,
  ...temurinImages,
  ...openjdkImages,
  maven,
  ...serverImages,
  ...dotnetImages,
  ...distrolessImages,
  distrolessJava11Debian10,
];

/**
 * A hand-checked entry whose size is unknown gives way to a generated repo-info page for the same tag:
 * one source of truth, and the known figure wins over the unknown one.
 */
function superseded(image: BaseImage): boolean {
  if (image.uncompressed.value !== null) return false;
  const pages = REPO_INFO_PAGES[image.repository] ?? {};
  return Object.entries(pages).some(
    ([tag, page]) => page.sizeBytes !== null && (tag === image.tag || page.aliases?.includes(image.tag)),
  );
}

let built: { generation: number; images: readonly BaseImage[] } | null = null;

/**
 * All catalog images except `scratch`, which is special (see `SCRATCH_IMAGE`): the hand-checked entries,
 * then tags read from docker-library/repo-info that those do not cover, rebuilt when more repositories
 * are registered (`loadOfficialMore`). Their manifests do not have the Debian release's programs yet:
 * `completeImage` adds them when an image is looked up.
 */
export function catalogImages(): readonly BaseImage[] {
  const generation = catalogGeneration();
  if (built?.generation !== generation) {
    // A page loaded since may supersede a hand-checked entry (nginx's), so both are rebuilt.
    const checked = HAND_CHECKED.filter((image) => !superseded(image));
    built = { generation, images: [...checked, ...officialImages(checked)] };
  }
  return built.images;
}

const completed = new WeakMap<BaseImage, { generation: number; image: BaseImage }>();

/**
 * A catalog image as the engine sees it: with its Debian release's programs when they are loaded (see
 * `withDebianPrograms`). The same object comes back until more catalog data is registered.
 */
export function completeImage(image: BaseImage): BaseImage {
  const generation = catalogGeneration();
  const hit = completed.get(image);
  if (hit && hit.generation === generation) return hit.image;
  const full = withPackageFloor(withEntrypointRule(withDebianPrograms(image)));
  completed.set(image, { generation, image: full });
  return full;
}

/** The empty base image of `FROM scratch`. */
export const SCRATCH_IMAGE: BaseImage = scratch;

/** A repository name that the catalog files under another repository. */
export interface RepositoryAlias {
  /** The catalog repository it maps to. */
  repository: string;
  /** Said in the resolution's explanation. */
  note: string;
  /** Lower confidence when the mapping is a judgement rather than a fact. */
  approximate?: boolean;
}

/** Repository aliases, keyed by the familiar repository name. */
export const REPOSITORY_ALIASES: Readonly<Record<string, RepositoryAlias>> = {
  ...distrolessRepositoryAliases(),
};
