/**
 * Which Debian package indexes a Dockerfile needs: those of the Debian releases its FROM lines name,
 * when it runs `apt-get install` at all. The simulator worker and the CLI load only these.
 */
import { debianSuiteOf } from './debian';
import { DEBIAN_PROGRAM_SUITES, imageProgramSuite } from './images/debian-programs';
import { OFFICIAL_MORE_REPOSITORIES, officialMoreLoaded } from './images/repo-info-data';
import { parseImageReference } from './reference';
import { resolveImage } from './resolve';

/** A line that runs `apt install` or `apt-get install`. */
export const APT_INSTALL = /\bapt(?:-get)?\b[^\n]*\binstall\b/;
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
  if (typeof text !== 'string' || !APT_INSTALL.test(text)) return [];
  const suites = new Set<string>();
  for (const m of text.matchAll(FROM)) {
    if (m[1].includes('$')) continue;
    const suite = debianSuiteOf(resolveImage(m[1]).image?.release ?? null);
    if (suite) suites.add(suite);
  }
  return [...suites].sort();
}

/** Images a build may read besides FROM's: `COPY --from=`, `RUN --mount=…,from=`. */
const FROM_FLAG = /(?:--from=|[\s,]from=)["']?([^\s,"']+)/gi;

/**
 * The Debian releases whose programs (lib/catalog/data/debian-programs/) the images this Dockerfile
 * names need: those of FROM lines and of `--from=` sources that are apt-based catalog images. An image
 * named through a variable may be any image, so every release is needed then. Until a release is
 * loaded its images' program folders are unknown (see `withDebianPrograms`), so a release missed here
 * costs precision, never a false "not found".
 */
export function debianProgramSuitesOfDockerfile(text: string): string[] {
  if (typeof text !== 'string') return [];
  const refs = [...text.matchAll(FROM), ...text.matchAll(FROM_FLAG)].map((m) => m[1]);
  if (refs.some((ref) => ref.includes('$'))) return [...DEBIAN_PROGRAM_SUITES].sort();
  const suites = new Set<string>();
  for (const ref of refs) {
    const image = resolveImage(ref).image;
    const of = image ? imageProgramSuite(image) : null;
    if (of) suites.add(of.suite);
  }
  return [...suites].sort();
}

const STAGE_NAME = /^\s*FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)/gim;

/**
 * Whether analysing this Dockerfile needs the official images not bundled in the browser
 * (official-more.json): it names one of their repositories, or an image the bundled catalog does not
 * know (whose size estimate is a median over every catalog image), or one through a variable, or a
 * reference this scan cannot read. False once the data is loaded. Stage names are not images.
 */
export function officialMoreNeededBy(text: string): boolean {
  if (officialMoreLoaded() || typeof text !== 'string') return false;
  const stages = new Set([...text.matchAll(STAGE_NAME)].map((m) => m[1].toLowerCase()));
  const refs = [...text.matchAll(FROM), ...text.matchAll(FROM_FLAG)].map((m) => m[1]);
  return refs.some((ref) => {
    if (ref.includes('$')) return true;
    if (stages.has(ref.toLowerCase()) || /^\d+$/.test(ref) || ref === 'scratch') return false;
    const parsed = parseImageReference(ref);
    if (!parsed.ok) return true;
    return OFFICIAL_MORE_REPOSITORIES.includes(parsed.repository) || resolveImage(ref).image === null;
  });
}

/**
 * Whether a terminal line needs the official images not bundled in the browser: one of its words after
 * the command's name names one of their repositories (`docker run redis:8`; `docker` itself is one of
 * them, but as the command it is not an image), or a variable may (`$IMAGE`). A word that names no
 * catalog image at all (`ls`, `/tmp`) needs nothing: the terminal says such an image is not there.
 */
export function officialMoreNeededByWords(lineWords: readonly string[]): boolean {
  if (officialMoreLoaded()) return false;
  return lineWords.slice(1).some((word) => {
    if (word.includes('$')) return true;
    if (!/^[a-z0-9]/.test(word)) return false;
    const parsed = parseImageReference(word);
    return parsed.ok && OFFICIAL_MORE_REPOSITORIES.includes(parsed.repository);
  });
}
