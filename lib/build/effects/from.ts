/**
 * FROM: the starting filesystem and configuration of a stage — an image's catalog manifest (or a
 * labelled neutral estimate), scratch's empty filesystem, or an earlier stage's state.
 */
import { imageAccounts } from '../../catalog/accounts';
import type {
  BaseImage,
  Confidence,
  ImageResolution,
  ManifestEntry,
  PackageManager,
  Runtime,
} from '../../catalog/types';
import type { Citation, ImageConfig, SizeRange } from '../types';
import type { SimCatalog } from './catalog-port';
import { bytesOf } from './helpers';
import type { Fog } from '../fs/presence';
import { DEFAULT_PATH } from '../fs/which';
import type { Distro } from './types';

/** What a stage starts with when it is built FROM an image (or scratch). */
export interface BaseStart {
  entries: ManifestEntry[];
  sizeBytes: number;
  confidence: Confidence;
  explanation: string;
  citations: Citation[];
  config: ImageConfig;
  distro: Distro;
  packageManager: PackageManager;
  runtimes: Runtime[];
  libc: { kind: 'glibc' | 'musl' | 'none'; version: string | null };
  /** /etc/passwd users known from the image. */
  passwd: string;
  /** /etc/group, where the catalog knows it. */
  group?: string;
  /** Why the image may have accounts `passwd` does not list (absent: it lists them all). */
  accountsPartial?: string;
  /** Unknown regions of the start (`/` for an image the catalog does not know). */
  fog: Fog[];
  /** Why the image's content and configuration are unknown, or null when the catalog knows it. */
  unknownReason: string | null;
  /** For an unknown image: the range its size may lie in. */
  sizeRange?: SizeRange;
}

/** A fresh image configuration (Docker's defaults). */
export function defaultConfig(): ImageConfig {
  return {
    entrypoint: null,
    entrypointShellForm: false,
    cmd: null,
    cmdShellForm: false,
    env: {},
    workdir: '/',
    user: 'root',
    exposedPorts: [],
    labels: {},
    shell: ['/bin/sh', '-c'],
    healthcheck: null,
    stopSignal: null,
    volumes: [],
  };
}

function distroOf(
  repository: string,
  tag: string,
  description: string,
  release: string | null = null,
): Distro['family'] {
  // The release its packages come from (`debian:trixie`) names the distribution best.
  const base = /^(debian|ubuntu|alpine):/.exec(release ?? '')?.[1];
  if (base) return base as Distro['family'];
  const text = `${repository}:${tag} ${description}`.toLowerCase();
  if (text.includes('alpine')) return 'alpine';
  if (text.includes('ubuntu') || /noble|jammy|focal|resolute/.test(text)) return 'ubuntu';
  if (/ubi|fedora|centos|rocky|alma|rhel|amazonlinux/.test(text)) return 'rhel';
  if (/debian|bookworm|trixie|bullseye|slim|distroless|python|node|golang|openjdk|nginx|mysql/.test(text))
    return 'debian';
  return 'other';
}

/** The start of a `FROM scratch` stage: nothing at all. */
export function scratchStart(): BaseStart {
  return {
    entries: [],
    sizeBytes: 0,
    confidence: 'exact',
    explanation: 'scratch is the empty image: no files, no layer of its own.',
    citations: [
      {
        text: 'FROM scratch adds no layer',
        source: 'docs.docker.com/build/building/multi-stage/',
      },
    ],
    config: defaultConfig(),
    distro: { family: 'other', release: null },
    packageManager: 'none',
    runtimes: [],
    libc: { kind: 'none', version: null },
    passwd: '',
    fog: [],
    unknownReason: null,
  };
}

/** The start of a stage built FROM an image reference. */
/** The ids every image that has these accounts gives them (Debian's base-passwd; distroless's nonroot). */
export const WELL_KNOWN_UIDS: Readonly<Record<string, number>> = { root: 0, nonroot: 65532, nobody: 65534 };

export function imageStart(ref: string, resolution: ImageResolution, catalog: SimCatalog): BaseStart {
  const image = resolution.image;
  if (!image) {
    const est = catalog.unknownImageEstimate(ref);
    const size = bytesOf(est);
    // The catalog has the repository but its data is not loaded: unknown, never "not in the catalog".
    const notIn = resolution.pending ? 'has not been loaded into the simulator' : 'is not in the catalog';
    const reason = resolution.pending
      ? `${ref} ${notIn}, so what it contains is unknown`
      : `${ref} is not in the simulator's catalog, so what it contains is unknown`;
    const config = defaultConfig();
    config.env.PATH = DEFAULT_PATH;
    const inherited = resolution.pending
      ? `comes from ${ref}, whose data has not been loaded into the simulator`
      : `comes from ${ref}, an image the simulator does not know`;
    config.unknown = {
      entrypoint: inherited,
      cmd: inherited,
      user: inherited,
      workdir: inherited,
      env: inherited,
    };
    const range = catalog.unknownImageRange(ref);
    return {
      entries: [
        {
          path: '/**',
          kind: 'bulk',
          sizeBytes: size,
          estimate: true,
          note: `contents of ${ref}, ${resolution.pending ? 'not loaded' : 'not in the catalog'}`,
        },
      ],
      sizeBytes: size,
      confidence: 'low',
      explanation: `${ref} ${notIn}: a neutral estimate of ${(size / 1e6).toFixed(0)} MB is used, and what it contains (shell, package manager) is unknown. ${resolution.explanation}`,
      citations: [{ text: `neutral estimate for ${ref}`, source: est.source }],
      config,
      distro: { family: distroOf(ref, '', ''), release: null },
      packageManager: 'none',
      runtimes: [],
      libc: { kind: 'glibc', version: null },
      passwd: 'root:x:0:0:root:/root:/bin/sh\n',
      fog: [{ path: '/', reason }],
      unknownReason: reason,
      sizeRange: range
        ? {
            low: range.low,
            high: range.high,
            because: `${ref} ${notIn}: its size is somewhere among similar images the catalog knows`,
          }
        : { low: 0, high: null, because: `${ref} ${notIn}: its size is unknown` },
    };
  }
  const figure =
    image.uncompressed.value !== null ? image.uncompressed : (image.estimate ?? image.uncompressed);
  const size = bytesOf(figure);
  // A floor estimate: the image is at least this big, its real size unknown.
  const floorRange: SizeRange | undefined =
    figure !== image.uncompressed && figure.floor
      ? { low: size, high: null, because: `${image.repository}:${image.tag}'s size is not published` }
      : undefined;
  const config = defaultConfig();
  config.env = { PATH: DEFAULT_PATH, ...image.env };
  config.workdir = image.workdir || '/';
  config.user = image.user || 'root';
  config.entrypoint = image.entrypoint ? [...image.entrypoint] : null;
  config.cmd = image.cmd ? [...image.cmd] : null;
  config.exposedPorts = [...(image.exposedPorts ?? [])];
  config.volumes = [...(image.volumes ?? [])];
  const family = distroOf(image.repository, image.tag, image.resolvedDescription, image.release);
  // An apt image whose release is not known starts from Debian's or Ubuntu's accounts (the same
  // lists); only Ubuntu's from 23.04 add the user `ubuntu`, so without its removal that stays unsaid.
  const inferred = family === 'other' && image.packageManager === 'apt';
  const found = image.repository.includes('distroless')
    ? null
    : imageAccounts(
        inferred ? 'debian' : family,
        image.repository,
        image.release ?? `${image.repository}:${image.tag}`,
        image.addedAccounts,
      );
  const users = new Set(['root']);
  const accounts =
    found && inferred && found.complete && !image.addedAccounts?.removed.includes('ubuntu')
      ? {
          ...found,
          complete: false,
          because: `${image.repository}'s base may be Ubuntu, whose images from 23.04 add the user ubuntu`,
        }
      : found;
  const userName = image.user.split(':')[0];
  if (userName && userName !== 'root' && !/^\d+$/.test(userName)) users.add(userName);
  if (image.repository.includes('distroless')) {
    users.add('nonroot');
    users.add('nobody');
  }
  // The image's own user exists (the image starts as it), but where no source gives its line its ids
  // are unknown: `?` keeps the name without inventing a uid (readers take ids from digits only).
  const line = (u: string) => {
    const id = WELL_KNOWN_UIDS[u];
    return id === undefined ? `${u}:x:?:?::/:/sbin/nologin` : `${u}:x:${id}:${id}::/:/sbin/nologin`;
  };
  let passwd = accounts?.passwd ?? [...users].map(line).join('\n') + '\n';
  let unlisted: string | undefined;
  if (accounts)
    for (const u of users)
      if (!passwd.split('\n').some((l) => l.startsWith(`${u}:`))) {
        passwd += `${line(u)}\n`;
        unlisted = `${image.repository} starts as ${u}, whose account line no source the catalog read gives`;
      }
  // Distroless images list root, nonroot and nobody (their passwd is generated by the distroless
  // build); other images without a known distribution may add accounts of their own.
  const accountsPartial = image.repository.includes('distroless')
    ? undefined
    : accounts
      ? accounts.complete && !unlisted
        ? undefined
        : (unlisted ?? accounts.because)
      : `${image.repository} may have accounts the catalog does not list`;
  const name = `${image.repository}:${image.tag}`;
  return {
    entries: image.manifest,
    sizeBytes: size,
    confidence: figure.confidence,
    explanation:
      figure === image.uncompressed
        ? `${resolution.explanation} That is the size docker images shows.`
        : `${resolution.explanation} ${name} is counted as ${floorRange ? 'at least ' : ''}${(size / 1e6).toFixed(size < 10e6 ? 2 : 1)} MB.`,
    citations: [
      {
        text: `${name} uncompressed size`,
        source: figure.asOf ? `${figure.source} (as of ${figure.asOf})` : figure.source,
      },
    ],
    config,
    distro: {
      family,
      // Package figures are keyed by the distribution release (golang:1.25 is debian:bookworm underneath).
      release: image.release ?? name,
    },
    packageManager: image.packageManager,
    runtimes: [...image.runtimes],
    libc: { kind: image.libc.kind, version: image.libc.version },
    passwd,
    ...(accounts ? { group: accounts.group } : {}),
    ...(accountsPartial ? { accountsPartial } : {}),
    fog: [...(image.unknownRegions ?? []).map((r) => ({ ...r })), ...unlistedFolders(image)],
    unknownReason: null,
    ...(floorRange ? { sizeRange: floorRange } : {}),
  };
}

/**
 * The system folders a catalogued distribution fills but the catalog does not list (the Filesystem
 * Hierarchy Standard's /etc, /var, /usr/lib, /usr/share, …). The catalog names the files that matter
 * and sums the rest into a bulk entry, so a path there that it does not name may or may not exist:
 * unknown, never "No such file or directory". Their bytes are in the image's size (`sizeKnown`).
 * Left out: the folders on PATH (the catalog lists the programs an image has), and the folders where
 * Dockerfiles put applications and their packages (/home, /opt, /root, /srv, /usr/local, /usr/src),
 * whose base content the catalog names. Distroless images are listed from their build files.
 */
export const UNLISTED_FOLDERS = [
  '/etc',
  '/var',
  '/run',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/usr/lib',
  '/usr/lib32',
  '/usr/lib64',
  '/usr/libexec',
  '/usr/include',
  '/usr/share',
];

function unlistedFolders(image: BaseImage): Fog[] {
  const bulk = image.manifest.find((e) => e.kind === 'bulk');
  if (!bulk || image.repository.includes('distroless')) return [];
  const name = `${image.repository}:${image.tag}`;
  const reason = `the catalog lists only some files of ${name} (the rest is summarised: ${bulk.note ?? bulk.path})`;
  // Debian and Ubuntu images are published without apt's package lists (commands/apt.ts builds on
  // that: `apt-get install` needs `apt-get update` first), so that folder is known to be empty.
  const except = image.packageManager === 'apt' ? ['/var/lib/apt/lists'] : undefined;
  return UNLISTED_FOLDERS.map((path) => ({ path, reason, sizeKnown: true, ...(except ? { except } : {}) }));
}
