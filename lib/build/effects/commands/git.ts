/**
 * git clone: the folder appears (named after the repository, or the folder given), its content is
 * unknown to the model (a fog region). Other git commands only read or change what is already there.
 */
import { addEntries, addFog, resolvePath } from '../helpers';
import type { CommandModel } from '../types';

const WITH_VALUE = new Set([
  '-b',
  '--branch',
  '--depth',
  '-c',
  '--config',
  '-o',
  '--origin',
  '--reference',
  '-j',
  '--jobs',
  '--filter',
]);

/** git. */
export const gitModel: CommandModel = {
  names: ['git'],
  apply(cmd, ctx) {
    let i = 1;
    while (i < cmd.argv.length && cmd.argv[i].startsWith('-'))
      i += cmd.argv[i] === '-C' || cmd.argv[i] === '-c' ? 2 : 1;
    if (cmd.argv[i] !== 'clone') return;
    const ops: string[] = [];
    for (let k = i + 1; k < cmd.argv.length; k++) {
      const a = cmd.argv[k];
      if (WITH_VALUE.has(a)) k++;
      else if (!a.startsWith('-')) ops.push(a);
    }
    const url = ops[0];
    if (!url) return;
    const repo = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
    const name = (repo.slice(Math.max(repo.lastIndexOf('/'), repo.lastIndexOf(':')) + 1) || 'repo').replace(
      /\.git$/,
      '',
    );
    const dir = resolvePath(ctx, ops[1] ?? name);
    addEntries(ctx, [{ path: dir, kind: 'dir', sizeBytes: 0 }]);
    addFog(ctx, [dir], `git clone of ${url}: the repository's files are not known to the model`);
    ctx.contribute({
      text: `git clone puts ${url} in ${dir}; its files and size are unknown to the model.`,
      confidence: 'low',
      citations: [],
    });
  },
};
