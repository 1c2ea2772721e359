/**
 * `docker rmi IMAGE...` / `docker image rm`: removes a tag; the image goes once no tag names it
 * (Docker's `Untagged:` and `Deleted:` lines). `docker image prune` removes the untagged ones.
 */
import { formatSize } from '../../../build/format';
import type { ConfirmSession } from '../../container/shell';
import { flagOn } from '../flags';
import { ok, partial } from '../output';
import { findImage, noSuchImage, normalizeTag, shortId } from '../session';
import type { CommandDefinition, CommandResult, DockerSession, StoredImage } from '../types';

function remove(session: DockerSession, stored: StoredImage): string {
  session.images = session.images.filter((i) => i !== stored);
  return `Deleted: sha256:${stored.id}`;
}

function rmi(session: DockerSession, ref: string, force: boolean): { out: string[]; error: string | null } {
  const stored = findImage(session, ref);
  if (!stored) return { out: [], error: noSuchImage(ref) };
  const tag = normalizeTag(ref);
  const out: string[] = [];
  // Removing the last name of an image a container uses would leave it dangling: the daemon refuses
  // without -f (moby daemon/containerd/image_delete.go, the containerd image store's conflict).
  const user = session.containers.find((c) => c.image === stored.image);
  if (user && !force && tag && stored.tags.length === 1 && stored.tags[0] === tag)
    return {
      out: [],
      error: `Error response from daemon: conflict: unable to delete ${tag} (must be forced) - container ${shortId(user.id)} is using its referenced image ${shortId(stored.id)}`,
    };
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
  args: { min: 1 },
  flags: [{ name: 'force', short: 'f', takesValue: false }],
  run({ session, flags, positional }): CommandResult {
    const out: string[] = [];
    const errors: string[] = [];
    for (const ref of positional) {
      const r = rmi(session, ref, flagOn(flags, 'force'));
      out.push(...r.out);
      if (r.error) errors.push(r.error);
    }
    return partial(out.length > 0 ? `${out.join('\n')}\n` : '', errors);
  },
};

/**
 * `docker image prune`: removes the images no tag names, after asking unless `-f` is given
 * (docker/cli cli/command/image/prune.go: its warning, `Deleted Images:` with `deleted:` lines, and
 * "Total reclaimed space" in go-units `HumanSize`).
 */
export const pruneCommand: CommandDefinition = {
  paths: [['image', 'prune']],
  summary: null,
  usage: 'Usage:  docker image prune [OPTIONS]\n\nRemove unused images',
  args: { none: true },
  flags: [
    { name: 'force', short: 'f', takesValue: false },
    { name: 'all', short: 'a', takesValue: false },
  ],
  run({ session, flags }) {
    const all = flagOn(flags, 'all');
    const prune = () => {
      // With -a, images no container uses go too; without, only the untagged ones.
      const used = new Set(session.containers.map((c) => c.image));
      const gone = session.images.filter((i) => (all ? !used.has(i.image) : i.tags.length === 0));
      const bytes = gone.reduce((sum, i) => sum + i.image.sizeBytes, 0);
      const lines = gone.flatMap((i) => [...i.tags.map((t) => `untagged: ${t}`), `deleted: sha256:${i.id}`]);
      for (const i of gone) remove(session, i);
      const list = lines.length > 0 ? `Deleted Images:\n${lines.join('\n')}\n\n` : '';
      return `${list}Total reclaimed space: ${formatSize(bytes, 4)}\n`;
    };
    const note = 'Reclaimed space is the simulator’s estimate.';
    if (flagOn(flags, 'force')) return ok(prune(), [note]);
    const warning = all
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.';
    const confirm: ConfirmSession = {
      kind: 'confirm',
      prompt: 'Are you sure you want to continue? [y/N] ',
      onYes: () => ({
        output: [
          { stream: 'stdout', text: prune() },
          { stream: 'note', text: `${note}\n` },
        ],
        exitCode: 0,
      }),
    };
    return { ...ok(`${warning}\n`), foreground: confirm };
  },
};
