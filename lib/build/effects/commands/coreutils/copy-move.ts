/**
 * cp (`-r`/`-R`/`-a`; `-a` keeps mode and owner) and mv inside the image. A copy adds the bytes
 * again; a move across layers is a copy plus a whiteout. Known texts follow the files.
 */
import { basename } from '../../../fs/paths';
import { addEntries, addFog, mb, resolvePath } from '../../helpers';
import { commandName } from '../../../../shell';
import type { CommandModel } from '../../types';
import { hasFlag, operands } from './files';
import { byteLength, isAbsent, runUid } from './write';

/** cp and mv. */
export const copyMoveModel: CommandModel = {
  names: ['cp', 'mv'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const args = cmd.argv.slice(1);
    const ops = operands(args, ['-t', '--target-directory', '-S', '--suffix']);
    if (ops.length < 2) return;
    const recursive =
      tool === 'mv' ||
      hasFlag(args, 'r', '--recursive') ||
      hasFlag(args, 'R') ||
      hasFlag(args, 'a', '--archive');
    const keep = tool === 'mv' || hasFlag(args, 'a', '--archive') || hasFlag(args, 'p');
    const dest = resolvePath(ctx, ops[ops.length - 1]);
    const destIsDir = ops.length > 2 || ctx.writer.lookup(dest)?.entry.kind === 'dir';
    const uid = runUid(ctx);
    let bytes = 0;
    for (const raw of ops.slice(0, -1)) {
      const src = resolvePath(ctx, raw);
      const entries = ctx.writer.entriesUnder(src);
      if (entries.length === 0 && ctx.mounted?.(src)) {
        // A file that exists only through a RUN --mount (a secret, a bind-mounted file).
        const text = ctx.mountedText?.(src);
        entries.push({
          path: src,
          kind: 'regular',
          sizeBytes: text === undefined ? 0 : byteLength(text),
          ...(text === undefined ? { estimate: true } : {}),
        });
        if (text !== undefined) ctx.state.contents.set(src, text);
      }
      const isDir =
        entries.length > 1 ||
        entries.some((e) => e.path !== src) ||
        ctx.writer.lookup(src)?.entry.kind === 'dir';
      if (entries.length === 0 && !ctx.writer.exists(src)) {
        if (isAbsent(ctx, src) && !ctx.unknownWords)
          ctx.fail({
            message: `${tool}: cannot stat '${raw}': No such file or directory`,
            hint: null,
            certain: true,
          });
        // A source that may be there (written by something the model does not know) may land at the
        // destination: what is there is unknown, not absent.
        else if (!isAbsent(ctx, src))
          addFog(
            ctx,
            [destIsDir ? `${dest === '/' ? '' : dest}/${basename(src)}` : dest],
            `${tool} of ${src}, whose contents are unknown`,
          );
        return;
      }
      if (isDir && !recursive) {
        ctx.fail({
          message: `cp: -r not specified; omitting directory '${raw}'`,
          hint: 'Use cp -r (or -a) for folders.',
          certain: true,
        });
        return;
      }
      const root = destIsDir ? `${dest === '/' ? '' : dest}/${basename(src)}` : dest;
      for (const e of entries) {
        const rel = e.path.replace(/\/\*\*$/, '').slice(src.length);
        const owner = keep || uid === null ? {} : { uid, gid: uid };
        bytes += addEntries(ctx, [
          { ...e, ...owner, path: `${root}${rel}${e.path.endsWith('/**') ? '/**' : ''}` },
        ]);
        const text = ctx.state.contents.get(e.path);
        if (text !== undefined) ctx.state.contents.set(`${root}${rel}`, text);
      }
      if (tool === 'mv') {
        ctx.writer.remove(src);
        for (const e of entries) ctx.state.contents.delete(e.path);
      }
    }
    ctx.contribute({
      text: `${tool} ${tool === 'cp' ? 'duplicates' : 'moves'} ${mb(bytes)} inside the image${tool === 'mv' ? ' (a move across layers is a copy plus a whiteout)' : ''}.`,
      confidence: 'medium',
      citations: [],
    });
  },
};
