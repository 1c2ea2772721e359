/**
 * Links Debian packages' maintainer scripts make with update-alternatives when they are installed, so
 * neither the package's .deb nor Debian's Contents index lists them: `[link, target]`, made when the
 * package has the target (gcc's postinst registers /usr/bin/cc, g++'s /usr/bin/c++, mawk's awk). Used by
 * the program lists generated for base images (scripts/catalog/debian-programs.ts) and by `apt-get
 * install` over the package indexes (lib/catalog/debian.ts).
 */
export const ALTERNATIVES: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  mawk: [
    ['/usr/bin/awk', '/usr/bin/mawk'],
    ['/usr/bin/nawk', '/usr/bin/mawk'],
  ],
  'gcc-12': [['/usr/bin/cc', '/usr/bin/gcc-12']],
  gcc: [['/usr/bin/cc', '/usr/bin/gcc']],
  'g++': [['/usr/bin/c++', '/usr/bin/g++']],
};

/** The alternatives links the named packages make, given the programs they install. */
export function alternativesLinks(packages: readonly string[], programs: readonly string[]): string[] {
  const has = new Set(programs);
  const links: string[] = [];
  for (const name of packages)
    for (const [link, target] of ALTERNATIVES[name] ?? [])
      if (has.has(target) && !has.has(link)) {
        has.add(link);
        links.push(link);
      }
  return links;
}
