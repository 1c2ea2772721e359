/**
 * `docker rmi IMAGE...` / `docker image rm`: removes a tag; the image goes once no tag names it
 * (Docker's `Untagged:` and `Deleted:` lines). `docker image prune` removes the untagged ones.
 */
import { formatSize } from '../../../build/format';
import { needsArguments, ok, partial } from '../output';
import { findImage, normalizeTag } from '../session';
import type { CommandDefinition, CommandResult, DockerSession, StoredImage } from '../types';

function remove(session: DockerSession, stored: StoredImage): string {
  session.images = session.images.filter((i) => i !== stored);
  return `Deleted: sha256:${stored.id}`;
}

function rmi(session: DockerSession, ref: string): { out: string[]; error: string | null } {
  const stored = findImage(session, ref);
  if (!stored)
    return { out: [], error: `Error response from daemon: No such image: ${normalizeTag(ref) ?? ref}` };
  const tag = normalizeTag(ref);
  const out: string[] = [];
  if (tag && stored.tags.includes(tag)) {
    stored.tags = stored.tags.filter((t) => t !== tag);
    out.push(`Untagged: ${tag}`);
    if (stored.tags.length === 0) out.push(remove(session, stored));
    return { out, error: null };
  }
  // By id: every tag goes, then the image.
  out.push(...stored.tags.map((t) => `Untagged: ${t}`), remove(session, stored));
  return { out, error: null };
}

/** `docker rmi`. */
export const rmiCommand: CommandDefinition = {
  paths: [['rmi'], ['image', 'rm'], ['image', 'remove']],
  summary: 'Remove one or more images',
  usage: 'Usage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nRemove one or more images',
  flags: [{ name: 'force', short: 'f', takesValue: false }],
  run({ session, positional, displayName }): CommandResult {
    if (positional.length === 0) return needsArguments(displayName, 'at least 1');
    const out: string[] = [];
    const errors: string[] = [];
    for (const ref of positional) {
      const r = rmi(session, ref);
      out.push(...r.out);
      if (r.error) errors.push(r.error);
    }
    return partial(out.length > 0 ? `${out.join('\n')}\n` : '', errors);
  },
};

/** `docker image prune`: removes the images no tag names. */
export const pruneCommand: CommandDefinition = {
  paths: [['image', 'prune']],
  summary: null,
  usage: 'Usage:  docker image prune [OPTIONS]\n\nRemove unused images',
  flags: [
    { name: 'force', short: 'f', takesValue: false },
    { name: 'all', short: 'a', takesValue: false },
  ],
  run({ session }) {
    const dangling = session.images.filter((i) => i.tags.length === 0);
    const bytes = dangling.reduce((sum, i) => sum + i.image.sizeBytes, 0);
    const deleted = dangling.map((i) => remove(session, i));
    const list =
      deleted.length > 0
        ? `Deleted Images:\n${deleted.map((d) => `deleted: ${d.slice(9)}`).join('\n')}\n\n`
        : '';
    return ok(`${list}Total reclaimed space: ${formatSize(bytes)}\n`, [
      'Reclaimed space is the simulator’s estimate. Without -f Docker first asks to confirm; this terminal does not ask.',
    ]);
  },
};
