/** Server images used by the three-tier example: nginx and mysql. */
import { estimate, known, MB, unknown } from '../figure';
import type { BaseImage, ManifestEntry } from '../types';
import { defineImage, file, script } from './define';
import { baseUserland, distroTraits } from './family';
import { caBundle, DEFAULT_PATH, glibcElf, muslElf, oracleUserland } from './userland';

const TAG_DETAILS = 'docker-library/repo-info nginx tag-details snapshot (attestation era, ~2025–26)';
const NGINX_COMPRESSED = 28_772_646;
/** alpine:3.21 uncompressed ÷ compressed (7.8 MB / 3,626,020 B). */
const ALPINE_RATIO = (7.8 * MB) / 3_626_020;
const NGINX_ALPINE_ESTIMATE = NGINX_COMPRESSED * ALPINE_RATIO;

/** What both nginx variants share: the base's traits, the nginx runtime and how it starts. */
function nginxBasics(alpine: boolean) {
  return {
    ...distroTraits(alpine),
    runtimes: [{ name: 'nginx', version: 'unknown', path: '/usr/sbin/nginx' }],
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    user: 'root',
    workdir: '/',
    env: { PATH: DEFAULT_PATH },
  };
}

/** The base's files, the nginx binary for its libc, the entrypoint script and the default site. */
function nginxFiles(alpine: boolean): ManifestEntry[] {
  return [
    ...baseUserland(alpine),
    (alpine ? muslElf : glibcElf)('/usr/sbin/nginx', 1_300_000),
    script('/docker-entrypoint.sh', 1_500, '/bin/sh'),
    file('/etc/nginx/nginx.conf', 700),
    file('/usr/share/nginx/html/index.html', 615),
  ];
}

export const nginxAlpine = defineImage({
  repository: 'nginx',
  tag: 'alpine',
  aliases: [],
  resolvedDescription: 'nginx on Alpine',
  uncompressed: unknown('not read (no published figure found)'),
  compressed: known(NGINX_COMPRESSED, TAG_DETAILS, '~2025-2026', 'medium'),
  estimate: estimate(
    NGINX_ALPINE_ESTIMATE,
    'compressed 28.77 MB × 2.15, the uncompressed/compressed ratio of alpine:3.21 (7.8 MB / 3.63 MB)',
  ),
  ...nginxBasics(true),
  named: nginxFiles(true),
  bulk: { path: '/usr/**', note: 'nginx modules and the rest of Alpine' },
  source: TAG_DETAILS,
  asOf: '~2025-2026',
  notes:
    'Compressed size from a recent snapshot; another attestation-era snapshot gave 23.0 MB and ~2021 gave ' +
    '9.9 MB. Uncompressed unknown: the manifest adds up to a labelled estimate. Workers run as user nginx.',
});

export const nginxDebian = defineImage({
  repository: 'nginx',
  tag: 'latest',
  aliases: ['mainline'],
  resolvedDescription: 'nginx on Debian',
  uncompressed: unknown('not read (no published figure found)'),
  compressed: unknown('not read (no published figure found)'),
  estimate: estimate(
    74.83 * MB + (NGINX_ALPINE_ESTIMATE - 7.8 * MB),
    "debian:bookworm-slim's 74.83 MB plus the nginx payload of the nginx:alpine estimate (its size minus alpine's 7.8 MB)",
  ),
  ...nginxBasics(false),
  named: nginxFiles(false),
  bulk: { path: '/usr/**', note: 'nginx modules and the rest of Debian (slim)' },
  source: 'no published figure found',
  asOf: null,
  notes: 'Size unknown: the manifest adds up to a labelled estimate.',
});

export const mysql8 = defineImage({
  repository: 'mysql',
  tag: '8',
  aliases: ['8.0', '8.4', 'lts'],
  resolvedDescription: 'MySQL 8 server',
  uncompressed: unknown('not found (no published figure found)'),
  compressed: unknown('not found (no published figure found)'),
  estimate: estimate(
    504.44 * MB,
    'no figure found; sized like a large runtime image (maven:3.9-eclipse-temurin-17, 504.44 MB), a rough guess',
  ),
  shell: 'bash',
  packageManager: 'microdnf',
  libc: { kind: 'glibc', version: null },
  runtimes: [{ name: 'mysql', version: '8', path: '/usr/sbin/mysqld' }],
  user: 'root',
  workdir: '/',
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['mysqld'],
  env: { PATH: DEFAULT_PATH },
  named: [
    ...oracleUserland(),
    caBundle(),
    glibcElf('/usr/sbin/mysqld', 60_000_000),
    script('/usr/local/bin/docker-entrypoint.sh', 15_000, '/bin/bash'),
  ],
  bulk: { path: '/usr/**', note: 'MySQL’s files and the rest of the Oracle Linux slim base' },
  source: 'no published figure found',
  asOf: null,
  notes:
    'Size unknown: the manifest adds up to a rough, labelled estimate. Entry point and Oracle Linux base ' +
    '(microdnf) as the image is published; not from the research facts.',
});

export const serverImages: BaseImage[] = [nginxAlpine, nginxDebian, mysql8];
