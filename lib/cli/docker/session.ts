/**
 * The session's image store: images by content id, tags pointing at them, and Docker's rules for
 * finding an image by name, tag or id prefix.
 */
import { parseImageReference } from '../../catalog/reference';
import type { BuildContext, SimulatedImage } from '../../build/types';
import { imageId } from './image-id';
import type { DockerSession, StoredImage } from './types';

/** Options of {@link createDockerSession}. */
export interface SessionOptions {
  context: BuildContext;
  /** The clock; `Date.now` when not given. */
  now?: () => number;
  /** Output goes to a terminal (colours). */
  tty?: boolean;
}

/** A fresh session: no images, no containers, the given build context. */
export function createDockerSession(options: SessionOptions): DockerSession {
  return {
    context: options.context,
    images: [],
    containers: [],
    created: 0,
    foreground: [],
    hostFiles: [],
    cache: new Set(),
    tty: options.tty ?? false,
    now: options.now ?? (() => Date.now()),
  };
}

/**
 * `name` as Docker normalises it for a tag (`calc` → `calc:latest`), or null when Docker would reject
 * the reference (a digest is not a tag either).
 */
export function normalizeTag(name: string): string | null {
  const ref = parseImageReference(name);
  if (!ref.ok || ref.digest) return null;
  return `${ref.repository}:${ref.tag ?? 'latest'}`;
}

/** The daemon's error for an image `ref` the session does not have (moby daemon/images/image.go). */
export function noSuchImage(ref: string): string {
  return `Error response from daemon: No such image: ${normalizeTag(ref) ?? ref}`;
}

/** What to do about it, as a note beside that error. */
export const NO_SUCH_IMAGE_HINT =
  'docker images lists the images this terminal has: build one with docker build -t NAME ., or pull it.';

/**
 * The image `ref` names: a tag (`calc`, `calc:v1`), a full id, `sha256:` id or an id prefix of at
 * least 1 digit, as Docker resolves them. Null when the session has no such image.
 */
export function findImage(session: DockerSession, ref: string): StoredImage | null {
  const tag = normalizeTag(ref);
  if (tag) {
    const tagged = session.images.find((i) => i.tags.includes(tag));
    if (tagged) return tagged;
  }
  const hex = ref.startsWith('sha256:') ? ref.slice(7) : ref;
  if (!/^[0-9a-f]+$/.test(hex)) return null;
  const matches = session.images.filter((i) => i.id.startsWith(hex));
  return matches.length === 1 ? matches[0] : null;
}

/**
 * Stores a built image and moves `tags` to it (a tag names one image: an older image loses it and
 * shows as `<none>`, as after a rebuild). Returns the stored image.
 */
export function storeImage(session: DockerSession, image: SimulatedImage, tags: string[]): StoredImage {
  const id = imageId(image);
  for (const other of session.images) other.tags = other.tags.filter((t) => !tags.includes(t));
  let stored = session.images.find((i) => i.id === id);
  if (stored) {
    for (const t of tags) if (!stored.tags.includes(t)) stored.tags.push(t);
  } else {
    stored = { id, image, tags: [...tags], createdAt: session.now() };
    session.images.push(stored);
  }
  return stored;
}

/** Every tag known in the session (for completion), in store order. */
export function imageNames(session: DockerSession): string[] {
  return session.images.flatMap((i) => i.tags.map((t) => t.replace(/:latest$/, '')));
}

/**
 * An image name as `docker ps` shows it: Docker Hub's `docker.io/library/` and `docker.io/` left out
 * (distribution/reference `FamiliarString`, used by docker/cli cli/command/formatter/container.go).
 */
export function familiarName(ref: string): string {
  return ref.replace(/^(?:docker\.io|index\.docker\.io)\/(?:library\/)?/, '');
}

/**
 * Why the docker CLI refuses `ref` as an image for `docker run`, or null when it takes it
 * (distribution/reference `ParseAnyReference`, `ParseNormalizedNamed` and `splitDockerDomain`, as
 * vendored in docker/cli): an uppercase repository is named with Docker Hub's `library/` prefix.
 */
export function referenceError(ref: string): string | null {
  if (/^[a-f0-9]{64}$/.test(ref) || /^sha256:[a-f0-9]{64}$/.test(ref)) return null;
  const [first, ...rest] = ref.split('/');
  const hasDomain =
    rest.length > 0 && (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first);
  let remainder = hasDomain ? rest.join('/') : ref;
  if ((!hasDomain || first === 'docker.io') && !remainder.includes('/')) remainder = `library/${remainder}`;
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote)
    return `invalid reference format: repository name (${remote}) must be lowercase`;
  return parseImageReference(ref).ok ? null : 'invalid reference format';
}

/** The 12-digit short id Docker shows. */
export function shortId(id: string): string {
  return id.slice(0, 12);
}
