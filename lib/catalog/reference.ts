/**
 * Docker image references, parsed and normalised the way Docker's reference library does it
 * (github.com/distribution/reference): `ubuntu` is `docker.io/library/ubuntu:latest`, `index.docker.io`
 * is `docker.io`, repository paths must be lowercase, a tag is `[\w][\w.-]{0,127}`, a digest is
 * `algorithm:hex`. Never throws.
 */

/** A reference that parsed. */
export interface ParsedReference {
  ok: true;
  /** Registry host, `docker.io` by default. */
  domain: string;
  /** Path on the registry, e.g. `library/ubuntu` or `distroless/static-debian12`. */
  path: string;
  /** The familiar repository name: `ubuntu`, `bitnami/redis`, `gcr.io/distroless/static-debian12`. */
  repository: string;
  /** The tag as written, or null when none was given. */
  tag: string | null;
  /** The digest (`sha256:…`), or null. */
  digest: string | null;
  /** `repository:tag` (tag defaulted to `latest` unless only a digest is given) plus `@digest`. */
  normalized: string;
}

/** A reference Docker would reject, with Docker's error text. */
export interface InvalidReference {
  ok: false;
  error: string;
}

export type ReferenceParse = ParsedReference | InvalidReference;

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
const MAX_NAME_LENGTH = 255;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$|^\[[a-fA-F0-9:]+\](?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;

const INVALID = 'invalid reference format';

/** Parses and normalises an image reference. Whitespace around it is ignored. */
export function parseImageReference(input: string): ReferenceParse {
  const text = input.trim();
  if (text === '') return { ok: false, error: `${INVALID}: the image name is empty` };
  if (text.includes('$')) {
    return { ok: false, error: `${INVALID}: "${text}" still contains an unexpanded variable` };
  }
  if (HEX64.test(text)) {
    return {
      ok: false,
      error: `invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`,
    };
  }

  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { ok: false, error: `${INVALID}: invalid digest "${digest}"` };
  }

  let tag: string | null = null;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return { ok: false, error: `${INVALID}: invalid tag "${tag}"` };
  }

  const { domain, path } = splitDomain(rest);
  if (path.toLowerCase() !== path) {
    return { ok: false, error: `${INVALID}: repository name must be lowercase` };
  }
  if (!DOMAIN.test(domain) || path === '' || !path.split('/').every((part) => PATH_COMPONENT.test(part))) {
    return { ok: false, error: INVALID };
  }
  if (domain.length + 1 + path.length > MAX_NAME_LENGTH) {
    return {
      ok: false,
      error: `${INVALID}: repository name must not be more than ${MAX_NAME_LENGTH} characters`,
    };
  }

  const repository =
    domain === DEFAULT_DOMAIN
      ? path.startsWith(OFFICIAL_PREFIX)
        ? path.slice(OFFICIAL_PREFIX.length)
        : path
      : `${domain}/${path}`;
  const shownTag = tag ?? (digest ? null : 'latest');
  const normalized = `${repository}${shownTag ? `:${shownTag}` : ''}${digest ? `@${digest}` : ''}`;
  return { ok: true, domain, path, repository, tag, digest, normalized };
}

/** Docker's splitDockerDomain: the first component is a registry only if it looks like a host. */
function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const isHost =
    slash >= 0 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first);
  let domain = isHost ? first : DEFAULT_DOMAIN;
  let path = isHost ? name.slice(slash + 1) : name;
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = `${OFFICIAL_PREFIX}${path}`;
  return { domain, path };
}
