/** Operating-system base images: scratch, alpine, busybox. (Ubuntu and Debian live in their own file.) */
import { known, MB, estimate, unknown } from '../figure';
import type { BaseImage } from '../types';
import { defineImage, elf, link } from './define';
import { generatedSize, notRead, REPO_INFO, repoInfoSize } from './family';
import { alpineUserland, DEFAULT_PATH, fhsFolders } from './userland';

/** `FROM scratch`: the reserved empty base, no layers, 0 bytes. */
export const scratch: BaseImage = {
  repository: 'scratch',
  tag: '',
  aliases: [],
  resolvedDescription: 'scratch: the reserved empty base image (no layers, no files)',
  uncompressed: known(0, 'docs.docker.com/build/building/multi-stage/ (scratch has no layers)', null),
  compressed: known(0, 'docs.docker.com/build/building/multi-stage/ (scratch has no layers)', null),
  shell: null,
  packageManager: 'none',
  libc: { kind: 'none', version: null },
  runtimes: [],
  user: 'root',
  workdir: '/',
  entrypoint: null,
  cmd: null,
  env: {},
  manifest: [],
  source: 'docs.docker.com/build/building/multi-stage/',
  asOf: null,
  notes: '`FROM scratch` adds no layer; the image is only what later instructions add. There is no /bin/sh.',
};

const alpineCommon = {
  repository: 'alpine',
  shell: 'busybox ash',
  packageManager: 'apk' as const,
  runtimes: [],
  user: 'root',
  workdir: '/',
  entrypoint: null,
  cmd: ['/bin/sh'],
  env: { PATH: DEFAULT_PATH },
  bulk: { path: '/**', note: 'the rest of Alpine (apk database, libcrypto3/libssl3, /etc, …)' },
};

export const alpine321 = defineImage({
  ...alpineCommon,
  tag: '3.21',
  aliases: ['3.21.8'],
  approximateAliases: ['latest', '3'],
  aliasNotes: {
    latest:
      '`alpine:latest` points to a newer 3.x release in 2026, whose size is not in the catalog; 3.21 is used.',
    '3': '`alpine:3` points to the newest 3.x release in 2026, whose size is not in the catalog; 3.21 is used.',
  },
  resolvedDescription: 'Alpine Linux 3.21.8',
  release: 'alpine:3.21',
  ...repoInfoSize(7.8 * MB, 'repos/alpine/local/3.21.8.md', '7859ce44', '2026-09-17'),
  compressed: known(3_626_020, `${REPO_INFO} repos/alpine/remote/3.21.md @1746b587`, '2026-09-17'),
  libc: { kind: 'musl', version: '1.2.5' },
  named: [...alpineUserland(), ...fhsFolders(true)],
  notes: 'busybox 1.37.0, musl 1.2.5, apk-tools 2.14.6, ca-certificates-bundle.',
});

function olderAlpine(tag: string): BaseImage {
  return defineImage({
    ...alpineCommon,
    tag,
    aliases: [],
    resolvedDescription: `Alpine Linux ${tag}`,
    release: `alpine:${tag}`,
    uncompressed: unknown(
      'not found: no repo-info tag page was read for this release (no published figure found)',
    ),
    compressed: unknown('not found (no published figure found)'),
    estimate: estimate(7.8 * MB, "alpine:3.21's 7.8 MB; Alpine minirootfs sizes are similar across 3.x"),
    libc: { kind: 'musl', version: null },
    named: [...alpineUserland(), ...fhsFolders(true)],
    source: 'size not found in docker-library/repo-info',
    asOf: null,
    notes: 'Size unknown: the manifest adds up to a labelled estimate (alpine:3.21), not a measured figure.',
  });
}

export const alpine320 = olderAlpine('3.20');
export const alpine319 = olderAlpine('3.19');

export const busybox = defineImage({
  repository: 'busybox',
  tag: '1.38.0',
  aliases: ['latest', '1.38', '1'],
  aliasNotes: { latest: '`busybox:latest` was 1.38.0 as of 2026-05-13 (repo-info).' },
  resolvedDescription: 'BusyBox 1.38.0',
  ...generatedSize('repos/busybox/local/latest.md'),
  compressed: notRead(),
  shell: 'busybox sh',
  packageManager: 'none',
  libc: { kind: 'none', version: null },
  runtimes: [],
  user: 'root',
  workdir: '/',
  entrypoint: null,
  cmd: ['sh'],
  env: { PATH: DEFAULT_PATH },
  named: [
    elf('/bin/busybox', 1_100_000, 'static'),
    link('/bin/sh', '/bin/busybox'),
    link('/bin/ls', '/bin/busybox'),
    link('/bin/cat', '/bin/busybox'),
    link('/bin/find', '/bin/busybox'),
    link('/bin/wget', '/bin/busybox'),
  ],
  bulk: { path: '/**', note: 'the rest of the busybox image (/etc, /lib, applet links)' },
  notes:
    'No package manager. Applets are hard links to /bin/busybox in the real image (modelled as links). ' +
    'The libc the binary was built with is not recorded here; it is treated as static.',
});
