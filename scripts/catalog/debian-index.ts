/**
 * Debian package indexes (the `Packages` and `Contents` files apt downloads) read into plain records.
 * Pure functions over text, so the generators are deterministic on their inputs and testable on small
 * fixtures.
 */

/** One binary package as a `Packages` stanza describes it. */
export interface DebPackage {
  name: string;
  version: string;
  /** Installed-Size in KiB, as dpkg records it. */
  installedKiB: number;
  /** Size of the .deb in bytes (the download). */
  downloadBytes: number;
  /** Each entry is a list of alternatives (`a | b`), names only. */
  depends: string[][];
  preDepends: string[][];
  recommends: string[][];
  /** Virtual packages this one provides. */
  provides: string[];
  priority: string | null;
  essential: boolean;
}

/** Parses a dependency field (`libc6 (>= 2.34), a | b:any`) into alternatives of bare names. */
export function parseRelations(field: string | undefined): string[][] {
  if (!field) return [];
  return field
    .split(',')
    .map((group) =>
      group
        .split('|')
        .map((alt) =>
          alt
            .trim()
            .replace(/\s*\(.*?\)/g, '')
            .replace(/\s*\[.*?\]/g, '')
            .replace(/\s*<.*?>/g, ''),
        )
        .map((alt) => alt.replace(/:(any|native|amd64)$/, '').trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 0);
}

/** Splits a control file into stanzas of fields (continuation lines joined). */
export function parseStanzas(text: string): Record<string, string>[] {
  const stanzas: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  let last: string | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (Object.keys(current).length) stanzas.push(current);
      current = {};
      last = null;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      current[last] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon);
    current[last] = line.slice(colon + 1).trim();
  }
  if (Object.keys(current).length) stanzas.push(current);
  return stanzas;
}

/** Compares two Debian versions (dpkg's algorithm: epoch, upstream, revision; `~` sorts first). */
export function compareVersions(a: string, b: string): number {
  const split = (v: string): [number, string, string] => {
    const colon = v.indexOf(':');
    const epoch = colon >= 0 ? Number(v.slice(0, colon)) || 0 : 0;
    const rest = colon >= 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf('-');
    return dash >= 0 ? [epoch, rest.slice(0, dash), rest.slice(dash + 1)] : [epoch, rest, '0'];
  };
  const order = (c: string): number =>
    c === '~' ? -1 : c === '' ? 0 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256;
  const part = (x: string, y: string): number => {
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      let diff = 0;
      while ((i < x.length && !/\d/.test(x[i])) || (j < y.length && !/\d/.test(y[j]))) {
        const cx = i < x.length && !/\d/.test(x[i]) ? x[i] : '';
        const cy = j < y.length && !/\d/.test(y[j]) ? y[j] : '';
        diff = order(cx) - order(cy);
        if (diff) return diff;
        if (cx) i++;
        if (cy) j++;
      }
      let nx = '';
      let ny = '';
      while (i < x.length && /\d/.test(x[i])) nx += x[i++];
      while (j < y.length && /\d/.test(y[j])) ny += y[j++];
      diff = Number(nx || '0') - Number(ny || '0');
      if (diff) return diff;
    }
    return 0;
  };
  const [ea, ua, ra] = split(a);
  const [eb, ub, rb] = split(b);
  return ea - eb || part(ua, ub) || part(ra, rb);
}

/**
 * Reads `Packages` files of one release (main, updates, security in any order) into one map: for each
 * name the highest version, as apt would pick it.
 */
export function parsePackages(texts: string[]): Map<string, DebPackage> {
  const byName = new Map<string, DebPackage>();
  for (const text of texts) {
    for (const s of parseStanzas(text)) {
      if (!s.Package || !s.Version) continue;
      const pkg: DebPackage = {
        name: s.Package,
        version: s.Version,
        installedKiB: Number(s['Installed-Size'] ?? 0) || 0,
        downloadBytes: Number(s.Size ?? 0) || 0,
        depends: parseRelations(s.Depends),
        preDepends: parseRelations(s['Pre-Depends']),
        recommends: parseRelations(s.Recommends),
        provides: parseRelations(s.Provides).flat(),
        priority: s.Priority ?? null,
        essential: s.Essential === 'yes',
      };
      const seen = byName.get(pkg.name);
      if (!seen || compareVersions(pkg.version, seen.version) > 0) byName.set(pkg.name, pkg);
    }
  }
  return byName;
}

/** Virtual package name → the real packages providing it, sorted. */
export function providersOf(packages: Map<string, DebPackage>): Map<string, string[]> {
  const providers = new Map<string, string[]>();
  for (const pkg of packages.values()) {
    for (const virtual of pkg.provides) {
      const list = providers.get(virtual) ?? [];
      list.push(pkg.name);
      providers.set(virtual, list);
    }
  }
  for (const list of providers.values()) list.sort();
  return providers;
}

/**
 * Reads a `Contents` index and keeps, for the wanted packages, the programs they install: paths under a
 * bin/ or sbin/ directory. Lines are `path   section/pkg,section/pkg2`.
 */
export function programsFromContents(text: string, wanted: Set<string>): Map<string, string[]> {
  const programs = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^(\S.*?)\s+(\S+)$/.exec(line);
    if (!match) continue;
    const path = `/${match[1]}`;
    if (!/^\/(usr\/)?(local\/)?s?bin\/[^/]+$/.test(path)) continue;
    for (const qualified of match[2].split(',')) {
      const name = qualified.slice(qualified.lastIndexOf('/') + 1);
      if (!wanted.has(name)) continue;
      const list = programs.get(name) ?? [];
      list.push(path);
      programs.set(name, list);
    }
  }
  for (const list of programs.values()) list.sort();
  return programs;
}
