/**
 * mkdir (`-p` makes the parents), touch, ln (`-s`; a link *inside* a target that is a folder), as
 * GNU coreutils and busybox do them. Folders are 0755 and files 0644 (umask 022), owned by the RUN's
 * user when its uid is known.
 */
import type { ManifestEntry } from '../../../../catalog/types';
import { basename, dirname } from '../../../fs/paths';
import { addEntries, resolvePath } from '../../helpers';
import { commandName } from '../../../../shell';
import type { CommandModel, RunContext } from '../../types';
import { cannotWriteIn, isAbsent, runUid } from './write';

/** Operands after options (`--` ends the options). */
export function operands(args: readonly string[], withValue: readonly string[] = []): string[] {
  const out: string[] = [];
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (options && a === '--') {
      options = false;
      continue;
    }
    if (options && a.startsWith('-') && a.length > 1) {
      if (withValue.includes(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** True when a short or long flag is present (`-p`, `-pv`, `--parents`). */
export function hasFlag(args: readonly string[], short: string, long?: string): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (long && a === long) return true;
    if (/^-[A-Za-z]+$/.test(a) && a.includes(short)) return true;
  }
  return false;
}

function owned(ctx: RunContext, e: ManifestEntry): ManifestEntry {
  const uid = runUid(ctx);
  return uid === null || uid === 0 ? e : { ...e, uid, gid: uid };
}

function mkdir(ctx: RunContext, args: string[]): void {
  const parents = hasFlag(args, 'p', '--parents');
  for (const raw of operands(args, ['-m', '--mode'])) {
    const path = resolvePath(ctx, raw);
    if (ctx.writer.exists(path)) {
      if (!parents) {
        ctx.fail({
          message: `mkdir: can't create directory '${raw}': File exists`,
          hint: 'Use mkdir -p.',
          certain: true,
        });
        return;
      }
      continue;
    }
    const missing: string[] = [];
    let p = path;
    while (p !== '/' && !ctx.writer.exists(p)) {
      missing.push(p);
      p = dirname(p);
    }
    if (missing.length > 1 && !parents && isAbsent(ctx, dirname(path))) {
      ctx.fail({
        message: `mkdir: can't create directory '${raw}': No such file or directory`,
        hint: `Use mkdir -p to create the parent folders too.`,
        certain: true,
      });
      return;
    }
    if (cannotWriteIn(ctx, p)) {
      ctx.fail({
        message: `mkdir: can't create directory '${raw}': Permission denied`,
        hint: `${p} is not writable by USER ${ctx.state.config.user}.`,
        certain: true,
      });
      return;
    }
    for (const d of missing.reverse())
      addEntries(ctx, [owned(ctx, { path: d, kind: 'dir', sizeBytes: 0, mode: 0o755 })]);
  }
}

function touch(ctx: RunContext, args: string[]): void {
  for (const raw of operands(args, ['-d', '-t', '-r'])) {
    const path = resolvePath(ctx, raw);
    if (ctx.writer.exists(path)) continue;
    if (isAbsent(ctx, dirname(path))) {
      ctx.fail({
        message: `touch: cannot touch '${raw}': No such file or directory`,
        hint: `Create the folder first (mkdir -p ${dirname(path)}).`,
        certain: true,
      });
      return;
    }
    if (cannotWriteIn(ctx, dirname(path))) {
      ctx.fail({ message: `touch: cannot touch '${raw}': Permission denied`, hint: null, certain: true });
      return;
    }
    addEntries(ctx, [owned(ctx, { path, kind: 'regular', sizeBytes: 0, mode: 0o644 })]);
    ctx.state.contents.set(path, '');
  }
}

function ln(ctx: RunContext, args: string[]): void {
  const ops = operands(args, ['-t', '--target-directory']);
  if (ops.length === 0) return;
  const symbolic = hasFlag(args, 's', '--symbolic');
  const force = hasFlag(args, 'f', '--force');
  const noDeref = hasFlag(args, 'n', '--no-dereference') || hasFlag(args, 'T', '--no-target-directory');
  const targets = ops.length === 1 ? ops : ops.slice(0, -1);
  const destRaw = ops.length === 1 ? '.' : ops[ops.length - 1];
  const dest = resolvePath(ctx, destRaw);
  // `ln -s TARGET DIR` makes DIR/basename(TARGET), as does a link into an existing folder.
  const destIsDir =
    ops.length > 2 || (!noDeref && ctx.writer.lookup(dest)?.entry.kind === 'dir') || ops.length === 1;
  for (const t of targets) {
    const at = destIsDir ? `${dest === '/' ? '' : dest}/${basename(t)}` : dest;
    if (ctx.writer.exists(at) && !force && !(ctx.writer.lookup(at)?.entry.kind === 'dir')) {
      ctx.fail({
        message: `ln: failed to create ${symbolic ? 'symbolic ' : 'hard '}link '${at}': File exists`,
        hint: 'Use ln -sf to replace it.',
        certain: true,
      });
      return;
    }
    if (symbolic) addEntries(ctx, [{ path: at, kind: 'symlink', sizeBytes: 0, target: t }]);
    else {
      const src = ctx.writer.lookup(resolvePath(ctx, t))?.entry;
      // A hard link shares the file's data: no new bytes.
      addEntries(ctx, [{ ...(src ?? { kind: 'regular' as const }), path: at, sizeBytes: 0 }]);
    }
  }
}

/** mkdir, touch, ln. */
export const createModel: CommandModel = {
  names: ['mkdir', 'touch', 'ln'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const args = cmd.argv.slice(1);
    if (tool === 'mkdir') mkdir(ctx, args);
    else if (tool === 'touch') touch(ctx, args);
    else ln(ctx, args);
    ctx.contribute({
      text: `${tool} creates ${tool === 'ln' ? 'links' : 'empty paths'} (0 B).`,
      confidence: 'high',
      citations: [],
    });
  },
};
