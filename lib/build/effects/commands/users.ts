/**
 * Accounts: useradd/adduser/groupadd/addgroup add lines to /etc/passwd and /etc/group, so a later
 * USER can be checked the way `docker run` checks it.
 */
import { addEntries } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel, RunContext } from '../types';
import { adduserOf, parseAccountCommand } from './account-args';

/** passwdUsers by file text: every stage of an image reads the same /etc/passwd. */
const USERS = new Map<string, readonly string[]>();

/** Parse /etc/passwd text into user names. */
export function passwdUsers(text: string): string[] {
  const hit = USERS.get(text);
  if (hit) return [...hit];
  const names = text
    .split('\n')
    .map((l) => l.split(':')[0])
    .filter((n) => n.length > 0);
  if (USERS.size > 64) USERS.clear();
  USERS.set(text, names);
  return [...names];
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

/** The numeric id of a group given by name or number, from /etc/group; null when not known. */
function groupId(ctx: RunContext, group: string | undefined): string | null {
  if (!group) return null;
  if (/^\d+$/.test(group)) return group;
  for (const line of (ctx.state.contents.get('/etc/group') ?? '').split('\n')) {
    const f = line.split(':');
    if (f[0] === group && /^\d+$/.test(f[2] ?? '')) return f[2];
  }
  return null;
}

/**
 * The id the tool would pick: the first free one from 1000 (UID_MIN in login.defs); for a system
 * account, shadow's useradd/groupadd take the highest free one up to 999 (SYS_UID_MAX), Debian's
 * adduser and BusyBox the first free one from 100.
 */
function nextId(
  ctx: RunContext,
  file: '/etc/passwd' | '/etc/group',
  system: boolean,
  downwards = false,
): number {
  const used = new Set<number>();
  for (const line of (ctx.state.contents.get(file) ?? '').split('\n')) {
    const id = Number(line.split(':')[2]);
    if (Number.isInteger(id)) used.add(id);
  }
  if (system && downwards) {
    let id = 999;
    while (id > 100 && used.has(id)) id--;
    return id;
  }
  let id = system ? 100 : 1000;
  while (used.has(id)) id++;
  return id;
}

/** useradd, adduser, groupadd, addgroup. */
export const usersModel: CommandModel = {
  names: ['useradd', 'adduser', 'groupadd', 'addgroup'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    const read = parseAccountCommand([tool, ...cmd.argv.slice(1)], adduserOf(ctx.state.distro.family));
    if (read?.kind !== 'user' && read?.kind !== 'group') return;
    const { name } = read;
    if (read.kind === 'group') {
      const gid = read.gid ?? String(nextId(ctx, '/etc/group', read.system, tool === 'groupadd'));
      appendLine(ctx, '/etc/group', `${name}:x:${gid}:`);
    } else {
      const id = /^\d+$/.test(read.uid ?? '')
        ? read.uid!
        : String(nextId(ctx, '/etc/passwd', read.system, tool === 'useradd'));
      const gid = groupId(ctx, read.group ?? undefined) ?? id;
      appendLine(ctx, '/etc/passwd', `${name}:x:${id}:${gid}:${read.gecos}:${read.home}:${read.shell}`);
      // A user without a group given gets one of the same name (useradd's USERGROUPS_ENAB, Debian's
      // adduser, BusyBox adduser without -G).
      if (
        read.ownGroup &&
        !(ctx.state.contents.get('/etc/group') ?? '').split('\n').some((l) => l.startsWith(`${name}:`))
      )
        appendLine(ctx, '/etc/group', `${name}:x:${gid}:`);
      const n = Number(id);
      const g = Number(gid);
      if (read.createsHome)
        addEntries(ctx, [
          {
            path: read.home,
            kind: 'dir',
            sizeBytes: 0,
            mode: 0o755,
            ...(Number.isInteger(n) ? { uid: n, gid: Number.isInteger(g) ? g : n } : {}),
          },
        ]);
    }
    const isGroup = read.kind === 'group';
    ctx.contribute({
      text: `${tool} adds ${isGroup ? 'group' : 'user'} ${name} to /etc/${isGroup ? 'group' : 'passwd'} (a few bytes).`,
      confidence: 'high',
      citations: [],
    });
  },
};
