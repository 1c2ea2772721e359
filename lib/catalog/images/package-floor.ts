/**
 * A floor under an image whose size is not published: its base's size plus what the Debian packages its
 * Dockerfiles install take, computed from the release's package index once that is loaded (the .NET
 * images: debian:bookworm-slim plus ICU, OpenSSL and, in the SDK, curl, git and wget).
 */
import { aptInstall, debianIndexDate, debianSuiteOf } from '../debian';
import type { BaseImage } from '../types';

/** `image` with its floor estimate raised by its `floorPackages`, when its release's index is loaded. */
export function withPackageFloor(image: BaseImage): BaseImage {
  const floor = image.estimate;
  const packages = image.floorPackages;
  if (!floor?.floor || floor.value === null || !packages || image.uncompressed.value !== null) return image;
  const release = image.debianBase ?? image.release ?? null;
  const suite = debianSuiteOf(release);
  const install = suite ? aptInstall(suite, packages.names, false) : null;
  if (!install || install.added.length === 0) return image;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  // The manifest adds up to the estimate: its remainder entry takes the packages' bytes too.
  const bulk = image.manifest.findIndex((e) => e.kind === 'bulk');
  const manifest =
    bulk === -1
      ? image.manifest
      : image.manifest.map((e, i) => (i === bulk ? { ...e, sizeBytes: e.sizeBytes + install.bytes } : e));
  return {
    ...image,
    manifest,
    estimate: {
      ...floor,
      value: floor.value + install.bytes,
      source:
        `${floor.source}, plus ${mb(install.bytes)} of Debian packages its Dockerfiles install (` +
        `${packages.names.join(', ')}: ${install.added.length} packages with their dependencies, Installed-Size ` +
        `from Debian's ${suite} index of ${debianIndexDate(release) ?? 'an unknown date'}; ${packages.source})`,
    },
  };
}
