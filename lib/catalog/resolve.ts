/**
 * Resolving an image reference (as written after FROM or COPY --from) against the catalog, the way
 * Docker normalises it, with an explanation of what the tag meant and as of when. Never throws.
 */
import { neutralImageEstimate } from './estimate';
import { catalogImages, completeImage, REPOSITORY_ALIASES, SCRATCH_IMAGE } from './images';
import { officialRepositoryPending } from './images/repo-info-data';
import { parseImageReference, type ParsedReference } from './reference';
import type { BaseImage, Confidence, ImageResolution } from './types';

/** Formats bytes as Docker's decimal MB for explanations (e.g. `78.08 MB`). */
function mb(bytes: number): string {
  const text = (bytes / 1_000_000).toFixed(2).replace(/\.?0+$/, '');
  return `${text} MB`;
}

/** Every image in the catalog (scratch first), e.g. for editor completion. */
export function listCatalogImages(): BaseImage[] {
  return [SCRATCH_IMAGE, ...catalogImages().map(completeImage)];
}

/** The catalog entry for an exact repository and tag (or one of its aliases), or null. */
export function findCatalogImage(repository: string, tag: string): BaseImage | null {
  const candidates = catalogImages().filter((image) => image.repository === repository);
  const found =
    candidates.find((image) => image.tag === tag) ??
    candidates.find((image) => image.aliases.includes(tag)) ??
    candidates.find((image) => image.approximateAliases?.includes(tag));
  return found ? completeImage(found) : null;
}

/** All tags the catalog has for a repository (entry tags and aliases). */
export function catalogTags(repository: string): string[] {
  return catalogImages()
    .filter((image) => image.repository === repository)
    .flatMap((image) => [image.tag, ...image.aliases, ...(image.approximateAliases ?? [])]);
}

/**
 * Resolves a reference: Docker's normalisation (`docker.io/library/`, `index.docker.io/`, default tag
 * `latest`, digests), the catalog's aliases, and an explanation of what the tag resolved to and as of
 * when. An invalid reference or an image the catalog does not know gives `image: null`; for the latter
 * the explanation names the neutral estimate that will be used.
 */
export function resolveImage(ref: string): ImageResolution {
  const input = typeof ref === 'string' ? ref : '';
  const parsed = parseImageReference(input);
  if (!parsed.ok) {
    return {
      input,
      normalized: input.trim(),
      image: null,
      explanation: `${parsed.error}. Docker rejects this reference, so the build would fail here.`,
      confidence: 'high',
    };
  }
  if (parsed.path === 'library/scratch' && parsed.domain === 'docker.io')
    return resolveScratch(input, parsed);

  const alias = REPOSITORY_ALIASES[parsed.repository];
  const repository = alias ? alias.repository : parsed.repository;
  const aliasNote = alias ? ` ${alias.note}` : '';
  const tags = catalogTags(repository);
  if (tags.length === 0 && officialRepositoryPending(repository)) return pendingImage(input, parsed);
  if (tags.length === 0)
    return notInCatalog(input, parsed, `\`${parsed.repository}\` is not in the catalog.`);

  const tag = parsed.tag ?? (parsed.digest ? null : 'latest');
  if (tag === null) {
    // Only a digest: it pins one exact build, which cannot be mapped back to a tag.
    const first = catalogImages().find((entry) => entry.repository === repository);
    const image = findCatalogImage(repository, 'latest') ?? (first ? completeImage(first) : null);
    if (!image) {
      return notInCatalog(
        input,
        parsed,
        `\`${input.trim()}\` pins a digest, which cannot be mapped to a tag, and the catalog has no \`latest\` for ` +
          `\`${repository}\`.${aliasNote}`,
      );
    }
    return {
      input,
      normalized: parsed.normalized,
      image,
      explanation:
        `A digest pins one exact build; the catalog cannot tell which tag it belongs to, so it matched ` +
        `\`${repository}\` by name as \`${image.repository}:${image.tag}\`: ${describe(image)}.${aliasNote}`,
      confidence: 'low',
    };
  }

  const image = findCatalogImage(repository, tag);
  if (!image) {
    const caseHint = tags.some((t) => t.toLowerCase() === tag.toLowerCase())
      ? ' Tags are case-sensitive.'
      : '';
    return notInCatalog(
      input,
      parsed,
      `The catalog has no \`${repository}:${tag}\` (it knows ${tags.map((t) => `\`${t}\``).join(', ')}).${caseHint}${aliasNote}`,
    );
  }

  const approximate = image.tag !== tag && !image.aliases.includes(tag);
  let confidence: Confidence = approximate || alias?.approximate ? 'medium' : 'high';
  const written = input.trim();
  const via = image.tag === tag ? '' : ` (\`${tag}\` → \`${image.tag}\`)`;
  let explanation =
    parsed.tag === null
      ? `\`${written}\` has no tag, so Docker uses \`${parsed.normalized}\`${via}: ${describe(image)}.`
      : written === parsed.normalized
        ? `\`${written}\`${via}: ${describe(image)}.`
        : `\`${written}\` means \`${parsed.normalized}\`${via}: ${describe(image)}.`;
  const note = image.aliasNotes?.[tag];
  if (note) explanation += ` ${note}`;
  if (image.olderTag)
    explanation += ` An older tag: the figures are of a build of ${image.asOf ?? 'an unknown date'}, and the tag may name another build now.`;
  explanation += aliasNote;
  if (parsed.digest) {
    explanation += ` The digest pins one exact build; the catalog describes the tag's build as of ${image.asOf ?? 'an unknown date'} and cannot check that the digest is that build.`;
    if (confidence === 'high') confidence = 'medium';
  }
  if (image.retired) {
    const r = image.retired;
    explanation +=
      ` Its publisher stopped building it on ${r.date} (${r.repository} commit ${r.commit.slice(0, 8)}), so it gets no more updates` +
      (r.replacement ? `; the replacement is \`${r.replacement}\`.` : '.');
  }
  if (image.uncompressed.value === null) {
    explanation +=
      image.estimate?.value != null
        ? image.estimate.floor
          ? ` Its size is unknown: at least ${mb(image.estimate.value)}, the floor the simulator counts (${image.estimate.source}).`
          : ` Its size is unknown; a labelled estimate of ${mb(image.estimate.value)} is used (${image.estimate.source}).`
        : ' Its size is unknown.';
  }
  return image.retired
    ? { input, normalized: parsed.normalized, image, explanation, confidence, retired: image.retired }
    : { input, normalized: parsed.normalized, image, explanation, confidence };
}

/**
 * What a tag is, said once: its description, then its size and date where the description lacks them
 * (the sentence around it has already named the tag and what it resolved to).
 */
function describe(image: BaseImage): string {
  const description = image.resolvedDescription;
  const size = image.uncompressed.value === null ? '' : `, ${mb(image.uncompressed.value)} uncompressed`;
  const when = image.asOf && !description.includes(image.asOf) ? ` as of ${image.asOf}` : '';
  return `${description}${size}${when}`;
}

function resolveScratch(input: string, parsed: ParsedReference): ImageResolution {
  if (parsed.tag === null && parsed.digest === null && input.trim() === 'scratch') {
    return {
      input,
      normalized: 'scratch',
      image: SCRATCH_IMAGE,
      explanation: '`scratch` is the reserved empty base image: it adds no layer and has no files (0 B).',
      confidence: 'high',
    };
  }
  return {
    input,
    normalized: parsed.normalized,
    image: null,
    explanation:
      `Only the bare name \`scratch\` means the empty base image. \`${input.trim()}\` would be pulled from a ` +
      `registry, where \`scratch\` is a reserved name that cannot be pulled.`,
    confidence: 'medium',
  };
}

function notInCatalog(input: string, parsed: ParsedReference, why: string): ImageResolution {
  const guess = neutralImageEstimate(parsed.normalized);
  const size = guess.figure.value === null ? 'unknown' : mb(guess.figure.value);
  return {
    input,
    normalized: parsed.normalized,
    image: null,
    explanation: `${why} A neutral estimate is used instead: ${size}, low confidence (${guess.reasoning}).`,
    confidence: 'low',
  };
}

/** An image of a repository the catalog has but whose data is not loaded yet (see `pending`). */
function pendingImage(input: string, parsed: ParsedReference): ImageResolution {
  return {
    input,
    normalized: parsed.normalized,
    image: null,
    explanation:
      `The catalog has \`${parsed.repository}\`, but its data was not loaded for this analysis, so what ` +
      `\`${parsed.normalized}\` contains and its size are unknown here. The page fetches that data ` +
      `when a Dockerfile names the image; if it could not (offline, or the site was updated since the ` +
      `page opened), reload the page while online.`,
    confidence: 'low',
    pending: true,
  };
}
