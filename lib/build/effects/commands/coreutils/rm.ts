/**
 * rm: what this same RUN wrote is gone for good; a file from an earlier layer only gets a whiteout
 * (OCI image-spec layer.md "Whiteouts") and still counts in the layer that added it.
 */
import { globToRegExp, hasGlob } from '../../../fs/paths';
import { resolvePath } from '../../helpers';
import type { CommandModel } from '../../types';
import { hasFlag, operands } from './files';
import { isAbsent } from './write';

/**
 * The folder every match of glob `pattern` lies at or below: its text up to the `/` before the first
 * wildcard (`/var/lib/apt/lists/*` → `/var/lib/apt/lists`); `/` when an escape comes first.
 */
function literalFolder(pattern: string): string {
  const first = pattern.search(/[*?[\\]/);
  const cut = first === -1 ? -1 : pattern.lastIndexOf('/', first);
  return cut > 0 && pattern.startsWith('/') ? pattern.slice(0, cut) : '/';
}

/** rm, rmdir. */
export const rmModel: CommandModel = {
  names: ['rm', 'rmdir'],
  apply(cmd, ctx) {
    const args = cmd.argv.slice(1);
    const force = hasFlag(args, 'f', '--force');
    let removed = 0;
    for (const raw of operands(args)) {
      const t = resolvePath(ctx, raw);
      if (hasGlob(t)) {
        const re = globToRegExp(t);
        const dirRe = globToRegExp(`${t}/**`);
        // A summarised folder (bulk entry at `parent`) stands for the files a `parent/*` glob matches.
        const parent = t.slice(0, t.lastIndexOf('/')) || '/';
        const last = t.slice(parent.length + 1);
        const wholeFolder =
          !hasGlob(parent) && last.includes('*') && [...last].every((c) => '*?[]^!-'.includes(c));
        removed += ctx.writer.removeWhere(
          (p) =>
            re.test(p) ||
            dirRe.test(p) ||
            (wholeFolder && p === parent && ctx.writer.lookup(p)?.entry.kind === 'bulk'),
          literalFolder(t),
        );
        continue;
      }
      if (!force && isAbsent(ctx, t) && !ctx.unknownWords) {
        ctx.fail({
          message: `rm: cannot remove '${raw}': No such file or directory`,
          hint: 'rm -f ignores missing files.',
          certain: true,
        });
        return;
      }
      removed += ctx.writer.remove(t, true);
      ctx.state.contents.delete(t);
    }
    ctx.contribute({
      text:
        removed > 0
          ? 'rm deletes files: what this same RUN wrote is gone for good; files from earlier layers only get a whiteout and still count in those layers.'
          : 'rm finds nothing the model tracks to delete.',
      confidence: 'high',
      citations:
        removed > 0
          ? [
              {
                text: 'Deleting in a later layer does not shrink the image (whiteouts)',
                source: 'OCI image-spec layer.md, "Whiteouts"',
              },
            ]
          : [],
    });
  },
};
