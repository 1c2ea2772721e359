/**
 * Which Debian data a request needs, so the worker loads it before the request is answered, and only
 * when it is used: a release's package index (about 36 kB gzipped, see `loadDebianPackages`) for apt on
 * a Debian base, or for the versions of the inventory the worker sends with a simulation of a
 * Debian-based image; a release's programs (about 8 kB gzipped, see `loadDebianPrograms`) for every
 * image built on Debian or Ubuntu the request's Dockerfiles name.
 */
import {
  APT_INSTALL,
  DEBIAN_PACKAGE_SUITES,
  DEBIAN_PROGRAM_SUITES,
  debianProgramSuitesOfDockerfile,
  debianSuitesOfBases,
  debianSuitesOfDockerfile,
  loadDebianPackages,
  loadDebianPrograms,
  loadOfficialMore,
  officialMoreNeededBy,
  officialMoreNeededByWords,
} from '../catalog';
import type { WorkerRequest } from './protocol';
import { applyEdits } from '../lint/fixes';

export { debianSuitesOfDockerfile };

/** `docker scout sbom` lists package versions. */
const SBOM = /\bscout\s+sbom\b/;

const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[^/]*$|\.Dockerfile$/i;

/** The Dockerfile texts among a build context's or a terminal overlay's files. */
function dockerfilesAmong(files: ReadonlyArray<{ path: string; content?: string }> | undefined): string[] {
  return (files ?? []).filter((f) => DOCKERFILE.test(f.path)).map((f) => f.content ?? '');
}

/** Each request's Dockerfile texts, worked out once (`prepareDebianData` asks three times). */
const texts = new WeakMap<object, string[]>();

/**
 * The Dockerfile texts a request analyses or builds from: a lab's text (and, for a size fix, the text
 * with the fix applied), a registered build context's Dockerfiles, a terminal's live Dockerfiles.
 */
function dockerfilesOf(request: WorkerRequest): string[] {
  if (!request || typeof request !== 'object') return [];
  const known = texts.get(request);
  if (known) return known;
  const found = readDockerfiles(request);
  texts.set(request, found);
  return found;
}

function readDockerfiles(request: WorkerRequest): string[] {
  switch (request.kind) {
    case 'simulate':
    case 'hover':
      return [request.text];
    case 'fix-size':
      return [request.text, applyEdits(request.text, request.edits ?? [])];
    case 'context':
      return dockerfilesAmong(request.context?.files);
    case 'terminal':
    case 'terminal-complete':
      return dockerfilesAmong(request.overlay);
    default:
      return [];
  }
}

const union = (lists: string[][]): string[] => [...new Set(lists.flat())].sort();

/**
 * The suites a worker request needs: a lab's Dockerfile (apt's suites and its bases', for the
 * inventory's versions); the Dockerfiles of a registered build context (the terminal builds from it); a
 * terminal line that runs apt (the container's release is not known here, so every suite; so does
 * `docker scout sbom`), or the live Dockerfile a terminal's `docker build` reads.
 */
export function debianSuitesOfRequest(request: WorkerRequest): string[] {
  const kind = request?.kind;
  if (kind !== 'simulate' && kind !== 'fix-size' && kind !== 'context' && kind !== 'terminal') return [];
  if (kind === 'terminal' && (APT_INSTALL.test(request.line ?? '') || SBOM.test(request.line ?? '')))
    return [...DEBIAN_PACKAGE_SUITES];
  const texts = dockerfilesOf(request);
  return union([
    ...texts.map(debianSuitesOfDockerfile),
    ...(kind === 'simulate' ? texts.map(debianSuitesOfBases) : []),
  ]);
}

/** A terminal line's words, their quotes taken off. */
function lineWords(line: string): string[] {
  return line.split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
}

/**
 * The releases of the apt-based catalog images a terminal line names (`docker run ubuntu:24.04 ls`):
 * each word is tried as an image reference. An image built in the session had its release loaded when
 * its Dockerfile was registered or sent; a word that is a variable may be any image, so every release.
 */

function programSuitesOfLine(line: string): string[] {
  const words = lineWords(line);
  if (words.some((w) => w.includes('$'))) return [...DEBIAN_PROGRAM_SUITES];
  const refs = words.filter((w) => /^[a-z0-9]/.test(w)).map((w) => `FROM ${w}\n`);
  return refs.flatMap((ref) => debianProgramSuitesOfDockerfile(ref));
}

/**
 * The releases whose programs a request's images need: those its Dockerfiles name, and for a terminal
 * line the images it names besides the live Dockerfile's.
 */
export function debianProgramSuitesOfRequest(request: WorkerRequest): string[] {
  if (request?.kind === 'hover') return [];
  const fromLine =
    request?.kind === 'terminal' || request?.kind === 'terminal-complete'
      ? programSuitesOfLine(request.line ?? '')
      : [];
  return union([fromLine, ...dockerfilesOf(request).map(debianProgramSuitesOfDockerfile)]);
}

/**
 * Whether a request needs the official images not bundled in the browser (`officialMoreNeededBy`):
 * always for completion (it lists every image); for a terminal line, when a word names one of their
 * repositories or the live Dockerfiles need them.
 */
export function officialMoreNeeded(request: WorkerRequest): boolean {
  const kind = request?.kind;
  if (kind === 'complete' || kind === 'terminal-complete') return officialMoreNeededBy('FROM $ANY\n');
  if (kind === 'terminal' && officialMoreNeededByWords(lineWords(request.line ?? ''))) return true;
  return dockerfilesOf(request).some(officialMoreNeededBy);
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
