/**
 * What a vulnerability scanner sees in an image, computed from the simulated final image: the OS and
 * its packages (names from the catalog's sources, versions from Debian's package indexes), language
 * runtimes, and the Go version embedded in each Go binary (what `go version -m BINARY` prints). It
 * lists what a scanner would match against advisories; it never counts vulnerabilities, and whatever
 * the model does not know is marked unknown with the reason. Pure; never throws.
 */
import { debianIndexDate, debianPackageVersion } from '../catalog/debian';
import type { SimulatedImage } from './types';

/** One OS package. */
export interface InventoryPackage {
  name: string;
  /** null: unknown (the reason is in `versionNote`). */
  version: string | null;
  manager: 'dpkg' | 'apk' | 'rpm' | 'pip' | 'npm' | string;
  /** Where it comes from: the base image, or a RUN step that installed it. */
  origin: 'base image' | 'installed';
  versionNote?: string;
}

/** A language runtime the image carries. */
export interface InventoryRuntime {
  name: string;
  version: string;
  path: string;
}

/** A Go binary, as `go version -m` describes it. */
export interface InventoryGoBinary {
  path: string;
  /** The Go toolchain version compiled in, or null when unknown. */
  goVersion: string | null;
  /** GOOS/GOARCH it was built for, or null when unknown. */
  platform: string | null;
}

/** The inventory of one image. */
export interface ImageInventory {
  /** The OS as the base image describes it (`distroless static on Debian 13`), `none` for scratch, null unknown. */
  os: string | null;
  packages: InventoryPackage[];
  /**
   * Why the package list may be incomplete (an unknown base, a base whose packages the catalog does
   * not list); absent when it is complete as far as the model knows.
   */
  packagesUnknown?: string;
  runtimes: InventoryRuntime[];
  goBinaries: InventoryGoBinary[];
  /** Where versions come from, e.g. "Debian trixie package index of 2026-11-21". */
  sources: string[];
}

function packageVersion(
  name: string,
  manager: string,
  release: string | null,
): Pick<InventoryPackage, 'version' | 'versionNote'> {
  if (manager === 'dpkg' || manager === 'apt') {
    const version = debianPackageVersion(name, release);
    if (version) return { version };
    return {
      version: null,
      versionNote: release?.startsWith('debian:')
        ? `not in the loaded Debian ${release.slice(7)} index`
        : `no package index for ${release ?? 'this release'} in the catalog`,
    };
  }
  return { version: null, versionNote: `the catalog has no ${manager} package versions` };
}

/** The inventory of `image` (a final image from `simulate`). */
export function imageInventory(image: SimulatedImage): ImageInventory {
  const packages: InventoryPackage[] = [];
  const sources = new Set<string>();
  const reasons: string[] = [];
  let os: string | null = null;
  try {
    const base = image.base?.image ?? null;
    const release = base?.release ?? base?.osPackages?.release ?? null;
    if (image.base === null) os = 'none';
    else if (base) os = base.resolvedDescription;
    if (image.base && !base)
      reasons.push(
        `the base image ${image.base.input} ${image.base.pending ? 'has not been loaded' : 'is not in the catalog'}`,
      );
    const seen = new Set<string>();
    if (base?.osPackages) {
      sources.add(base.osPackages.source);
      for (const name of base.osPackages.names) {
        seen.add(name);
        packages.push({
          name,
          manager: base.osPackages.manager,
          origin: 'base image',
          ...(base.osPackages.versions?.[name]
            ? { version: base.osPackages.versions[name] }
            : packageVersion(name, base.osPackages.manager, base.osPackages.release)),
        });
      }
    } else if (base && base.packageManager !== 'none') {
      reasons.push(`the catalog does not list the packages of ${base.repository}:${base.tag}`);
    }
    for (const key of image.installedPackages ?? []) {
      const at = key.indexOf(':');
      const manager = at > 0 ? key.slice(0, at) : 'unknown';
      const name = at > 0 ? key.slice(at + 1) : key;
      if (seen.has(name)) continue;
      seen.add(name);
      packages.push({
        name,
        manager: manager === 'apt' ? 'dpkg' : manager,
        origin: 'installed',
        ...packageVersion(name, manager, release),
      });
    }
    for (const r of [base?.osPackages?.release ?? null, release]) {
      const date = r?.startsWith('debian:') ? debianIndexDate(r) : null;
      if (date) sources.add(`Debian ${r?.slice(7)} package index of ${date}`);
    }
    // Regions whose bytes are known (a catalogued base's unlisted folders, a package's unlisted files)
    // hold no packages of their own.
    if (image.fog && image.fog.some((f) => !f.sizeKnown))
      reasons.push('some RUN steps wrote files the model cannot follow (they may hold more packages)');
  } catch (error) {
    reasons.push(
      `the model could not read the image (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const goBinaries: InventoryGoBinary[] = [];
  for (const f of image.files ?? []) {
    if (f.kind !== 'elf' || (f.goVersion === undefined && !/^Go /.test(f.note ?? ''))) continue;
    goBinaries.push({ path: f.path, goVersion: f.goVersion ?? null, platform: f.platform ?? null });
  }
  goBinaries.sort((a, b) => a.path.localeCompare(b.path));
  return {
    os,
    packages,
    ...(reasons.length > 0 ? { packagesUnknown: reasons.join('; ') } : {}),
    runtimes: (image.facts?.runtimes ?? []).map((r) => ({ name: r.name, version: r.version, path: r.path })),
    goBinaries,
    sources: [...sources],
  };
}
