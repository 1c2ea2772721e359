/**
 * Accounts: useradd/adduser/groupadd/addgroup add lines to /etc/passwd and /etc/group, so a later
 * USER can be checked the way `docker run` checks it.
 */
import { addEntries } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel, RunContext } from '../types';

/** Parse /etc/passwd text into user names. */
export function passwdUsers(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.split(':')[0])
    .filter((n) => n.length > 0);
}

function appendLine(ctx: RunContext, path: string, line: string): void {
  const before = ctx.state.contents.get(path) ?? '';
  const text = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${line}\n`;
  ctx.state.contents.set(path, text);
  // Only the file itself is copied up: a summarised (bulk) folder or an unknown image around it
  // does not tell its size, so the text the model knows stands for it.
  const hit = ctx.writer.lookup(path);
  const own = hit && !hit.viaBulk && hit.entry.kind !== 'bulk' ? hit.entry : null;
  const size = own && own.sizeBytes > 0 ? own.sizeBytes + line.length + 1 : text.length;
  addEntries(ctx, [
    { path, kind: 'regular', sizeBytes: size, mode: 0o644, ...(own ? {} : { estimate: true }) },
  ]);
}

/** useradd, adduser, groupadd, addgroup. */
export const usersModel: CommandModel = {
  names: ['useradd', 'adduser', 'groupadd', 'addgroup'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const args = cmd.argv.slice(1);
    const withValue = new Set([
      '-u',
      '--uid',
      '-g',
      '--gid',
      '-G',
      '--groups',
      '-d',
      '--home',
      '--home-dir',
      '-s',
      '--shell',
      '-c',
      '--comment',
      '--gecos',
      '--ingroup',
      '-h',
    ]);
    const positional: string[] = [];
    let uid: string | null = null;
    let noHome = tool === 'useradd' && !args.includes('-m') && !args.includes('--create-home');
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (withValue.has(a)) {
        if (a === '-u' || a === '--uid') uid = args[i + 1] ?? null;
        i++;
      } else if (a === '-D' || a === '--disabled-password' || a === '-S' || a === '--system') continue;
      else if (a === '-H' || a === '--no-create-home' || a === '-M') noHome = true;
      else if (!a.startsWith('-')) positional.push(a);
    }
    const name =
      tool === 'adduser' || tool === 'addgroup' ? positional[0] : positional[positional.length - 1];
    if (!name) return;
    const isGroup = tool === 'groupadd' || (tool === 'addgroup' && positional.length === 1);
    if (isGroup) appendLine(ctx, '/etc/group', `${name}:x:${uid ?? '1000'}:`);
    else {
      const id = uid ?? '1000';
      appendLine(ctx, '/etc/passwd', `${name}:x:${id}:${id}::/home/${name}:/bin/sh`);
      const n = Number(id);
      if (!noHome)
        addEntries(ctx, [
          {
            path: `/home/${name}`,
            kind: 'dir',
            sizeBytes: 0,
            mode: 0o755,
            ...(Number.isInteger(n) ? { uid: n, gid: n } : {}),
          },
        ]);
    }
    ctx.contribute({
      text: `${tool} adds ${isGroup ? 'group' : 'user'} ${name} to /etc/${isGroup ? 'group' : 'passwd'} (a few bytes).`,
      confidence: 'high',
      citations: [],
    });
  },
};
