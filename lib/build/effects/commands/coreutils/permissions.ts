/**
 * chmod (octal and symbolic modes: `755`, `+x`, `u+rwx,go-w`, `a=r`), chown and chgrp (`user[:group]`,
 * names read from /etc/passwd and /etc/group when known). Changing metadata copies each file it
 * touches from a lower layer into this one (overlayfs copy-up), so `chown -R` of a big folder counts
 * its bytes again; only `-R` reaches below a folder.
 */
import type { ManifestEntry } from '../../../../catalog/types';
import { addEntries, mb, resolvePath } from '../../helpers';
import { commandName } from '../../../../shell';
import type { CommandModel, RunContext } from '../../types';
import { hasFlag, operands } from './files';

/**
 * Applies a chmod mode (octal or symbolic, as chmod(1) reads it) to `mode`; null when the mode
 * cannot be read. `isDir` matters for `X`.
 */
export function applyMode(spec: string, mode: number, isDir = false): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let m = mode;
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)([-+=][rwxXst]*)+$/.exec(clause);
    if (!match) return null;
    const who = match[1] === '' || match[1].includes('a') ? 'ugo' : match[1];
    const ops = clause.slice(match[1].length);
    let k = 0;
    while (k < ops.length) {
      const op = ops[k++];
      let perms = '';
      while (k < ops.length && !'+-='.includes(ops[k])) perms += ops[k++];
      let bits = 0;
      for (const w of who) {
        const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
        for (const p of perms) {
          if (p === 'r') bits |= 4 << shift;
          else if (p === 'w') bits |= 2 << shift;
          else if (p === 'x' || (p === 'X' && (isDir || (m & 0o111) !== 0))) bits |= 1 << shift;
          else if (p === 's' && w !== 'o') bits |= w === 'u' ? 0o4000 : 0o2000;
          else if (p === 't') bits |= 0o1000;
        }
      }
      if (op === '+') m |= bits;
      else if (op === '-') m &= ~bits;
      else {
        let clear = 0;
        for (const w of who) clear |= 7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
        m = (m & ~clear) | bits;
      }
    }
  }
  return m;
}

function idOf(ctx: RunContext, file: '/etc/passwd' | '/etc/group', name: string): number | null {
  if (/^\d+$/.test(name)) return Number(name);
  if (name === 'root') return 0;
  const text = ctx.state.contents.get(file) ?? '';
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && /^\d+$/.test(f[2] ?? '')) return Number(f[2]);
  }
  return null;
}

/** chmod, chown, chgrp. */
export const permissionModel: CommandModel = {
  names: ['chmod', 'chown', 'chgrp'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const args = cmd.argv.slice(1);
    const recursive = hasFlag(args, 'R', '--recursive');
    // chmod's own flags; any other word (`+x`, `-w`, `u=rwx`) is the mode or a path.
    const ops =
      tool === 'chmod'
        ? args.filter((a) => !/^-[RvfchH]+$/.test(a) && !a.startsWith('--'))
        : operands(args, ['--reference', '--from']);
    const modeWord = ops.shift();
    if (modeWord === undefined) return;
    let uid: number | null | undefined;
    let gid: number | null | undefined;
    if (tool !== 'chmod') {
      const [u, g] = tool === 'chgrp' ? ['', modeWord] : modeWord.split(/[:.]/);
      uid = u ? idOf(ctx, '/etc/passwd', u) : undefined;
      gid = g ? idOf(ctx, '/etc/group', g) : g === '' && u ? uid : undefined;
      if (
        u &&
        uid === null &&
        !ctx.state.accountsPartial &&
        ctx.state.contents.has('/etc/passwd') &&
        ctx.writer.probe('/etc/passwd').presence === 'present'
      ) {
        ctx.fail({
          message: `${tool}: invalid user: '${modeWord}'`,
          hint: 'Create the user first (useradd/adduser).',
          certain: true,
        });
        return;
      }
    }
    let bytes = 0;
    let unreadable = false;
    for (const raw of ops) {
      const p = resolvePath(ctx, raw);
      const entries: ManifestEntry[] = recursive
        ? ctx.writer.entriesUnder(p)
        : [ctx.writer.lookup(p)?.entry].filter((e): e is ManifestEntry => e !== undefined);
      if (!recursive && entries.length === 0 && ctx.writer.exists(p))
        entries.push({ path: p, kind: 'dir', sizeBytes: 0 });
      for (const e of entries) {
        const at = e.path === p || recursive ? e.path : p;
        let next: ManifestEntry = at === e.path ? e : { ...e, path: at };
        if (tool === 'chmod') {
          const mode = applyMode(modeWord, e.mode ?? (e.kind === 'dir' ? 0o755 : 0o644), e.kind === 'dir');
          if (mode === null) {
            unreadable = true;
            continue;
          }
          next = { ...next, mode };
        } else {
          next = { ...next, ...(uid != null ? { uid } : {}), ...(gid != null ? { gid } : {}) };
        }
        bytes += addEntries(ctx, [next]);
      }
    }
    ctx.contribute({
      text: unreadable
        ? `${tool}: the mode ${modeWord} is not one the model reads; permissions are left as they were.`
        : bytes > 0
          ? `${tool} changes metadata, so every file it touches is copied up into this layer: ${mb(bytes)} counted again. (COPY --chown/--chmod avoids this.)`
          : `${tool} changes metadata only (0 B).`,
      confidence: unreadable ? 'low' : 'medium',
      citations: [],
    });
  },
};
