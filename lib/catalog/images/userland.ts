/**
 * The named paths shared by many images: glibc's loader and libc, a Debian/Ubuntu userland, an Alpine
 * (busybox + musl) userland, the CA bundle. Per-file sizes are nominal and flagged as estimates; each
 * image's bulk entry absorbs the difference so totals still come from the facts.
 */
import { dir, elf, file, link } from './define';
import type { ManifestEntry } from '../types';

/** Docker's default PATH for Linux images. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const GLIBC_LOADER = '/lib64/ld-linux-x86-64.so.2';
export const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';
export const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/**
 * The top-level folders a distribution's root filesystem has besides /bin, /etc, /lib, /usr (which
 * the files below them imply) and the runtime mounts (/dev, /proc, /sys): the Filesystem Hierarchy
 * Standard's, which the Debian, Ubuntu and Alpine images ship empty (Alpine has no /boot). Only the
 * operating-system images name them: an image built on one may fill /home or /opt with files the
 * catalog does not list.
 */
export function fhsFolders(alpine = false): ManifestEntry[] {
  const paths = ['/boot', '/home', '/media', '/mnt', '/opt', '/run', '/srv', '/var', '/usr/local/bin'];
  return paths.filter((p) => !(alpine && p === '/boot')).map((p) => dir(p));
}

/** glibc's dynamic loader (via the /lib64 symlink, as on Debian and Ubuntu) and libc.so.6. */
export function glibcCore(): ManifestEntry[] {
  return [
    link(GLIBC_LOADER, '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
    file('/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', 240_000, { mode: 0o755 }),
    file('/lib/x86_64-linux-gnu/libc.so.6', 2_200_000, { mode: 0o755 }),
  ];
}

/** A glibc-linked ELF executable. */
export function glibcElf(path: string, sizeBytes: number, extra: Partial<ManifestEntry> = {}): ManifestEntry {
  return elf(path, sizeBytes, 'dynamic', GLIBC_LOADER, extra);
}

/** A musl-linked ELF executable. */
export function muslElf(path: string, sizeBytes: number, extra: Partial<ManifestEntry> = {}): ManifestEntry {
  return elf(path, sizeBytes, 'dynamic', MUSL_LOADER, extra);
}

/** The Mozilla CA bundle. */
export function caBundle(): ManifestEntry {
  return file(CA_BUNDLE, 220_000);
}

/** /etc/passwd and /etc/group. */
export function accounts(): ManifestEntry[] {
  return [file('/etc/passwd', 1_000), file('/etc/group', 500)];
}

/**
 * A Debian or Ubuntu userland with merged /usr: dash as /bin/sh, bash, apt and dpkg, at nominal sizes.
 * (In the real image /bin is a symlink to usr/bin; here the /bin paths that matter are file symlinks.)
 * The other programs of the release's packages (coreutils, findutils, grep, sed, …) are added to every
 * apt-based catalog image by `withDebianPrograms` (debian-programs.ts), per release.
 */
export function debianUserland(options: { apt?: boolean } = {}): ManifestEntry[] {
  const entries: ManifestEntry[] = [
    dir('/tmp', 0o1777),
    dir('/root', 0o700),
    ...glibcCore(),
    link('/bin/sh', '/usr/bin/dash'),
    glibcElf('/usr/bin/dash', 125_000),
    link('/bin/bash', '/usr/bin/bash'),
    glibcElf('/usr/bin/bash', 1_400_000),
    glibcElf('/usr/bin/ls', 140_000),
    glibcElf('/usr/bin/cat', 40_000),
    glibcElf('/usr/bin/find', 220_000),
    ...accounts(),
    file('/etc/os-release', 400),
  ];
  if (options.apt !== false) {
    // apt's configuration folder (the apt package ships it), where a Dockerfile may add or remove
    // settings such as the docker-clean hook (Dockerfile reference, "Example: cache apt packages").
    entries.push(
      glibcElf('/usr/bin/apt-get', 20_000),
      glibcElf('/usr/bin/dpkg', 300_000),
      dir('/etc/apt/apt.conf.d'),
    );
  }
  return entries;
}

/** An Alpine userland: busybox (its applets are links to it), musl, apk. */
export function alpineUserland(busyboxBytes = 817_152): ManifestEntry[] {
  return [
    dir('/tmp', 0o1777),
    dir('/root', 0o700),
    file(MUSL_LOADER, 650_000, { mode: 0o755, note: 'musl libc and loader in one file (nominal size)' }),
    link('/lib/libc.musl-x86_64.so.1', MUSL_LOADER),
    muslElf('/bin/busybox', busyboxBytes, {
      estimate: false,
      note: 'busybox package installed size, 798 KiB (repo-info alpine 3.21.8)',
    }),
    link('/bin/sh', '/bin/busybox'),
    link('/bin/ash', '/bin/busybox'),
    link('/bin/ls', '/bin/busybox'),
    link('/bin/cat', '/bin/busybox'),
    link('/usr/bin/find', '/bin/busybox'),
    link('/usr/bin/wget', '/bin/busybox'),
    muslElf('/sbin/apk', 100_000),
    caBundle(),
    ...accounts(),
    file('/etc/os-release', 400),
  ];
}

/** An Oracle Linux slim userland: bash as /bin/sh, coreutils, microdnf. */
export function oracleUserland(): ManifestEntry[] {
  return [
    dir('/tmp', 0o1777),
    dir('/root', 0o700),
    ...glibcCore(),
    link('/bin/sh', '/usr/bin/bash'),
    link('/bin/bash', '/usr/bin/bash'),
    glibcElf('/usr/bin/bash', 1_400_000),
    glibcElf('/usr/bin/ls', 140_000),
    glibcElf('/usr/bin/cat', 40_000),
    glibcElf('/usr/bin/microdnf', 100_000),
    ...accounts(),
    file('/etc/os-release', 400),
  ];
}
