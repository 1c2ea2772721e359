/** The official node images (full, slim and Alpine variants). */
import { estimate, MB, unknown } from '../figure';
import type { BaseImage, ManifestEntry } from '../types';
import { defineImage, link, script } from './define';
import {
  baseUserland,
  buildpackTools,
  notRead,
  distroTraits,
  repoInfoSize,
  tagFacts,
  type TagFacts,
  generatedBytes,
  generatedSize,
} from './family';
import { DEFAULT_PATH, glibcElf, muslElf } from './userland';

type Variant = 'full' | 'slim' | 'alpine';

function nodeFiles(variant: Variant): ManifestEntry[] {
  const elfOf = variant === 'alpine' ? muslElf : glibcElf;
  const files: ManifestEntry[] = [
    elfOf('/usr/local/bin/node', 110_000_000),
    link('/usr/local/bin/nodejs', 'node'),
    link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js'),
    script('/usr/local/lib/node_modules/npm/bin/npm-cli.js', 100, '/usr/bin/env node'),
    link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js'),
    script('/usr/local/lib/node_modules/npm/bin/npx-cli.js', 100, '/usr/bin/env node'),
    script('/usr/local/bin/docker-entrypoint.sh', 400, '/bin/sh'),
  ];
  files.push(link('/usr/local/bin/yarn', '/opt/yarn-v1.22.22/bin/yarn'));
  return files;
}

function named(variant: Variant): ManifestEntry[] {
  const full = variant === 'full' ? buildpackTools('12') : [];
  return [...baseUserland(variant === 'alpine'), ...full, ...nodeFiles(variant)];
}

interface NodeSpec extends TagFacts {
  version: string;
  variant: Variant;
}

function node(spec: NodeSpec): BaseImage {
  const os = spec.variant === 'alpine' ? 'Alpine' : 'Debian 12 (bookworm)';
  return defineImage({
    repository: 'node',
    ...tagFacts(spec),
    resolvedDescription: `Node.js ${spec.version} on ${os}${spec.variant === 'slim' ? ' (slim)' : ''}`,
    compressed: notRead(),
    ...distroTraits(spec.variant === 'alpine'),
    runtimes: [{ name: 'node', version: spec.version, path: '/usr/local/bin/node' }],
    user: 'root',
    workdir: '/',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: { PATH: DEFAULT_PATH, NODE_VERSION: spec.version, YARN_VERSION: '1.22.22' },
    named: named(spec.variant),
    ...(spec.variant === 'full' ? { debianBase: 'buildpack-deps:bookworm' } : {}),
    bulk: {
      path: '/usr/**',
      note:
        spec.variant === 'full'
          ? 'npm and yarn, buildpack-deps (gcc, python3, headers, …) and Debian'
          : 'npm, yarn and the rest of the distribution',
    },
  });
}

const FULL_22 = 1130 * MB;
const SLIM_22 = generatedBytes('repos/node/local/22-slim.md');
const ALPINE_22 = 167.63 * MB;

export const node22 = node({
  tag: '22',
  aliases: ['22.23.3', '22-bookworm', '22.23.3-bookworm'],
  version: '22.23.3',
  variant: 'full',
  release: 'debian:bookworm',
  ...repoInfoSize(FULL_22, 'repos/node/local/22.23.3.md', 'dcd8adc5', '2026-09-23', '~1.13 GB'),
  notes:
    'yarn 1.22.22 included. Under the containerd image store `docker system df -v` shows 1.64 GB ' +
    '(moby/moby#52476); the classic overlay2 figure is used here.',
});

export const node22Slim = node({
  tag: '22-slim',
  aliases: ['22-bookworm-slim', '22.23.2-slim', '22.23.2-bookworm-slim'],
  version: '22.23.2',
  variant: 'slim',
  release: 'debian:bookworm',
  ...generatedSize('repos/node/local/22-slim.md'),
  notes: 'No compiler.',
});

export const node22Alpine = node({
  tag: '22-alpine',
  aliases: ['22-alpine3.23', '22.23.2-alpine', '22.23.2-alpine3.23'],
  version: '22.23.2',
  variant: 'alpine',
  release: 'alpine:3.23',
  ...repoInfoSize(ALPINE_22, 'repos/node/local/22-alpine3.23.md', '680e90cf', '2026-09-17'),
  notes: 'libstdc++ 2.7 MiB.',
});

function node20(variant: Variant): BaseImage {
  const suffix = variant === 'full' ? '' : `-${variant}`;
  const basis = { full: FULL_22, slim: SLIM_22, alpine: ALPINE_22 }[variant];
  return node({
    tag: `20${suffix}`,
    aliases: [],
    version: '20',
    variant,
    release: null,
    uncompressed: unknown(
      'not found in repo-info; Node 20 reached end of life in 2026-04 (no published figure found)',
    ),
    estimate: estimate(basis, `node:22${suffix}'s size (same layout, one major version apart)`),
    source: 'size not found in docker-library/repo-info',
    asOf: null,
    notes:
      'Size unknown: the manifest adds up to a labelled estimate from the Node 22 image of the same variant.',
  });
}

export const nodeImages: BaseImage[] = [
  node22,
  node22Slim,
  node22Alpine,
  node20('full'),
  node20('slim'),
  node20('alpine'),
];
