/**
 * Which Debian package indexes a Dockerfile needs: those of the Debian releases its FROM lines name,
 * when it runs `apt-get install` at all. The simulator worker and the CLI load only these.
 */
import { debianSuiteOf } from './debian';
import { resolveImage } from './resolve';

const APT = /\bapt(?:-get)?\b[^\n]*\binstall\b/;
const FROM = /^\s*FROM\s+(?:--\S+\s+)*([^\s#]+)/gim;

/** The Debian suites of the images the FROM lines name (their release or their packages' release). */
export function debianSuitesOfBases(text: string): string[] {
  if (typeof text !== 'string') return [];
  const suites = new Set<string>();
  for (const m of text.matchAll(FROM)) {
    if (m[1].includes('$')) continue;
    const image = resolveImage(m[1]).image;
    for (const release of [image?.release ?? null, image?.osPackages?.release ?? null]) {
      const suite = debianSuiteOf(release);
      if (suite) suites.add(suite);
    }
  }
  return [...suites].sort();
}

/** The Debian suites whose packages `apt-get install` in this Dockerfile text would come from. */
export function debianSuitesOfDockerfile(text: string): string[] {
  if (typeof text !== 'string' || !APT.test(text)) return [];
  const suites = new Set<string>();
  for (const m of text.matchAll(FROM)) {
    if (m[1].includes('$')) continue;
    const suite = debianSuiteOf(resolveImage(m[1]).image?.release ?? null);
    if (suite) suites.add(suite);
  }
  return [...suites].sort();
}
