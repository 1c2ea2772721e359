/**
 * Writing a file from a RUN: what redirections (`>`, `>>`), `tee`, `touch` and friends share.
 * Known text is kept (so a later `cat`, `docker run` or the terminal can show it and the size is
 * exact); unknown text gives a file whose size is unknown. A path under a mount's target is not
 * written to the layer; a missing parent folder fails the way dash reports it.
 */
import type { ManifestEntry } from '../../../../catalog/types';
import { dirname } from '../../../fs/paths';
import { inCacheMount, resolvePath } from '../../helpers';
import type { RunContext } from '../../types';

/** Paths the kernel provides: writing there stores nothing. */
export function isDevicePath(path: string): boolean {
  return (
    path === '/dev/null' || path.startsWith('/dev/') || path.startsWith('/proc/') || path.startsWith('/sys/')
  );
}

const ENCODER = new TextEncoder();

/** Bytes of a text in UTF-8. */
export function byteLength(text: string): number {
  return ENCODER.encode(text).length;
}

/** The `#!` interpreter of a text, or undefined. */
export function shebangOf(text: string): string | undefined {
  if (!text.startsWith('#!')) return undefined;
  return text.slice(2).split('\n')[0].trim().split(/\s+/)[0] || undefined;
}

/** The user a RUN runs as: name or uid before any `:group`. */
function runUser(ctx: Pick<RunContext, 'state'>): string {
  return ctx.state.config.user.split(':')[0] || 'root';
}

/** True when the RUN runs as root (uid 0). */
export function runsAsRoot(ctx: RunContext): boolean {
  const u = runUser(ctx);
  return u === 'root' || u === '0';
}

/** The uid of the RUN's user when known (from /etc/passwd or a numeric USER), else null. */
export function runUid(ctx: Pick<RunContext, 'state'>): number | null {
  const u = runUser(ctx);
  if (/^\d+$/.test(u)) return Number(u);
  if (u === 'root') return 0;
  const passwd = ctx.state.contents.get('/etc/passwd') ?? '';
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f[0] === u && /^\d+$/.test(f[2] ?? '')) return Number(f[2]);
  }
  return null;
}

/**
 * True when the RUN's user certainly may not create files in `dir` (false when it may, or when the
 * model cannot tell).
 * Only folders with a known owner and mode are judged: an explicit folder entry owned by another
 * user without write permission for others.
 */
export function cannotWriteIn(ctx: RunContext, dir: string): boolean {
  if (runsAsRoot(ctx)) return false;
  const uid = runUid(ctx);
  if (uid === null) return false;
  const entry = ctx.writer.lookup(dir)?.entry;
  // Only folders whose mode is known are judged; no uid means root, as in image layers.
  if (!entry || entry.kind !== 'dir' || entry.mode === undefined) return false;
  if ((entry.uid ?? 0) === uid) return (entry.mode & 0o200) === 0;
  // Group membership is not tracked: only the bits for others are judged.
  return (entry.mode & 0o002) === 0 && (entry.mode & 0o020) === 0;
}

export interface WriteResult {
  ok: boolean;
  bytes: number;
}

/**
 * Writes `text` (null: unknown) to `raw` (resolved against the command's cwd); `append` adds to what
 * is there. Fails like dash (`cannot create X: Directory nonexistent` / `Permission denied`).
 */
export function writeFile(
  ctx: RunContext,
  raw: string,
  text: string | null,
  append: boolean,
  note: string,
  tool = 'sh',
): WriteResult {
  const path = resolvePath(ctx, raw);
  if (isDevicePath(path)) return { ok: true, bytes: 0 };
  const existing = ctx.writer.lookup(path);
  if (existing?.entry.kind === 'dir') {
    ctx.fail({ message: `/bin/sh: 1: cannot create ${raw}: Is a directory`, hint: null, certain: true });
    return { ok: false, bytes: 0 };
  }
  const parent = dirname(path);
  if (!existing && isAbsent(ctx, parent)) {
    ctx.fail({
      message:
        tool === 'sh'
          ? `/bin/sh: 1: cannot create ${raw}: Directory nonexistent`
          : `${tool}: ${raw}: No such file or directory`,
      hint: `Create the folder first (mkdir -p ${parent}).`,
      certain: true,
    });
    return { ok: false, bytes: 0 };
  }
  if (!existing && cannotWriteIn(ctx, parent)) {
    ctx.fail({
      message:
        tool === 'sh'
          ? `/bin/sh: 1: cannot create ${raw}: Permission denied`
          : `${tool}: ${raw}: Permission denied`,
      hint: `${parent} belongs to another user and USER ${ctx.state.config.user} may not write there: create it with the right owner (COPY --chown, or chown it before USER).`,
      certain: true,
    });
    return { ok: false, bytes: 0 };
  }
  if (inCacheMount(ctx, path)) return { ok: true, bytes: 0 };
  const before = append ? ctx.state.contents.get(path) : undefined;
  const known = text !== null && (!append || !existing || before !== undefined);
  const full = known ? `${before ?? ''}${text}` : null;
  const oldSize = append && existing ? Math.max(0, existing.entry.sizeBytes) : 0;
  const size = full !== null ? byteLength(full) : oldSize + (text !== null ? byteLength(text) : 0);
  const shebang = full !== null ? shebangOf(full) : existing?.entry.shebang;
  const entry: ManifestEntry = {
    path,
    kind: shebang ? 'script' : 'regular',
    sizeBytes: size,
    mode: existing?.entry.mode ?? 0o644,
    shebang,
    note,
  };
  const uid = runUid(ctx);
  if (existing?.entry.uid !== undefined) {
    entry.uid = existing.entry.uid;
    entry.gid = existing.entry.gid;
  } else if (uid !== null) entry.uid = uid;
  if (full === null) entry.estimate = true;
  ctx.writer.add(entry);
  if (full !== null) ctx.state.contents.set(path, full);
  else ctx.state.contents.delete(path);
  return { ok: true, bytes: size };
}

/** True when `path` is certainly not there (absent, not under fog, not mounted). */
export function isAbsent(ctx: RunContext, path: string): boolean {
  if (path === '/') return false;
  return ctx.writer.probe(path).presence === 'absent' && !ctx.mounted?.(path) && !inCacheMount(ctx, path);
}

/** The known text of a file (a mount's, or one the model knows), or null. */
export function readText(ctx: RunContext, raw: string): string | null {
  const path = resolvePath(ctx, raw);
  return ctx.mountedText?.(path) ?? ctx.state.contents.get(path) ?? null;
}
