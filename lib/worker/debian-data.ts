/**
 * Which Debian data a request needs, so the worker loads it before the request is answered, and only
 * when it is used: a release's package index (about 36 kB gzipped, see `loadDebianPackages`) for apt on
 * a Debian base, or for the versions of the inventory the worker sends with a simulation of a
 * Debian-based image; a release's programs (about 8 kB gzipped, see `loadDebianPrograms`) for every
 * image built on Debian or Ubuntu the request's Dockerfiles name.
 */
import {
  DEBIAN_PROGRAM_SUITES,
  debianProgramSuitesOfDockerfile,
  debianSuitesOfBases,
  debianSuitesOfDockerfile,
  loadDebianPackages,
  loadDebianPrograms,
  loadOfficialMore,
  officialMoreNeededBy,
} from '../catalog';
import type { WorkerRequest } from './protocol';
import { applyEdits } from '../lint/fixes';

export { debianSuitesOfDockerfile };

const APT = /\bapt(?:-get)?\b[^\n]*\binstall\b/;
/** `docker scout sbom` lists package versions. */
const SBOM = /\bscout\s+sbom\b/;
const SUITES = ['bookworm', 'trixie'];

const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[^/]*$|\.Dockerfile$/i;

function suitesOfFiles(files: ReadonlyArray<{ path: string; content?: string }>): string[] {
  const texts = files.filter((f) => DOCKERFILE.test(f.path)).map((f) => f.content ?? '');
  return [...new Set(texts.flatMap((text) => debianSuitesOfDockerfile(text)))].sort();
}

/**
 * The suites a worker request needs: a lab's Dockerfile (apt's suites and its bases', for the
 * inventory's versions); the Dockerfiles of a registered build context
 * (the terminal builds from it); a terminal line that runs apt (the container's release is not known
 * here, so both suites; so does `docker scout sbom`), or the live Dockerfile a terminal's `docker build` reads.
 */
export function debianSuitesOfRequest(request: WorkerRequest): string[] {
  switch (request?.kind) {
    case 'simulate':
      return [
        ...new Set([...debianSuitesOfDockerfile(request.text), ...debianSuitesOfBases(request.text)]),
      ].sort();
    case 'fix-size': {
      const fixed = applyEdits(request.text, request.edits ?? []);
      return [
        ...new Set([...debianSuitesOfDockerfile(request.text), ...debianSuitesOfDockerfile(fixed)]),
      ].sort();
    }
    case 'context':
      return suitesOfFiles(request.context?.files ?? []);
    case 'terminal':
      return APT.test(request.line ?? '') || SBOM.test(request.line ?? '')
        ? SUITES
        : suitesOfFiles(request.overlay ?? []);
    default:
      return [];
  }
}

/** The releases whose programs the Dockerfiles among `files` need. */
function programSuitesOfFiles(files: ReadonlyArray<{ path: string; content?: string }>): string[] {
  return files
    .filter((f) => DOCKERFILE.test(f.path))
    .flatMap((f) => debianProgramSuitesOfDockerfile(f.content ?? ''));
}

/**
 * The releases of the apt-based catalog images a terminal line names (`docker run ubuntu:24.04 ls`):
 * each word is tried as an image reference. An image built in the session had its release loaded when
 * its Dockerfile was registered or sent; a word that is a variable may be any image, so every release.
 */
function programSuitesOfLine(line: string): string[] {
  const words = line.split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
  if (words.some((w) => w.includes('$'))) return [...DEBIAN_PROGRAM_SUITES];
  const refs = words.filter((w) => /^[a-z0-9]/.test(w)).map((w) => `FROM ${w}\n`);
  return refs.flatMap((ref) => debianProgramSuitesOfDockerfile(ref));
}

/**
 * The releases whose programs a request's images need: those its Dockerfiles name, and for a terminal
 * line the images it names besides the live Dockerfile's.
 */
export function debianProgramSuitesOfRequest(request: WorkerRequest): string[] {
  const sorted = (suites: string[]) => [...new Set(suites)].sort();
  switch (request?.kind) {
    case 'simulate':
      return debianProgramSuitesOfDockerfile(request.text);
    case 'fix-size':
      return sorted([
        ...debianProgramSuitesOfDockerfile(request.text),
        ...debianProgramSuitesOfDockerfile(applyEdits(request.text, request.edits ?? [])),
      ]);
    case 'context':
      return sorted(programSuitesOfFiles(request.context?.files ?? []));
    case 'terminal':
    case 'terminal-complete':
      return sorted([
        ...programSuitesOfLine(request.line ?? ''),
        ...programSuitesOfFiles(request.overlay ?? []),
      ]);
    default:
      return [];
  }
}

/**
 * Whether a request needs the official images not bundled in the browser (`officialMoreNeededBy`):
 * always for completion (it lists every image) and for a terminal (its lines may name any image).
 */
export function officialMoreNeeded(request: WorkerRequest): boolean {
  switch (request?.kind) {
    case 'simulate':
    case 'hover':
      return officialMoreNeededBy(request.text);
    case 'fix-size':
      return (
        officialMoreNeededBy(request.text) ||
        officialMoreNeededBy(applyEdits(request.text, request.edits ?? []))
      );
    case 'context':
      return (request.context?.files ?? [])
        .filter((f) => DOCKERFILE.test(f.path))
        .some((f) => officialMoreNeededBy(f.content ?? ''));
    case 'complete':
    case 'terminal':
    case 'terminal-complete':
      return officialMoreNeededBy('FROM $ANY\n');
    default:
      return false;
  }
}

/**
 * Loads what the request needs; never rejects (without a package index, apt falls back to its
 * estimates; without a release's programs, its images' program folders stay "can't tell").
 */
export async function prepareDebianData(request: WorkerRequest): Promise<void> {
  // First the official images the bundle lacks: the Debian releases below are read from resolved images.
  if (officialMoreNeeded(request)) await loadOfficialMore().catch(() => undefined);
  const suites = debianSuitesOfRequest(request);
  const programs = debianProgramSuitesOfRequest(request);
  await Promise.all([
    suites.length > 0 ? loadDebianPackages(suites).catch(() => undefined) : null,
    programs.length > 0 ? loadDebianPrograms(programs).catch(() => undefined) : null,
  ]);
}
