/**
 * File commands: rm (whiteouts, or nothing left when the file came from the same RUN), mkdir,
 * touch, ln, cp, mv, and chmod/chown — which copy every file they touch from a lower layer into
 * this one (overlayfs copy-up), so a recursive chown of a big folder doubles its bytes.
 */
import { globToRegExp, hasGlob } from '../../fs/paths';
import { addEntries, mb, readArgs, resolvePath } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel, RunContext } from '../types';

function targets(ctx: RunContext, words: string[]): string[] {
  return words.filter((w) => !w.startsWith('-')).map((w) => resolvePath(ctx, w));
}

/** rm. */
export const rmModel: CommandModel = {
  names: ['rm', 'rmdir'],
  apply(cmd, ctx) {
    let removed = 0;
    for (const t of targets(ctx, cmd.argv.slice(1))) {
      if (hasGlob(t)) {
        const re = globToRegExp(t);
        const dirRe = globToRegExp(`${t}/**`);
        // A summarised folder (bulk entry at `parent`) stands for the files a `parent/*` glob matches.
        const parent = t.slice(0, t.lastIndexOf('/')) || '/';
        const wholeFolder = !hasGlob(parent) && /^[*?[\]^!-]*\*[*?[\]^!-]*$/.test(t.slice(parent.length + 1));
        removed += ctx.writer.removeWhere(
          (p) =>
            re.test(p) ||
            dirRe.test(p) ||
            (wholeFolder && p === parent && ctx.writer.lookup(p)?.entry.kind === 'bulk'),
        );
      } else removed += ctx.writer.remove(t, true);
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
                source: 'OCI image-spec layer.md, FACTS.md §4 row 9',
              },
            ]
          : [],
    });
  },
};

/** mkdir, touch, ln. */
export const createModel: CommandModel = {
  names: ['mkdir', 'touch', 'ln'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const words = cmd.argv.slice(1).filter((w) => !w.startsWith('-'));
    if (tool === 'ln' && words.length >= 2) {
      const dest = resolvePath(ctx, words[words.length - 1]);
      addEntries(ctx, [{ path: dest, kind: 'symlink', sizeBytes: 0, target: words[0] }]);
    } else {
      for (const t of words.map((w) => resolvePath(ctx, w))) {
        if (!ctx.writer.exists(t))
          addEntries(ctx, [{ path: t, kind: tool === 'mkdir' ? 'dir' : 'regular', sizeBytes: 0 }]);
      }
    }
    ctx.contribute({ text: `${tool} creates empty paths (0 B).`, confidence: 'high', citations: [] });
  },
};

/** cp and mv inside the image. */
export const copyMoveModel: CommandModel = {
  names: ['cp', 'mv'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const words = targets(ctx, cmd.argv.slice(1));
    if (words.length < 2) return;
    const dest = words[words.length - 1];
    let bytes = 0;
    for (const src of words.slice(0, -1)) {
      const entries = ctx.writer.entriesUnder(src);
      const destIsDir = words.length > 2 || ctx.writer.lookup(dest)?.entry.kind === 'dir';
      const root = destIsDir ? `${dest}/${src.slice(src.lastIndexOf('/') + 1)}` : dest;
      for (const e of entries) {
        const rel = e.path.replace(/\/\*\*$/, '').slice(src.length);
        bytes += addEntries(ctx, [{ ...e, path: `${root}${rel}` }]);
      }
      if (tool === 'mv') ctx.writer.remove(src);
    }
    ctx.contribute({
      text: `${tool} ${tool === 'cp' ? 'duplicates' : 'moves'} ${mb(bytes)} inside the image${tool === 'mv' ? ' (a move across layers is a copy plus a whiteout)' : ''}.`,
      confidence: 'medium',
      citations: [],
    });
  },
};

/** chmod and chown. */
export const permissionModel: CommandModel = {
  names: ['chmod', 'chown', 'chgrp'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const { positional } = readArgs(cmd.argv.slice(1));
    const paths = positional.slice(1).map((p) => resolvePath(ctx, p));
    let bytes = 0;
    for (const p of paths) {
      for (const e of ctx.writer.entriesUnder(p)) {
        const mode =
          tool === 'chmod' && /^[0-7]{3,4}$/.test(positional[0]) ? parseInt(positional[0], 8) : e.mode;
        bytes += addEntries(ctx, [{ ...e, mode }]);
      }
    }
    ctx.contribute({
      text:
        bytes > 0
          ? `${tool} changes metadata, so every file it touches is copied up into this layer: ${mb(bytes)} counted again. (COPY --chown/--chmod avoids this.)`
          : `${tool} changes metadata only (0 B).`,
      confidence: 'medium',
      citations: [],
    });
  },
};
