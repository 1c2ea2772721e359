/**
 * Which platforms a catalogued image is published for. Distroless images carry their architectures
 * (read from GoogleContainerTools/distroless by scripts/catalog/distroless.ts); for official images the
 * `Architectures:` lines of docker-library/official-images' library files are the source, kept below
 * for the tags the course builds on. Every catalog figure describes the linux/amd64 image, so that one
 * platform is always known; any other platform of an image not listed here is unknown.
 */
import { normalizePlatform } from '../dockerfile/platform';
import type { BaseImage } from './types';

/** Where a platform list comes from. */
export interface PlatformList {
  platforms: string[];
  source: string;
}

/** docker-library's architecture names → OCI platforms (docker-library/bashbrew, architecture/oci-platform.go). */
const BASHBREW: Readonly<Record<string, string>> = {
  amd64: 'linux/amd64',
  arm32v5: 'linux/arm/v5',
  arm32v6: 'linux/arm/v6',
  arm32v7: 'linux/arm/v7',
  arm64v8: 'linux/arm64',
  i386: 'linux/386',
  mips64le: 'linux/mips64le',
  ppc64le: 'linux/ppc64le',
  riscv64: 'linux/riscv64',
  s390x: 'linux/s390x',
};

const GOLANG_SOURCE =
  'docker-library/official-images library/golang @005af6d9 (Architectures of the 1.25 tags, read 2026-12)';

/** `repository:tag` → the docker-library architecture names of that tag. */
const OFFICIAL: Readonly<Record<string, { arches: string[]; source: string }>> = {
  'golang:1.25-bookworm': {
    arches: ['amd64', 'arm32v7', 'arm64v8', 'i386', 'mips64le', 'ppc64le', 's390x'],
    source: GOLANG_SOURCE,
  },
  'golang:1.25-alpine': {
    arches: ['amd64', 'arm32v6', 'arm32v7', 'arm64v8', 'i386', 'ppc64le', 'riscv64', 's390x'],
    source: GOLANG_SOURCE,
  },
};

/** The platforms `image` is published for, with the source; null when the catalog does not know. */
export function imagePlatforms(image: BaseImage): PlatformList | null {
  if (image.architectures && image.architectures.length > 0) {
    return {
      platforms: image.architectures.flatMap((a) => {
        // Distroless lists `amd64`, `arm`; repo-info pages `amd64`, `arm64/v8`, `arm/v7` (without the OS).
        const p = normalizePlatform(/^(linux|windows)\//.test(a) ? a : `linux/${a}`);
        return p ? [p] : [];
      }),
      source: `${image.source} (the image's architectures)`,
    };
  }
  const official = OFFICIAL[`${image.repository}:${image.tag}`];
  if (official)
    return {
      platforms: official.arches.flatMap((a) => (BASHBREW[a] ? [BASHBREW[a]] : [])),
      source: official.source,
    };
  return null;
}

/**
 * Whether `image` exists for `platform`: `yes`, `no` (the list is known and lacks it) or `unknown`.
 * linux/amd64 is always `yes`: the catalog's figures describe that image.
 */
export function publishedFor(image: BaseImage, platform: string): 'yes' | 'no' | 'unknown' {
  const wanted = normalizePlatform(platform);
  if (wanted === 'linux/amd64') return 'yes';
  const list = imagePlatforms(image);
  if (!list) return 'unknown';
  return wanted !== null && list.platforms.includes(wanted) ? 'yes' : 'no';
}
