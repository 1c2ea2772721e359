/**
 * `RUN --mount`, as BuildKit's dockerfile2llb sets the mounts up (convert_runmount.go,
 * convert_secrets.go, convert_ssh.go): each mount is visible only while its RUN runs and nothing
 * under its target reaches the layer.
 * - `type=bind` (the default): the build context, or `from=` a stage or an image, at `source`
 *   (default its root) on `target`; read-only unless `rw` (writes are then discarded).
 * - `type=cache`: a directory kept between builds (package caches), empty the first time.
 * - `type=tmpfs`: an empty in-memory directory.
 * - `type=secret`: a file at `target`, or `/run/secrets/<id>` (id defaults to the target's name).
 * - `type=ssh`: an SSH agent socket at `target` (default `/run/buildkit/ssh_agent.<n>`), and
 *   `SSH_AUTH_SOCK` set to it.
 * Files of a bind mount whose text is known (requirements.txt, package.json, go.mod, …) are readable
 * by the command models exactly as copied ones are: Docker's `docker init` templates install
 * dependencies this way without copying the manifest.
 */
import type { Mount, RunInstruction } from '../../dockerfile/types';
import type { BuildContext, Citation } from '../types';
import { basename, normalizePath } from '../fs/paths';
import { type ReadonlyFsTree, someUnder } from '../fs/tree';
import { contextPath } from '../context/index';
import type { Contribution } from './types';

/** What a `from=` names: a stage's or an image's files and known texts. */
export interface MountSource {
  label: string;
  tree: ReadonlyFsTree;
  contents: ReadonlyMap<string, string>;
}

/** The mounts of one RUN, ready for its commands. */
export interface RunMounts {
  /** Targets whose writes never reach the layer (every mount's target). */
  hidden: string[];
  /** Texts readable during the RUN, by absolute path (bind-mounted files whose content is known). */
  texts: Map<string, string>;
  /** Paths that exist during the RUN (bind-mounted files, secret files, the ssh socket). */
  present: Set<string>;
  /** Bind targets mounted read-only: a write there fails. */
  readOnly: string[];
  /** Environment the mounts add (`SSH_AUTH_SOCK`). */
  env: Record<string, string>;
  /** One sentence per mount, naming its type. */
  notes: Contribution[];
}

const MOUNT_CITATION: Citation = {
  text: 'RUN --mount: bind, cache, tmpfs, secret and ssh mounts exist only while the RUN runs; nothing under their target is committed to the layer',
  source: 'Dockerfile reference, "RUN --mount" (docs.docker.com/reference/dockerfile/#run---mount)',
};

const MAX_BOUND_FILES = 5000;

function truthy(v: string | undefined): boolean {
  return v !== undefined && v !== 'false' && v !== '0';
}

function bindFromContext(m: Mount, target: string, context: BuildContext, out: RunMounts): number {
  const source = contextPath(m.source ?? '.');
  let n = 0;
  for (const f of context.files) {
    if (n >= MAX_BOUND_FILES) break;
    const p = contextPath(f.path);
    let rel: string | null = null;
    if (source === '') rel = p;
    else if (p === source) rel = '';
    else if (p.startsWith(`${source}/`)) rel = p.slice(source.length + 1);
    if (rel === null) continue;
    const at = rel === '' ? target : normalizePath(rel, target);
    out.present.add(at);
    if (f.content !== undefined) out.texts.set(at, f.content);
    n++;
  }
  return n;
}

function bindFromTree(m: Mount, target: string, src: MountSource, out: RunMounts): number {
  const source = normalizePath(m.source ?? '/', '/');
  let n = 0;
  someUnder(src.tree, source, (key) => {
    if (n >= MAX_BOUND_FILES) return true;
    const rel = key === source ? '' : key.slice(source === '/' ? 1 : source.length + 1);
    const at = rel === '' ? target : normalizePath(rel, target);
    out.present.add(at);
    const text = src.contents.get(key);
    if (text !== undefined) out.texts.set(at, text);
    n++;
    return false;
  });
  return n;
}

/**
 * The mounts of `ins`. `workdir` resolves relative targets; `resolveFrom` finds a `from=` stage or
 * image (null when it cannot be read).
 */
export function runMounts(
  ins: RunInstruction,
  workdir: string,
  context: BuildContext,
  resolveFrom: ((from: string) => MountSource | null) | null,
  secrets?: readonly string[],
): RunMounts {
  const out: RunMounts = {
    hidden: [],
    texts: new Map(),
    present: new Set(),
    readOnly: [],
    env: {},
    notes: [],
  };
  let sshIndex = 0;
  for (const m of ins.mounts) {
    const rawTarget =
      m.target ??
      (m.type === 'secret'
        ? `/run/secrets/${m.options.id ?? ''}`
        : m.type === 'ssh'
          ? `/run/buildkit/ssh_agent.${sshIndex}`
          : null);
    const target = rawTarget === null ? null : normalizePath(rawTarget, workdir);
    if (target !== null && target !== '/') out.hidden.push(target);
    const say = (text: string, confidence: Contribution['confidence'] = 'high') =>
      out.notes.push({ text, confidence, citations: [MOUNT_CITATION] });
    switch (m.type) {
      case 'bind': {
        if (target === null) {
          say('A bind mount without a target: BuildKit rejects it.', 'medium');
          break;
        }
        const rw = truthy(m.options.rw) || truthy(m.options.readwrite);
        if (!rw) out.readOnly.push(target);
        let from = 'the build context';
        let count = 0;
        if (m.from) {
          const src = resolveFrom?.(m.from) ?? null;
          from = src ? src.label : `\`${m.from}\``;
          if (src) count = bindFromTree(m, target, src, out);
        } else count = bindFromContext(m, target, context, out);
        const what = m.source ? `${m.source} from ${from}` : from;
        say(
          `A bind mount puts ${what} at ${target} during this RUN (${count === 1 ? '1 file' : `${count} files`}, ${rw ? 'writable, writes discarded' : 'read-only'}); none of it is in the layer.`,
        );
        break;
      }
      case 'cache':
        if (target) say(`A cache mount at ${target} persists between builds but is not part of the image.`);
        break;
      case 'tmpfs':
        if (target)
          say(
            `A tmpfs mount at ${target} is an empty in-memory folder: what is written there is not in the image.`,
          );
        break;
      case 'secret': {
        if (target === null) break;
        out.present.add(target);
        const id = m.options.id ?? basename(target);
        if (secrets !== undefined && !secrets.includes(id)) {
          out.present.delete(target);
          say(
            `The secret \`${id}\` is not passed to this build (docker build --secret id=${id},src=…), so nothing is at ${target} during this RUN.`,
          );
          break;
        }
        say(
          `A secret mount makes the secret \`${id}\` readable at ${target} during this RUN only: it is never stored in the image.`,
        );
        break;
      }
      case 'ssh': {
        if (target === null) break;
        out.present.add(target);
        if (sshIndex === 0 || m.options.id === undefined) out.env.SSH_AUTH_SOCK = target;
        sshIndex++;
        say(
          `An ssh mount forwards the SSH agent at ${target} (SSH_AUTH_SOCK) during this RUN; no key is stored in the image.`,
        );
        break;
      }
    }
  }
  return out;
}
