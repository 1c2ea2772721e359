/** The official golang images (Debian bookworm and Alpine variants). */
import { estimate, MB, unknown } from '../figure';
import type { BaseImage, ManifestEntry } from '../types';
import { defineImage, dir, elf } from './define';
import {
  baseUserland,
  buildpackTools,
  notRead,
  distroTraits,
  repoInfoSize,
  tagFacts,
  type TagFacts,
} from './family';
import { DEFAULT_PATH } from './userland';

const GO_PATH = `/go/bin:/usr/local/go/bin:${DEFAULT_PATH}`;
const BOOKWORM_125 = 807.36 * MB;
const ALPINE_125 = 215.26 * MB;

/** Go's own files under /usr/local/go: an estimate, since no figure for the upstream tarball was read. */
function goToolchain(maxBytes: number): ManifestEntry[] {
  const bytes = Math.min(218.8 * MB, maxBytes);
  return [
    elf('/usr/local/go/bin/go', 15_000_000, 'static'),
    elf('/usr/local/go/bin/gofmt', 3_000_000, 'static'),
    {
      path: '/usr/local/go/**',
      kind: 'bulk',
      sizeBytes: bytes - 18_000_000,
      fileCount: null,
      estimate: true,
      note:
        'the Go toolchain and standard library sources; sized like the measured Go 1.22 Ubuntu packages ' +
        '(218.8 MB of files, measured for this course) or, on Alpine, the image minus alpine:3.21 (7.8 MB): an estimate',
    },
    dir('/go'),
    dir('/go/bin'),
  ];
}

function goEnv(version: string): Record<string, string> {
  return { PATH: GO_PATH, GOLANG_VERSION: version, GOTOOLCHAIN: 'local', GOPATH: '/go' };
}

const bookwormNamed = (): ManifestEntry[] => [
  ...baseUserland(false),
  ...buildpackTools('12', true),
  ...goToolchain(BOOKWORM_125),
];

const alpineNamed = (): ManifestEntry[] => [...baseUserland(true), ...goToolchain(ALPINE_125 - 7.8 * MB)];

interface GoSpec extends TagFacts {
  approximateAliases?: string[];
  aliasNotes?: Record<string, string>;
  version: string;
  alpine: boolean;
}

function golang(spec: GoSpec): BaseImage {
  return defineImage({
    repository: 'golang',
    ...tagFacts(spec),
    approximateAliases: spec.approximateAliases,
    aliasNotes: spec.aliasNotes,
    resolvedDescription: `Go ${spec.version} on ${spec.alpine ? 'Alpine' : 'Debian 12 (bookworm)'}`,
    compressed: notRead(),
    ...distroTraits(spec.alpine),
    runtimes: [{ name: 'go', version: spec.version, path: '/usr/local/go/bin/go' }],
    user: 'root',
    workdir: '/go',
    entrypoint: null,
    cmd: spec.alpine ? ['/bin/sh'] : ['bash'],
    env: goEnv(spec.version),
    named: spec.alpine ? alpineNamed() : bookwormNamed(),
    ...(spec.alpine ? {} : { debianBase: 'buildpack-deps:bookworm-scm' }),
    bulk: {
      path: '/usr/**',
      note: spec.alpine
        ? 'the rest of Alpine'
        : 'the rest of buildpack-deps:bookworm-scm (gcc, binutils, libc6-dev, git, perl, …) and Debian',
    },
  });
}

const DEFAULT_VARIANT_NOTE =
  'The catalog’s figure is for the bookworm variant; by 2026 the plain tag may point to a newer Debian ' +
  '(trixie) variant, which was not verified.';

export const golang125 = golang({
  tag: '1.25-bookworm',
  aliases: ['1.25.13-bookworm'],
  approximateAliases: ['1.25', '1.25.13', '1', 'latest', 'bookworm'],
  aliasNotes: {
    '1.25': DEFAULT_VARIANT_NOTE,
    '1.25.13': DEFAULT_VARIANT_NOTE,
    '1': DEFAULT_VARIANT_NOTE,
    latest: DEFAULT_VARIANT_NOTE,
  },
  version: '1.25.13',
  alpine: false,
  release: 'debian:bookworm',
  ...repoInfoSize(BOOKWORM_125, 'repos/golang/local/1.25-bookworm.md', '165f4fa1', '2026-08-13'),
  notes:
    'Based on buildpack-deps:bookworm-scm plus gcc, so cgo is on by default and net/http builds dynamically. ' +
    'GOTOOLCHAIN=local, GOPATH=/go.',
});

export const golang125Alpine = golang({
  tag: '1.25-alpine',
  aliases: ['1.25.13-alpine', '1.25-alpine3.24', '1.25.13-alpine3.24'],
  approximateAliases: ['alpine'],
  version: '1.25.13',
  alpine: true,
  release: 'alpine:3.24',
  ...repoInfoSize(ALPINE_125, 'repos/golang/local/1.25-alpine.md', '165f4fa1', '2026-08-13'),
  notes: 'No gcc in the image, so cgo is off unless build-base is added.',
});

const OLD_NOTE =
  'Size not found for this older Go release (no published figure found); the manifest adds up to a labelled estimate. ' +
  'Cross-checks: `FROM golang:1.23` + a hello build measured 869 MB single-stage (velog, 2024-09-19); ' +
  'golang:1.14 was 810 MB (danscott.co.uk).';

function olderGo(minor: string, alpine: boolean): BaseImage {
  const tag = `${minor}-${alpine ? 'alpine' : 'bookworm'}`;
  return golang({
    tag,
    aliases: alpine ? [] : [minor],
    version: minor,
    alpine,
    release: alpine ? null : 'debian:bookworm',
    uncompressed: unknown('not found in repo-info (no published figure found)'),
    estimate: alpine
      ? estimate(
          ALPINE_125,
          "golang:1.25-alpine's 215.26 MB (same layout; the toolchain size differs by tens of MB)",
        )
      : estimate(
          BOOKWORM_125,
          "golang:1.25-bookworm's 807.36 MB (same base; the toolchain size differs by tens of MB)",
        ),
    source: 'size not found in docker-library/repo-info',
    asOf: null,
    notes: OLD_NOTE,
  });
}

export const golangImages: BaseImage[] = [
  golang125,
  golang125Alpine,
  ...['1.21', '1.22', '1.23'].flatMap((minor) => [olderGo(minor, false), olderGo(minor, true)]),
];
