/** Ubuntu and Debian base images. */
import { estimate, known, MB } from '../figure';
import type { BaseImage } from '../types';
import { defineImage } from './define';
import { generatedSize, notRead, REPO_INFO, repoInfoSize } from './family';
import { DEFAULT_PATH, debianUserland, fhsFolders } from './userland';

const aptBase = {
  shell: 'dash (bash also installed)',
  packageManager: 'apt' as const,
  runtimes: [],
  user: 'root',
  workdir: '/',
  entrypoint: null,
  env: { PATH: DEFAULT_PATH },
  named: [...debianUserland(), ...fhsFolders()],
};

const ubuntuBulk = {
  path: '/usr/**',
  note: 'the rest of the distribution (libraries, coreutils, apt data, /etc, /var)',
};

const TALK_NOTE =
  'The talk (2023) wrote `FROM ubuntu`, which then meant 22.04 (jammy), whose golang-go is Go 1.18.1; pin ' +
  '`ubuntu:22.04` to reproduce its 861 MB.';

export const ubuntu2404 = defineImage({
  ...aptBase,
  repository: 'ubuntu',
  tag: '24.04',
  aliases: ['noble', 'latest'],
  aliasNotes: {
    latest: `\`ubuntu:latest\` was 24.04 (noble) as of 2026-08 (repo-info). ${TALK_NOTE}`,
  },
  resolvedDescription: 'Ubuntu 24.04 LTS (noble)',
  release: 'ubuntu:24.04',
  ...generatedSize('repos/ubuntu/local/24.04.md'),
  compressed: notRead(),
  libc: { kind: 'glibc', version: null },
  cmd: ['/bin/bash'],
  bulk: ubuntuBulk,
  notes: 'apt 2.8.3. Its golang-go is Go 1.22 (Ubuntu packages ~219 MB of files).',
});

export const ubuntu2204 = defineImage({
  ...aptBase,
  repository: 'ubuntu',
  tag: '22.04',
  aliases: ['jammy'],
  aliasNotes: { '22.04': TALK_NOTE, jammy: TALK_NOTE },
  resolvedDescription: 'Ubuntu 22.04 LTS (jammy)',
  release: 'ubuntu:22.04',
  ...generatedSize('repos/ubuntu/local/22.04.md'),
  compressed: notRead(),
  libc: { kind: 'glibc', version: '2.35' },
  cmd: ['/bin/bash'],
  bulk: ubuntuBulk,
  notes:
    'apt 2.4.14, bash 5.1. The talk’s `ubuntu` of 2023 meant this release. No CA certificates, curl or git.',
});

export const ubuntu2004 = defineImage({
  ...aptBase,
  repository: 'ubuntu',
  tag: '20.04',
  aliases: ['focal'],
  resolvedDescription: 'Ubuntu 20.04 LTS (focal)',
  release: 'ubuntu:20.04',
  uncompressed: notRead(),
  compressed: known(27_511_769, `${REPO_INFO} ubuntu tag-details snapshot`, '~2024-05', 'medium'),
  estimate: estimate(78.08 * MB, "ubuntu:22.04's 78.08 MB; Ubuntu base images are of similar size"),
  libc: { kind: 'glibc', version: null },
  cmd: ['/bin/bash'],
  bulk: ubuntuBulk,
  source: `${REPO_INFO} ubuntu tag-details snapshot (~2024-05)`,
  asOf: '~2024-05',
  notes:
    'Uncompressed size unknown: the manifest adds up to a labelled estimate (ubuntu:22.04), not a figure.',
});

const debianBase = {
  ...aptBase,
  repository: 'debian',
  release: 'debian:bookworm',
  libc: { kind: 'glibc' as const, version: null },
  cmd: ['bash'],
  compressed: notRead(),
};

export const debianBookworm = defineImage({
  ...debianBase,
  tag: 'bookworm',
  aliases: ['12'],
  approximateAliases: ['latest'],
  aliasNotes: {
    latest:
      '`debian:latest` is mapped to bookworm (12), the release the catalog has figures for; by 2026 Debian 13 ' +
      '(trixie) was stable, so `latest` may mean trixie.',
  },
  resolvedDescription: 'Debian 12 (bookworm)',
  ...repoInfoSize(116.57 * MB, 'repos/debian/local/bookworm.md', '857995de', '2026-07-13'),
  bulk: ubuntuBulk,
  notes: 'The distroless README gives "debian (124 MiB)"; Chainguard gives debian:11 = 118 MB.',
});

export const debianBookwormSlim = defineImage({
  ...debianBase,
  tag: 'bookworm-slim',
  aliases: ['12-slim'],
  resolvedDescription: 'Debian 12 (bookworm), slim variant',
  ...generatedSize('repos/debian/local/bookworm-slim.md'),
  bulk: { path: '/usr/**', note: 'the rest of the slim distribution (docs, man pages and locales removed)' },
  notes: 'Chainguard blog: debian:11-slim ~74 MB.',
});

export const ubuntuDebianImages: BaseImage[] = [
  ubuntu2004,
  ubuntu2204,
  ubuntu2404,
  debianBookworm,
  debianBookwormSlim,
];
