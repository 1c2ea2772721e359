/**
 * The named paths shared by many images: glibc's loader and libc, a Debian/Ubuntu userland, an Alpine
 * (busybox + musl) userland, the CA bundle. Per-file sizes are nominal and flagged as estimates; each
 * image's bulk entry absorbs the difference so totals still come from the facts.
 */
import { dir, elf, file, link, script } from './define';
import type { ManifestEntry } from '../types';
import essential from '../data/debian-essential.json';

/** Docker's default PATH for Linux images. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const GLIBC_LOADER = '/lib64/ld-linux-x86-64.so.2';
export const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';
export const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

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

/** Where the Essential programs come from, for notes and the Sources page. */
export const ESSENTIAL_SOURCE =
  `${essential.source} (Debian ${essential.suite}, index of ${essential.asOf}); ` +
  'Debian Policy §3.8: Essential packages are on every Debian and Ubuntu system';

let essentialCache: ManifestEntry[] | null = null;

/**
 * The programs of Debian's Essential packages (coreutils, findutils, grep, sed, tar, gzip, bash, dash,
 * util-linux, …) at their merged-/usr paths, from lib/catalog/data/debian-essential.json: the one list
 * the engine's PATH lookup and the terminal share. Their bytes are inside the image's bulk entry. Ubuntu's
 * Essential set has the same packages; the paths are bookworm's.
 */
export function essentialPrograms(): ManifestEntry[] {
  if (essentialCache) return essentialCache;
  const out: ManifestEntry[] = [];
  for (const [name, [version, programs]] of Object.entries(essential.packages)) {
    const note = `from the Essential package ${name} (${version} in Debian ${essential.suite}); its size is in the image total`;
    const extra = { sizeInBulk: true, note } as const;
    for (const [path, kind, other] of programs as [string, string, string?][]) {
      if (kind === 'symlink' && other) out.push({ ...link(path, other), note });
      else if (kind === 'script' && other) out.push({ ...script(path, 0, other), ...extra });
      else if (kind === 'elf') out.push(glibcElf(path, 0, extra));
    }
  }
  essentialCache = out;
  return out;
}

/** The names of the Essential programs (`ls`, `head`, `grep`, …). */
export function essentialProgramNames(): Set<string> {
  return new Set(essentialPrograms().map((e) => e.path.slice(e.path.lastIndexOf('/') + 1)));
}

/**
 * A Debian or Ubuntu userland with merged /usr: dash as /bin/sh, bash, the Essential packages' programs
 * (coreutils, findutils, grep, sed, …), apt and dpkg. (In the real image /bin is a symlink to usr/bin;
 * here the /bin paths that matter are file symlinks.)
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
  const named = new Set(entries.map((e) => e.path));
  for (const program of essentialPrograms()) if (!named.has(program.path)) entries.push(program);
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
