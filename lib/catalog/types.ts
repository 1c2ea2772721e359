/**
 * Catalog types: researched figures about base images, packages and build artifacts, each with its
 * source. A figure that was not found is `null` (unknown) — never a made-up number; the simulator
 * then falls back to a labelled, low-confidence estimate.
 */
import type { RepoInfoPage } from './schema';

/** How sure a figure or an estimate is. `exact`: computed from real bytes (e.g. the build context). */
export type Confidence = 'exact' | 'high' | 'medium' | 'low';

/** A number with where it came from. `value` null means unknown. */
export interface Figure {
  value: number | null;
  /** Citation, e.g. "docker-library/repo-info repos/ubuntu/local/22.04.md @c577a25d" or "MEASURED (measured for this course)". */
  source: string;
  /** When the figure was true (ISO date or "~2024-05"), or null when not known. */
  asOf: string | null;
  confidence: Confidence;
  /** The entry on the Sources page (`/sources/#<sourceId>`) that cites this figure's source, when there is one. */
  sourceId?: string;
  /** True for an estimate that is a lower bound: the real figure is at least `value`. */
  floor?: boolean;
}

/**
 * An image its publisher no longer builds: it still pulls, but gets no more updates. Read from the
 * publisher's repository (the commit that removed it from the list of published images).
 */
export interface RetiredInfo {
  /** ISO date of the removing commit. */
  date: string;
  /** The upstream repository and the full commit hash that removed it, and that commit's subject. */
  repository: string;
  commit: string;
  subject: string;
  /** The image to move to (`repository:tag`), or null when there is none. */
  replacement: string | null;
  /** The publisher's stated end of life (e.g. "Jan 2026"), or null. */
  endOfLife: string | null;
}

export type PackageManager = 'apt' | 'apk' | 'dnf' | 'yum' | 'microdnf' | 'none';
export type LibcKind = 'glibc' | 'musl' | 'none';

/** What a file in an image is, as far as `docker run` cares. */
export type FileKind =
  | 'dir'
  | 'regular'
  | 'symlink'
  /** An executable ELF binary; `linkage` says whether it needs the loader and libc. */
  | 'elf'
  /** A script with a `#!` interpreter. */
  | 'script'
  | 'jar'
  /** Many files summarised as one entry so that sizes add up (e.g. "/usr/lib/go-1.18/** (9,000 files)"). */
  | 'bulk';

/** One path of a coarse filesystem manifest. */
export interface ManifestEntry {
  path: string;
  kind: FileKind;
  sizeBytes: number;
  /** For `bulk`: how many files it stands for (null when unknown). */
  fileCount?: number | null;
  /** For `elf`: static or dynamic (dynamic needs `interpreter`, e.g. /lib64/ld-linux-x86-64.so.2). */
  linkage?: 'static' | 'dynamic';
  interpreter?: string | null;
  /** For `symlink`: the target path. */
  target?: string;
  /** For `script`: the `#!` interpreter path. */
  shebang?: string;
  /** A program model this file runs as (see lib/build/run), e.g. `go-calculator`. */
  program?: string;
  /** Permission bits (e.g. 0o755); undefined when the catalog does not say (0644 files, 0755 folders). */
  mode?: number;
  /**
   * Why `mode` is not known (a build-context file whose mode the context does not give): `docker run`
   * of it is then "can't tell", neither a start nor Docker's permission error.
   */
  modeUnknown?: string;
  /** Owner uid and group gid; undefined means root (0), as image layers mostly are. */
  uid?: number;
  gid?: number;
  /** True when `sizeBytes` is a labelled estimate (a nominal size or a bulk remainder of an estimated total). */
  estimate?: boolean;
  /** True when the file's bytes are counted in the image's bulk entry: `sizeBytes` is 0, its own size unknown. */
  sizeInBulk?: boolean;
  /**
   * True when `sizeBytes` is only a lower bound: the entry holds at least that much and its full size
   * is unknown (a Maven repository holds at least the dependencies a fat jar packs).
   */
  atLeast?: boolean;
  /** Why this entry is here or how its size was obtained. */
  note?: string;
  /** For a compiled binary: the platform it was built for (`linux/arm64`), when the model knows it. */
  platform?: string;
  /** For a Go binary: the Go version embedded in it (what `go version -m` prints), when known. */
  goVersion?: string;
}

export interface Runtime {
  name: 'go' | 'python' | 'java' | 'node' | 'nginx' | 'mysql' | string;
  version: string;
  /** The executable, e.g. /usr/local/bin/python3.12 or /usr/bin/java. */
  path: string;
}

/** One base image at one tag, as the catalog knows it. */
export interface BaseImage {
  /** Repository without the docker.io/library/ prefix, e.g. `ubuntu`, `gcr.io/distroless/static-debian12`. */
  repository: string;
  /** The tag this entry describes, e.g. `22.04`. */
  tag: string;
  /** Other tags that resolve here (e.g. `jammy`, and `latest` as of `asOf`). */
  aliases: string[];
  /** Extra sentences for particular tags (the tag itself or an alias), said when a reference resolves through it. */
  aliasNotes?: Record<string, string>;
  /**
   * Tags the catalog maps here only approximately (e.g. `alpine:latest` means a newer release whose size is
   * not known); resolving through one gives low confidence.
   */
  approximateAliases?: string[];
  /** What the tag meant, e.g. "Ubuntu 22.04.5 LTS (jammy)". */
  resolvedDescription: string;
  /**
   * The distribution release its package manager installs from, as `findPackage` expects it
   * (`ubuntu:22.04`, `debian:bookworm`, `alpine:3.21`), or null when there is none or it is not known.
   */
  release?: string | null;
  uncompressed: Figure;
  compressed: Figure;
  /** The shell at /bin/sh (e.g. "dash", "busybox ash"), or null when the image has none. */
  shell: string | null;
  packageManager: PackageManager;
  libc: { kind: LibcKind; version: string | null };
  runtimes: Runtime[];
  /** Default user: `root` (uid 0), `nonroot` (65532), … */
  user: string;
  workdir: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: Record<string, string>;
  /** Paths that matter plus bulk entries; their sizes add up to `uncompressed.value` when known. */
  manifest: ManifestEntry[];
  source: string;
  asOf: string | null;
  notes?: string;
  /** The Sources page entry (`/sources/#<sourceId>`) for this image's configuration and contents. */
  sourceId?: string;
  /** An older tag tutorials still use, described by a page of its time (not what the tag names now). */
  olderTag?: boolean;
  /** Set when the publisher no longer builds this image. */
  retired?: RetiredInfo;
  /** Architectures the publisher builds (the tag suffixes, e.g. `amd64`), when known. */
  architectures?: string[];
  /**
   * Paths the model cannot know about in this image (`docker run`, `which` and `ls` then say "can't
   * tell" there instead of "absent"), each with why: e.g. the folder of a program the image's config
   * starts, when the catalog knows the program is on PATH but not where.
   */
  unknownRegions?: { path: string; reason: string; sizeKnown?: boolean }[];
  /**
   * The accounts the image's own build adds, read from its build history (`useradd`, `adduser`…), with
   * where they were read; `complete` is false when a command leaves an id to the system.
   */
  addedAccounts?: BuildAccounts & { source: string };
  /** The ports the image's configuration exposes (`80/tcp`), when its build history was read. */
  exposedPorts?: string[];
  /** The folders the image's configuration declares as volumes, when its build history was read. */
  volumes?: string[];
  /**
   * The OS packages the image is built from, when its source lists them: the package manager's
   * database kind, the names, and the release whose index gives their versions (`debian:trixie`).
   */
  /**
   * The base set of Debian packages an apt-based image starts from, as lib/catalog/data/debian-programs.json
   * names them (`buildpack-deps:trixie`, `buildpack-deps:bookworm-scm`); its programs are added to the
   * manifest. Absent: the release's minimal Debian (`debian:<suite>`).
   */
  debianBase?: string;
  osPackages?: {
    manager: 'dpkg' | 'apk' | 'rpm';
    names: string[];
    /** Each package's version as the image's own listing gives it, when it does. */
    versions?: Record<string, string>;
    release: string | null;
    source: string;
  };
  /**
   * When `uncompressed.value` is null: a labelled low-confidence estimate the simulator may use, with its
   * reasoning in `source`. The manifest then adds up to this estimate. Undefined when the size is known.
   */
  estimate?: Figure;
  /**
   * Debian packages the image's Dockerfiles are known to install on its Debian base: with the
   * release's package index loaded, their Installed-Size (dependencies included) is added to a floor
   * `estimate` (see `withPackageFloor`).
   */
  floorPackages?: { names: string[]; source: string };
}

/** The result of resolving an image reference against the catalog. */
export interface ImageResolution {
  /** The reference as written (after ARG expansion). */
  input: string;
  /** Normalised: registry prefix removed, tag defaulted to `latest`, digest kept. */
  normalized: string;
  /** The catalog entry, or null when the image is not in the catalog (a neutral estimate is used). */
  image: BaseImage | null;
  /** Human explanation, e.g. "`ubuntu` means ubuntu:latest, which was 24.04 as of 2026-08". */
  explanation: string;
  confidence: Confidence;
  /** Present when the resolved image is no longer built by its publisher (same object as `image.retired`). */
  retired?: RetiredInfo;
  /**
   * True when the catalog has the image's repository but its data is not loaded yet (in the browser,
   * before the worker fetched it): `image` is null, and nothing may say the image is not in the catalog.
   */
  pending?: true;
}

/** An installable package (apt/apk/pip/npm) with its installed size. */
export interface PackageFigure {
  manager: 'apt' | 'apk' | 'pip' | 'npm' | 'dnf';
  name: string;
  /** Which distribution release this is for (e.g. `ubuntu:22.04`), or null when general. */
  release: string | null;
  /** Bytes added with recommends (apt) or by default. */
  installed: Figure;
  /** Bytes added with `--no-install-recommends` (apt only), else undefined. */
  installedNoRecommends?: Figure;
  /** Paths it installs, coarse; their sizes add up to the installed figure when known. */
  manifest: ManifestEntry[];
  /** Runtime it provides, e.g. go 1.18.1 at /usr/lib/go-1.18/bin/go. */
  provides?: Runtime[];
  /** Whether it brings a C compiler (gcc), which makes cgo builds dynamic. */
  bringsCompiler?: boolean;
  /** The same with `--no-install-recommends` (apt only); undefined when it does not differ. */
  bringsCompilerNoRecommends?: boolean;
  /** apt's own "additional disk space" prediction (sum of Installed-Size, docs included), with Recommends. */
  aptPredicted?: Figure;
  /** The same prediction with `--no-install-recommends`. */
  aptPredictedNoRecommends?: Figure;
  /** Download size ("Need to get"), with Recommends / without. */
  download?: Figure;
  downloadNoRecommends?: Figure;
  /** How many new packages the install brings (with Recommends / without), when measured. */
  newPackages?: number;
  newPackagesNoRecommends?: number;
  /** Other packages already counted in `installed` (e.g. pandas includes numpy). */
  includes?: string[];
  /** Manifest for `--no-install-recommends` (apt only); adds up to `installedNoRecommends` when known. */
  manifestNoRecommends?: ManifestEntry[];
  /**
   * 'some' when the manifest names only some of the programs the package installs (a measured size
   * with its main programs named): another program of it is then neither present nor absent but
   * unknown. Absent: the manifest lists every program (Debian's Contents index).
   */
  programsListed?: 'some';
  notes?: string;
}

/** The accounts an image's build history adds and removes (the generated data's shape). */
export type BuildAccounts = NonNullable<NonNullable<RepoInfoPage['history']>['accounts']>;
