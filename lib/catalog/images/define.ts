/**
 * Builders for catalog image entries: small file-entry constructors and `defineImage`, which completes the
 * manifest with a bulk entry so it adds up to the image's size (or to its labelled estimate).
 */
import { withBulk, type BulkSpec } from '../manifest';
import type { BaseImage, Figure, ManifestEntry } from '../types';

/** A nominal per-file size: the total comes from the facts, this only splits it. */
const NOMINAL = 'nominal size of a well-known file (estimate); the image total comes from the facts';

/** An executable ELF file. Dynamic ones name their loader. */
export function elf(
  path: string,
  sizeBytes: number,
  linkage: 'static' | 'dynamic',
  interpreter: string | null = null,
  extra: Partial<ManifestEntry> = {},
): ManifestEntry {
  return {
    path,
    kind: 'elf',
    sizeBytes,
    linkage,
    interpreter: linkage === 'dynamic' ? interpreter : null,
    mode: 0o755,
    estimate: true,
    note: NOMINAL,
    ...extra,
  };
}

/** A symbolic link (0 bytes in the sums). */
export function link(path: string, target: string): ManifestEntry {
  return { path, kind: 'symlink', sizeBytes: 0, target };
}

/** A regular file with a nominal size. */
export function file(path: string, sizeBytes: number, extra: Partial<ManifestEntry> = {}): ManifestEntry {
  return { path, kind: 'regular', sizeBytes, mode: 0o644, estimate: true, note: NOMINAL, ...extra };
}

/** A script with its `#!` interpreter. */
export function script(path: string, sizeBytes: number, shebang: string): ManifestEntry {
  return { path, kind: 'script', sizeBytes, shebang, mode: 0o755, estimate: true, note: NOMINAL };
}

/** A directory (0 bytes). */
export function dir(path: string, mode = 0o755): ManifestEntry {
  return { path, kind: 'dir', sizeBytes: 0, mode };
}

/** An image entry before its manifest is completed. */
export type ImageSpec = Omit<BaseImage, 'manifest' | 'estimate'> & {
  /** The paths that matter. */
  named: ManifestEntry[];
  /** The rest of the filesystem, sized so the manifest adds up. */
  bulk: BulkSpec;
  /** Required when `uncompressed.value` is null. */
  estimate?: Figure;
};

/**
 * Completes an image entry: the manifest adds up exactly to the uncompressed size when it is known, or to
 * the labelled estimate otherwise (the bulk entry is then flagged as an estimate).
 */
export function defineImage(spec: ImageSpec): BaseImage {
  const { named, bulk, estimate, ...rest } = spec;
  const known = rest.uncompressed.value;
  const total = known ?? estimate?.value ?? 0;
  const manifest = withBulk(named, total, bulk, known === null);
  const image: BaseImage = { ...rest, manifest };
  if (known === null && estimate) image.estimate = estimate;
  return image;
}
