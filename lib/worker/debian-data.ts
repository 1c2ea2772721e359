/**
 * Which Debian package indexes a request needs, so the worker loads one (about 36 kB gzipped, see
 * `loadDebianPackages`) only when apt is used on a Debian base, and before the request is answered.
 */
import { debianSuitesOfDockerfile, loadDebianPackages } from '../catalog';
import type { WorkerRequest } from './protocol';
import { applyEdits } from '../lint/fixes';

export { debianSuitesOfDockerfile };

const APT = /\bapt(?:-get)?\b[^\n]*\binstall\b/;
const SUITES = ['bookworm', 'trixie'];

const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[^/]*$|\.Dockerfile$/i;

function suitesOfFiles(files: ReadonlyArray<{ path: string; content?: string }>): string[] {
  const texts = files.filter((f) => DOCKERFILE.test(f.path)).map((f) => f.content ?? '');
  return [...new Set(texts.flatMap((text) => debianSuitesOfDockerfile(text)))].sort();
}

/**
 * The suites a worker request needs: a lab's Dockerfile; the Dockerfiles of a registered build context
 * (the terminal builds from it); a terminal line that runs apt (the container's release is not known
 * here, so both suites), or the live Dockerfile a terminal's `docker build` reads.
 */
export function debianSuitesOfRequest(request: WorkerRequest): string[] {
  switch (request?.kind) {
    case 'simulate':
      return debianSuitesOfDockerfile(request.text);
    case 'fix-size': {
      const fixed = applyEdits(request.text, request.edits ?? []);
      return [
        ...new Set([...debianSuitesOfDockerfile(request.text), ...debianSuitesOfDockerfile(fixed)]),
      ].sort();
    }
    case 'context':
      return suitesOfFiles(request.context?.files ?? []);
    case 'terminal':
      return APT.test(request.line ?? '') ? SUITES : suitesOfFiles(request.overlay ?? []);
    default:
      return [];
  }
}

/** Loads what the request needs; never rejects (without the data, apt falls back to its estimates). */
export async function prepareDebianData(request: WorkerRequest): Promise<void> {
  const suites = debianSuitesOfRequest(request);
  if (suites.length === 0) return;
  try {
    await loadDebianPackages(suites);
  } catch {
    // A chunk that fails to load leaves the labelled estimates in place.
  }
}
