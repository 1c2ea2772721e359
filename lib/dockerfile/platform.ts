/**
 * Platforms as BuildKit reads them: `os/arch[/variant]` strings normalised the way containerd's
 * `platforms.Normalize` does (`arm64/v8` → `arm64`, `x86_64` → `amd64`, `aarch64` → `arm64`, a
 * bare `arm64` → `linux/arm64`), and the eight platform ARGs BuildKit predefines for a build
 * (docs.docker.com/build/building/variables/#multi-platform-build-arguments).
 */

/** One platform: `linux/arm64`, `linux/arm/v7`. */
export interface Platform {
  os: string;
  arch: string;
  /** '' when the platform has none. */
  variant: string;
}

/** The platform the simulated build machine runs on (Docker Desktop and CI runners are mostly amd64). */
export const DEFAULT_BUILD_PLATFORM = 'linux/amd64';

const ARCH_ALIASES: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
};

const OSES = new Set(['linux', 'windows', 'darwin', 'freebsd']);

/** Platforms by text: a build reads the same few platform strings many times. */
const PARSED = new Map<string, Platform | null>();

/**
 * Parses and normalises `linux/arm64`, `arm64`, `linux/arm/v7`; null when the text is no platform
 * (empty, too many parts, characters a platform cannot have). Each call gives its own object.
 */
export function parsePlatform(text: string): Platform | null {
  if (typeof text !== 'string') return null;
  let parsed = PARSED.get(text);
  if (parsed === undefined) {
    parsed = readPlatform(text);
    if (PARSED.size >= 200) PARSED.clear();
    PARSED.set(text, parsed);
  }
  return parsed && { ...parsed };
}

function readPlatform(text: string): Platform | null {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return null;
  let [os, arch, variant = ''] = parts;
  if (parts.length === 1) {
    // A lone word is an architecture on Linux, or an OS with the host's architecture.
    if (OSES.has(os)) [os, arch] = [os, 'amd64'];
    else [os, arch] = ['linux', os];
  }
  arch = ARCH_ALIASES[arch] ?? arch;
  if (os === 'macos') os = 'darwin';
  if (arch === 'arm64' && variant === 'v8') variant = '';
  if (arch === 'arm' && variant === '') variant = 'v7';
  if (arch === 'arm' && /^\d+$/.test(variant)) variant = `v${variant}`;
  return { os, arch, variant };
}

/** `linux/arm/v7`, `linux/amd64`. */
export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.arch}${p.variant ? `/${p.variant}` : ''}`;
}

/** The normalised text of `text`, or null when it is no platform. */
export function normalizePlatform(text: string): string | null {
  const p = parsePlatform(text);
  return p ? formatPlatform(p) : null;
}

/** Splits `--platform linux/amd64,linux/arm64` into normalised platforms, keeping order, no repeats. */
export function platformList(text: string): { platforms: string[]; invalid: string[] } {
  const platforms: string[] = [];
  const invalid: string[] = [];
  for (const raw of String(text).split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const p = normalizePlatform(item);
    if (p === null) invalid.push(item);
    else if (!platforms.includes(p)) platforms.push(p);
  }
  return { platforms, invalid };
}

/**
 * The platform ARGs BuildKit defines in the global scope for a build of `target` on `build`
 * (both normalised platforms; an unreadable one falls back to linux/amd64).
 */
export function platformArgs(target: string, build: string = DEFAULT_BUILD_PLATFORM): Record<string, string> {
  const t = parsePlatform(target) ?? { os: 'linux', arch: 'amd64', variant: '' };
  const b = parsePlatform(build) ?? { os: 'linux', arch: 'amd64', variant: '' };
  return {
    BUILDPLATFORM: formatPlatform(b),
    BUILDOS: b.os,
    BUILDARCH: b.arch,
    BUILDVARIANT: b.variant,
    TARGETPLATFORM: formatPlatform(t),
    TARGETOS: t.os,
    TARGETARCH: t.arch,
    TARGETVARIANT: t.variant,
  };
}

/** True when a machine of platform `host` runs `p` without emulation (same OS and architecture). */
export function runsNatively(p: string, host: string): boolean {
  const a = parsePlatform(p);
  const b = parsePlatform(host);
  if (!a || !b) return true;
  if (a.os !== b.os) return false;
  if (a.arch === b.arch) return a.arch !== 'arm' || a.variant <= b.variant;
  // amd64 machines run 386 code natively; arm64 machines mostly run arm/v7 natively.
  return (b.arch === 'amd64' && a.arch === '386') || (b.arch === 'arm64' && a.arch === 'arm');
}
