/** The official python images (full, slim and Alpine variants). */
import { estimate, MB, unknown } from '../figure';
import type { BaseImage, ManifestEntry } from '../types';
import { defineImage, dir, file, link, script } from './define';
import {
  baseUserland,
  buildpackTools,
  notRead,
  distroTraits,
  repoInfoSize,
  tagFacts,
  type TagFacts,
} from './family';
import { DEFAULT_PATH, glibcElf, muslElf } from './userland';

type Variant = 'full' | 'slim' | 'alpine';

function pythonFiles(minor: string, variant: Variant): ManifestEntry[] {
  const exe = `/usr/local/bin/python${minor}`;
  const elfOf = variant === 'alpine' ? muslElf : glibcElf;
  return [
    elfOf(exe, 20_000, { note: 'small launcher; the interpreter is in libpython (nominal sizes)' }),
    file(`/usr/local/lib/libpython${minor}.so.1.0`, 25_000_000, { mode: 0o755 }),
    link('/usr/local/bin/python3', `python${minor}`),
    link('/usr/local/bin/python', 'python3'),
    script('/usr/local/bin/pip', 250, exe),
    script('/usr/local/bin/pip3', 250, exe),
    dir(`/usr/local/lib/python${minor}/site-packages`),
  ];
}

function named(minor: string, variant: Variant): ManifestEntry[] {
  const extra = variant === 'full' ? buildpackTools('14') : [];
  return [...baseUserland(variant === 'alpine'), ...extra, ...pythonFiles(minor, variant)];
}

interface PySpec extends TagFacts {
  minor: string;
  version: string;
  variant: Variant;
}

function python(spec: PySpec): BaseImage {
  const os = spec.variant === 'alpine' ? 'Alpine' : 'Debian';
  const bulkNote =
    spec.variant === 'full'
      ? `the standard library under /usr/local/lib/python${spec.minor} and buildpack-deps (gcc, autoconf, dev headers, …)`
      : `the standard library under /usr/local/lib/python${spec.minor} and the rest of ${os}`;
  return defineImage({
    repository: 'python',
    ...tagFacts(spec),
    resolvedDescription: `CPython ${spec.version} on ${os}${spec.variant === 'slim' ? ' (slim)' : ''}`,
    compressed: notRead(),
    ...distroTraits(spec.variant === 'alpine'),
    runtimes: [{ name: 'python', version: spec.version, path: `/usr/local/bin/python${spec.minor}` }],
    user: 'root',
    workdir: '/',
    entrypoint: null,
    cmd: ['python3'],
    env: { PATH: `/usr/local/bin:${DEFAULT_PATH}`, LANG: 'C.UTF-8', PYTHON_VERSION: spec.version },
    named: named(spec.minor, spec.variant),
    ...(spec.variant === 'full' && /^debian:(bookworm|trixie)$/.test(spec.release ?? '')
      ? { debianBase: `buildpack-deps:${spec.release!.slice(7)}` }
      : {}),
    bulk: { path: '/usr/**', note: bulkNote },
  });
}

const FULL_312 = 1110 * MB;
const SLIM_312 = 119.2 * MB;
const ALPINE_312 = 48.84 * MB;

export const python312 = python({
  tag: '3.12',
  aliases: ['3.12.14', '3.12-trixie', '3.12.14-trixie'],
  minor: '3.12',
  version: '3.12.14',
  variant: 'full',
  release: 'debian:trixie',
  ...repoInfoSize(FULL_312, 'repos/python/local/3.12.md', '0212f591', '2026-08-13', '~1.11 GB'),
  notes: 'Full buildpack-deps base (gcc, autoconf, headers) on Debian trixie.',
});

export const python312Slim = python({
  tag: '3.12-slim',
  aliases: ['3.12.13-slim', '3.12-slim-trixie', '3.12.13-slim-trixie'],
  minor: '3.12',
  version: '3.12.13',
  variant: 'slim',
  release: 'debian:trixie',
  ...repoInfoSize(SLIM_312, 'repos/python/local/3.12-slim.md', '67db11d0', '2026-07-14'),
  notes: 'The default slim moved from bookworm to trixie. No compiler.',
});

export const python312Alpine = python({
  tag: '3.12-alpine',
  aliases: ['3.12-alpine3.23', '3.12.14-alpine', '3.12.14-alpine3.23'],
  minor: '3.12',
  version: '3.12.14',
  variant: 'alpine',
  release: 'alpine:3.23',
  ...repoInfoSize(ALPINE_312, 'repos/python/local/3.12-alpine3.23.md', '0212f591', '2026-08-13'),
  notes: 'busybox sh, sqlite-libs, tzdata. musl: wheels built for glibc do not install.',
});

const NOT_READ = 'exists in repo-info but was not read (no published figure found)';

function python311(variant: Variant): BaseImage {
  const suffix = variant === 'full' ? '' : `-${variant}`;
  const basis = {
    full: [FULL_312, '3.12'],
    slim: [SLIM_312, '3.12-slim'],
    alpine: [ALPINE_312, '3.12-alpine'],
  }[variant];
  return python({
    tag: `3.11${suffix}`,
    // The Debian-suffixed tags name the same variant built on bookworm (what distroless python3-debian12 matches).
    aliases: variant === 'alpine' ? [] : [`3.11${suffix}-bookworm`],
    minor: '3.11',
    version: '3.11',
    variant,
    release: null,
    uncompressed: unknown(NOT_READ),
    estimate: estimate(
      basis[0] as number,
      `python:${basis[1]}'s size (same layout, one minor version apart)`,
    ),
    source: 'size not read from docker-library/repo-info',
    asOf: null,
    notes:
      'Size unknown: the manifest adds up to a labelled estimate from the 3.12 image of the same variant.',
  });
}

export const pythonImages: BaseImage[] = [
  python312,
  python312Slim,
  python312Alpine,
  python311('full'),
  python311('slim'),
  python311('alpine'),
];
