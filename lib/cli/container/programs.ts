/**
 * The programs a container can run over its filesystem: coreutils and findutils as GNU prints them
 * (Debian, Ubuntu) or as BusyBox does (Alpine, busybox, distroless `:debug`), plus `file`, `ldd`,
 * `apt-get`/`apk` and `curl`/`wget`. Each answers from the container's three-valued filesystem:
 * what the model does not know is said to be unknown (a note), never made up.
 *
 * Message formats: GNU coreutils (`ls: cannot access 'x': No such file or directory`, exit 2 for ls)
 * and BusyBox (`ls: x: No such file or directory`), as their sources print them. A container has no
 * LANG set, so GNU tools run in the C locale, where gnulib's quote() uses ASCII apostrophes
 * (`find: 'x': …`, not the curly quotes of a UTF-8 terminal; gnulib lib/quotearg.c `gettext_quote`).
 * BusyBox: `head`, `tail` and `wc` name the file alone (libbb/wfopen.c `fopen_or_warn`), `cat`
 * says "can't open" (libbb `open_or_warn`).
 */
import { findPackage } from '../../catalog/packages';
import { basename, normalizePath } from '../../build/fs/paths';
import { readableSize } from '../../build/format';
import type { FsNode, FsView, Stat } from './fs';

/** What a program is given. */
export interface ProcessContext {
  fs: FsView;
  cwd: string;
  env: Record<string, string>;
  user: UserInfo;
  stdin: string | null;
  /** True when standard output is a terminal (`-t`, not piped): `ls` then prints in columns. */
  tty: boolean;
  flavour: 'gnu' | 'busybox';
  /** True when the image installs packages with apt (Debian, Ubuntu). */
  aptFamily: boolean;
  /** The image's OS release for package figures, e.g. `ubuntu:22.04`, or null. */
  release: string | null;
  /** Resolves a command name for `which`. */
  which(name: string): string | null;
  /** Why the model cannot tell whether `name` is on PATH, or null when it can (found or not). */
  whichUnknown?(name: string): { why: string; candidate?: string } | null;
  /**
   * The processes `ps` sees in the PID namespace: PID 1 (the container's main process, or that of the
   * container whose namespace `--pid=container:` joined) first; the shell and `ps` itself after it.
   */
  processes?: Array<{ pid: number | null; user: string; command: string }>;
}

/** The user a process runs as. */
export interface UserInfo {
  name: string | null;
  uid: number | null;
  gid: number | null;
  group: string | null;
  /** The home folder /etc/passwd gives, when the model has the user's line. */
  home?: string;
}

/** What a program did. */
export interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  notes: string[];
  /** True when the model cannot tell what the program would print or whether it succeeds. */
  unknown?: boolean;
}

const done = (stdout: string, notes: string[] = []): ProcessResult => ({
  stdout,
  stderr: '',
  exitCode: 0,
  notes,
});

function result(stdout: string, errors: string[], code: number, notes: string[] = []): ProcessResult {
  return {
    stdout,
    stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '',
    exitCode: errors.length > 0 ? code : 0,
    notes,
  };
}

const unknownNote = (path: string, why: string) => `Can't tell whether ${path} exists: ${why}.`;

/** Splits `-la` style options from operands (`--` ends the options). */
function options(args: string[]): { flags: Set<string>; operands: string[]; values: Map<string, string> } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (/^-n$|^-c$/.test(a) && i + 1 < args.length) {
      values.set(a[1], args[++i]);
      continue;
    }
    if (/^-[nc]\d+$/.test(a)) {
      values.set(a[1], a.slice(2));
      continue;
    }
    // `head -3`, `tail -3`: the old form of -n 3, which GNU and BusyBox still take.
    if (/^-\d+$/.test(a)) {
      values.set('n', a.slice(1));
      continue;
    }
    const long = /^--(lines|bytes)=(\d+)$/.exec(a);
    if (long) {
      values.set(long[1] === 'lines' ? 'n' : 'c', long[2]);
      continue;
    }
    if (a.startsWith('--')) flags.add(a);
    else if (a.startsWith('-') && a.length > 1) for (const c of a.slice(1)) flags.add(c);
    else operands.push(a);
  }
  return { flags, operands, values };
}

/** `ls -l`'s mode column. */
export function modeString(node: FsNode): string {
  const type = node.kind === 'dir' || node.kind === 'bulk' ? 'd' : node.kind === 'symlink' ? 'l' : '-';
  const mode =
    node.mode ??
    (node.kind === 'dir' || node.kind === 'bulk'
      ? 0o755
      : node.kind === 'symlink'
        ? 0o777
        : node.kind === 'elf'
          ? 0o755
          : 0o644);
  const bits = ['r', 'w', 'x'];
  let out = type;
  for (let i = 8; i >= 0; i--) out += mode & (1 << i) ? bits[(8 - i) % 3] : '-';
  if (mode & 0o1000) out = `${out.slice(0, 9)}${out[9] === 'x' ? 't' : 'T'}`;
  return out;
}

function errNoEnt(ctx: ProcessContext, tool: string, path: string, gnu: string): string {
  return ctx.flavour === 'busybox' ? `${tool}: ${path}: No such file or directory` : gnu;
}

function resolveArg(ctx: ProcessContext, arg: string): string {
  return normalizePath(arg, ctx.cwd);
}

// ── ls ──────────────────────────────────────────────────────────────────────────────────────────

function lsLong(node: FsNode, name: string, ctx: ProcessContext): string {
  const size =
    node.kind === 'dir' || node.kind === 'bulk' ? '4096' : node.size === null ? '?' : String(node.size);
  const owner = node.origin === 'container' && ctx.user.name ? ctx.user.name : 'root';
  const link = node.kind === 'symlink' && node.target ? ` -> ${node.target}` : '';
  // Modification times of image files are not modelled: shown as `?`, as ls does for an unknown field.
  return `${modeString(node)} ${node.kind === 'dir' ? 2 : 1} ${owner} ${owner} ${size.padStart(8)} ? ${name}${link}`;
}

function ls(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags, operands } = options(args);
  const long = flags.has('l');
  const all = flags.has('a') || flags.has('A');
  const onePerLine = long || flags.has('1') || !ctx.tty;
  const paths = operands.length > 0 ? operands : ['.'];
  const out: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  let anyUnknown = false;
  paths.forEach((raw, k) => {
    const p = resolveArg(ctx, raw);
    const s = ctx.fs.stat(p);
    if (s.state === 'absent') {
      errors.push(errNoEnt(ctx, 'ls', raw, `ls: cannot access '${raw}': No such file or directory`));
      return;
    }
    if (s.state === 'unknown') {
      notes.push(unknownNote(raw, s.why));
      anyUnknown = true;
      return;
    }
    if (s.node.kind !== 'dir' && s.node.kind !== 'bulk') {
      out.push(
        long
          ? lsLong(
              ctx.fs.lstat(p).state === 'present' ? (ctx.fs.lstat(p) as { node: FsNode }).node : s.node,
              raw,
              ctx,
            )
          : raw,
      );
      return;
    }
    const listing = ctx.fs.list(p);
    const names = listing.entries.map((e) => ({ name: basename(e.path), node: e }));
    if (all) names.unshift({ name: '..', node: s.node }, { name: '.', node: s.node });
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (paths.length > 1) out.push(`${k > 0 ? '\n' : ''}${raw}:`);
    if (long) out.push(`total ?`, ...names.map((n) => lsLong(n.node, n.name, ctx)));
    else if (onePerLine) out.push(...names.map((n) => n.name));
    else if (names.length > 0) out.push(names.map((n) => n.name).join('  '));
    if (listing.unknownRest) {
      notes.push(`Not every file of ${raw} is listed: ${listing.unknownRest}.`);
      anyUnknown = true;
    }
  });
  if (long && out.length > 0)
    notes.push('Sizes are the model’s estimates; modification times are not modelled (shown as ?).');
  const r = result(
    out.length > 0 ? `${out.join('\n')}\n` : '',
    errors,
    ctx.flavour === 'busybox' ? 1 : 2,
    notes,
  );
  return anyUnknown && errors.length === 0 && out.length === 0 ? { ...r, unknown: true } : r;
}

// ── cat, head, tail, wc ─────────────────────────────────────────────────────────────────────────

type Read = { ok: true; text: string } | { ok: false; error: string | null; note: string | null };

function readText(ctx: ProcessContext, tool: string, raw: string): Read {
  const s: Stat = ctx.fs.stat(resolveArg(ctx, raw));
  const busy = ctx.flavour === 'busybox';
  if (s.state === 'absent')
    return {
      ok: false,
      error:
        busy && tool === 'cat'
          ? `cat: can't open '${raw}': No such file or directory`
          : errNoEnt(
              ctx,
              tool,
              raw,
              `${tool}: ${tool === 'cat' || tool === 'wc' ? raw : `cannot open '${raw}' for reading`}: No such file or directory`,
            ),
      note: null,
    };
  if (s.state === 'unknown') return { ok: false, error: null, note: unknownNote(raw, s.why) };
  if (s.node.kind === 'dir' || s.node.kind === 'bulk')
    return {
      ok: false,
      error: busy
        ? `${tool}: read error: Is a directory`
        : `${tool}: ${tool === 'head' || tool === 'tail' ? `error reading '${raw}'` : raw}: Is a directory`,
      note: null,
    };
  if (s.node.content === null) {
    const what =
      s.node.kind === 'elf'
        ? 'a binary (its bytes are not modelled)'
        : 'a file whose contents the model does not know';
    return { ok: false, error: null, note: `${raw} is ${what}: its contents are not shown.` };
  }
  return { ok: true, text: s.node.content };
}

function eachInput(
  ctx: ProcessContext,
  tool: string,
  operands: string[],
  fn: (text: string, name: string | null) => string,
): ProcessResult {
  if (operands.length === 0) return done(fn(ctx.stdin ?? '', null));
  let stdout = '';
  const errors: string[] = [];
  const notes: string[] = [];
  for (const raw of operands) {
    const r = readText(ctx, tool, raw);
    if (r.ok) stdout += fn(r.text, raw);
    else {
      if (r.error) errors.push(r.error);
      if (r.note) notes.push(r.note);
    }
  }
  const res = result(stdout, errors, 1, notes);
  return notes.length > 0 && errors.length === 0 ? { ...res, unknown: true } : res;
}

function lines(text: string): string[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function headTail(tool: 'head' | 'tail', args: string[], ctx: ProcessContext): ProcessResult {
  const { operands, values } = options(args);
  const n = Math.max(0, Number.parseInt(values.get('n') ?? '10', 10) || 0);
  const bytes = values.has('c') ? Math.max(0, Number.parseInt(values.get('c') ?? '0', 10) || 0) : null;
  return eachInput(ctx, tool, operands, (text, name) => {
    const header = operands.length > 1 && name ? `==> ${name} <==\n` : '';
    if (bytes !== null) {
      const all = new TextEncoder().encode(text);
      const picked = tool === 'head' ? all.slice(0, bytes) : all.slice(Math.max(0, all.length - bytes));
      return header + new TextDecoder().decode(picked);
    }
    const all = lines(text);
    const picked = tool === 'head' ? all.slice(0, n) : all.slice(Math.max(0, all.length - n));
    return header + picked.map((l) => `${l}\n`).join('');
  });
}

function wc(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags, operands } = options(args);
  const pick = ['l', 'w', 'c'].filter((f) => flags.has(f));
  const which = pick.length > 0 ? pick : ['l', 'w', 'c'];
  const rows: Array<{ counts: number[]; name: string | null }> = [];
  const r = eachInput(ctx, 'wc', operands, (text, name) => {
    const counts = which.map((f) =>
      f === 'l'
        ? (text.match(/\n/g) ?? []).length
        : f === 'w'
          ? text.split(/\s+/).filter(Boolean).length
          : new TextEncoder().encode(text).length,
    );
    rows.push({ counts, name });
    return '';
  });
  if (rows.length > 1)
    rows.push({ counts: which.map((_, i) => rows.reduce((s, row) => s + row.counts[i], 0)), name: 'total' });
  // GNU wc pads every count to the width of the largest (7 when reading standard input).
  const width =
    which.length === 1 && rows.length === 1
      ? 1
      : operands.length === 0
        ? 7
        : Math.max(...rows.flatMap((row) => row.counts.map((c) => String(c).length)));
  const text = rows
    .map((row) =>
      [...row.counts.map((c) => String(c).padStart(width)), ...(row.name ? [row.name] : [])].join(' '),
    )
    .join('\n');
  return { ...r, stdout: rows.length > 0 ? `${text}\n` : '' };
}

// ── find, du, stat, readlink, file, ldd ─────────────────────────────────────────────────────────

function globRe(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function find(args: string[], ctx: ProcessContext): ProcessResult {
  const starts: string[] = [];
  let i = 0;
  while (i < args.length && !args[i].startsWith('-')) starts.push(args[i++]);
  let name: RegExp | null = null;
  let type: string | null = null;
  let maxDepth = Infinity;
  for (; i < args.length; i++) {
    if (args[i] === '-name' && args[i + 1] !== undefined) name = globRe(args[++i]);
    else if (args[i] === '-type' && args[i + 1] !== undefined) type = args[++i];
    else if (args[i] === '-maxdepth' && args[i + 1] !== undefined) maxDepth = Number(args[++i]);
  }
  const out: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  for (const raw of starts.length > 0 ? starts : ['.']) {
    const p = resolveArg(ctx, raw);
    const s = ctx.fs.lstat(p);
    if (s.state === 'absent') {
      errors.push(
        ctx.flavour === 'busybox'
          ? `find: ${raw}: No such file or directory`
          : `find: '${raw}': No such file or directory`,
      );
      continue;
    }
    if (s.state === 'unknown') {
      notes.push(unknownNote(raw, s.why));
      continue;
    }
    const walked = ctx.fs.walk(p);
    for (const node of walked.nodes) {
      const rel =
        node.path === p ? raw : `${raw.replace(/\/$/, '')}/${node.path.slice(p === '/' ? 1 : p.length + 1)}`;
      const depth = node.path === p ? 0 : node.path.slice(p.length).split('/').filter(Boolean).length;
      if (depth > maxDepth) continue;
      if (name && !name.test(basename(node.path))) continue;
      const t = node.kind === 'dir' || node.kind === 'bulk' ? 'd' : node.kind === 'symlink' ? 'l' : 'f';
      if (type && type !== t) continue;
      out.push(rel);
    }
    for (const u of walked.unknown) notes.push(`Not listed, summarised in the model: ${u}.`);
  }
  return result(out.length > 0 ? `${out.join('\n')}\n` : '', errors, 1, notes);
}

/** du -h: powers of 1024, one decimal under 10 (GNU's human_readable with ceiling rounding). */
export function humanBlocks(bytes: number): string {
  const units = ['K', 'M', 'G', 'T'];
  let v = Math.max(0, bytes) / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (bytes === 0) return '0';
  const shown = v < 10 ? Math.ceil(v * 10) / 10 : Math.ceil(v);
  return `${shown < 10 ? shown.toFixed(1) : String(shown)}${units[u]}`;
}

function du(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  const out: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  for (const raw of operands.length > 0 ? operands : ['.']) {
    const p = resolveArg(ctx, raw);
    const s = ctx.fs.lstat(p);
    if (s.state === 'absent') {
      errors.push(
        ctx.flavour === 'busybox'
          ? `du: ${raw}: No such file or directory`
          : `du: cannot access '${raw}': No such file or directory`,
      );
      continue;
    }
    if (s.state === 'unknown') {
      notes.push(unknownNote(raw, s.why));
      continue;
    }
    const total = ctx.fs.sizeUnder(p);
    if (total.bytes === null) {
      notes.push(`The size of ${raw} is not known: ${total.why}.`);
      continue;
    }
    out.push(`${humanBlocks(total.bytes)}\t${raw}`);
    notes.push(`The size is the model’s estimate${total.why ? `; ${total.why}` : ''}.`);
  }
  return result(out.length > 0 ? `${out.join('\n')}\n` : '', errors, 1, notes);
}

function typeName(node: FsNode): string {
  if (node.kind === 'dir' || node.kind === 'bulk') return 'directory';
  if (node.kind === 'symlink') return 'symbolic link';
  return node.size === 0 ? 'regular empty file' : 'regular file';
}

function stat(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  const out: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  if (operands.length === 0)
    return result('', [`stat: missing operand\nTry 'stat --help' for more information.`], 1);
  for (const raw of operands) {
    const s = ctx.fs.lstat(resolveArg(ctx, raw));
    if (s.state === 'absent') {
      errors.push(
        ctx.flavour === 'busybox'
          ? `stat: can't stat '${raw}': No such file or directory`
          : `stat: cannot statx '${raw}': No such file or directory`,
      );
      continue;
    }
    if (s.state === 'unknown') {
      notes.push(unknownNote(raw, s.why));
      continue;
    }
    const n = s.node;
    const mode = modeString(n);
    const octal = (
      n.mode ?? (mode.startsWith('d') || n.kind === 'elf' ? 0o755 : n.kind === 'symlink' ? 0o777 : 0o644)
    )
      .toString(8)
      .padStart(4, '0');
    const owner =
      n.origin === 'container' && ctx.user.uid !== null
        ? ctx.user
        : { uid: 0, name: 'root', gid: 0, group: 'root' };
    out.push(
      `  File: ${raw}${n.kind === 'symlink' && n.target ? ` -> ${n.target}` : ''}`,
      `  Size: ${n.kind === 'dir' || n.kind === 'bulk' ? 4096 : (n.size ?? '?')}\t\t${typeName(n)}`,
      `Access: (${octal}/${mode})  Uid: (${String(owner.uid).padStart(5)}/${String(owner.name).padStart(8)})   Gid: (${String(owner.gid).padStart(5)}/${String(owner.group ?? owner.name).padStart(8)})`,
    );
  }
  if (out.length > 0)
    notes.push('Blocks, device, inode and times are not modelled, so stat’s other lines are left out.');
  return result(out.length > 0 ? `${out.join('\n')}\n` : '', errors, 1, notes);
}

function readlink(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags, operands } = options(args);
  const out: string[] = [];
  const notes: string[] = [];
  let failed = false;
  for (const raw of operands) {
    const p = resolveArg(ctx, raw);
    if (flags.has('f')) {
      const s = ctx.fs.stat(p);
      if (s.state === 'present') out.push(s.node.path);
      else if (s.state === 'unknown') notes.push(unknownNote(raw, s.why));
      else failed = true;
      continue;
    }
    const s = ctx.fs.lstat(p);
    if (s.state === 'present' && s.node.kind === 'symlink' && s.node.target) out.push(s.node.target);
    else if (s.state === 'unknown') notes.push(unknownNote(raw, s.why));
    else failed = true;
  }
  // readlink prints nothing for a path that is not a link, and exits 1.
  return { stdout: out.length > 0 ? `${out.join('\n')}\n` : '', stderr: '', exitCode: failed ? 1 : 0, notes };
}

function describe(node: FsNode): string {
  switch (node.kind) {
    case 'dir':
    case 'bulk':
      return 'directory';
    case 'symlink':
      return `symbolic link to ${node.target ?? '?'}`;
    case 'elf':
      return node.linkage === 'dynamic'
        ? `ELF 64-bit LSB pie executable, x86-64, dynamically linked, interpreter ${node.interpreter ?? '/lib64/ld-linux-x86-64.so.2'}`
        : 'ELF 64-bit LSB executable, x86-64, statically linked';
    case 'script':
      return `a ${node.shebang ?? 'sh'} script, ASCII text executable`;
    case 'jar':
      return 'Java archive data (JAR)';
    default:
      return node.content === null ? 'data' : node.content === '' ? 'empty' : 'ASCII text';
  }
}

function file(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  const out: string[] = [];
  const notes: string[] = [];
  for (const raw of operands) {
    const s = ctx.fs.lstat(resolveArg(ctx, raw));
    if (s.state === 'absent') out.push(`${raw}: cannot open \`${raw}' (No such file or directory)`);
    else if (s.state === 'unknown') notes.push(unknownNote(raw, s.why));
    else out.push(`${raw}: ${describe(s.node)}`);
  }
  if (out.length > 0) notes.push('file’s answer is abridged: build ids and other details are not modelled.');
  return { stdout: out.length > 0 ? `${out.join('\n')}\n` : '', stderr: '', exitCode: 0, notes };
}

function ldd(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  if (operands.length === 0)
    return result('', ["ldd: missing file arguments\nTry `ldd --help' for more information."], 1);
  let stdout = '';
  const errors: string[] = [];
  const notes: string[] = [];
  for (const raw of operands) {
    const s = ctx.fs.stat(resolveArg(ctx, raw));
    const head = operands.length > 1 ? `${raw}:\n` : '';
    if (s.state === 'absent') errors.push(`ldd: ${raw}: No such file or directory`);
    else if (s.state === 'unknown') notes.push(unknownNote(raw, s.why));
    else if (s.node.kind !== 'elf' || s.node.linkage !== 'dynamic') {
      // glibc's ldd: static binaries and non-ELF files are "not a dynamic executable", exit 1.
      stdout += `${head}\tnot a dynamic executable\n`;
      errors.push('');
    } else {
      const loader = s.node.interpreter ?? '/lib64/ld-linux-x86-64.so.2';
      stdout += `${head}\tlibc.so.6 => ${ctx.fs.stat('/lib/x86_64-linux-gnu/libc.so.6').state === 'present' ? '/lib/x86_64-linux-gnu/libc.so.6' : 'not found'}\n\t${loader}\n`;
      notes.push(
        `${raw} is dynamically linked: it needs the loader and libc. Load addresses and any other libraries are not modelled.`,
      );
    }
  }
  const real = errors.filter(Boolean);
  return {
    stdout,
    stderr: real.length > 0 ? `${real.join('\n')}\n` : '',
    exitCode: errors.length > 0 ? 1 : 0,
    notes,
  };
}

// ── env, id, whoami, pwd, echo, printf, which, uname, hostname ──────────────────────────────────

function idLine(u: UserInfo): string | null {
  if (u.uid === null) return null;
  const name = (n: string | null) => (n ? `(${n})` : '');
  const gid = u.gid ?? 0;
  return `uid=${u.uid}${name(u.name)} gid=${gid}${name(u.group)} groups=${gid}${name(u.group)}`;
}

function id(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags } = options(args);
  const u = ctx.user;
  if (u.uid === null)
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [`The uid of ${u.name ?? 'this user'} is not known to the model.`],
      unknown: true,
    };
  if (flags.has('u')) return done(flags.has('n') ? `${u.name ?? u.uid}\n` : `${u.uid}\n`);
  if (flags.has('g')) return done(`${u.gid ?? 0}\n`);
  return done(`${idLine(u)}\n`);
}

function whoami(_args: string[], ctx: ProcessContext): ProcessResult {
  if (ctx.user.name) return done(`${ctx.user.name}\n`);
  if (ctx.user.uid === null)
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: ['The user is not known to the model.'],
      unknown: true,
    };
  return result(
    '',
    [
      ctx.flavour === 'busybox'
        ? `whoami: unknown uid ${ctx.user.uid}`
        : `whoami: cannot find name for user ID ${ctx.user.uid}`,
    ],
    1,
  );
}

/** printf's format: escapes, `%s`, `%d`, `%%`, reused while arguments remain (as the shell's does). */
export function printfFormat(format: string, args: string[]): string {
  let out = '';
  let k = 0;
  do {
    const before = k;
    out += format.replace(/\\([nt\\])|%([sd%])/g, (_m, esc: string | undefined, spec: string | undefined) => {
      if (esc) return esc === 'n' ? '\n' : esc === 't' ? '\t' : '\\';
      if (spec === '%') return '%';
      const v = args[k++] ?? '';
      return spec === 'd' ? String(Number.parseInt(v, 10) || 0) : v;
    });
    if (k === before) break;
  } while (k < args.length);
  return out;
}

function echo(args: string[]): ProcessResult {
  const noNewline = args[0] === '-n';
  const words = noNewline ? args.slice(1) : args;
  return done(`${words.join(' ')}${noNewline ? '' : '\n'}`);
}

function which(args: string[], ctx: ProcessContext): ProcessResult {
  const names = args.filter((a) => !a.startsWith('-'));
  const found = names.map((a) => ctx.which(a));
  const hits = found.filter((f): f is string => f !== null);
  // A name the model cannot look up is neither printed nor counted as missing: can't tell.
  const unknown = names.flatMap((name, i) => {
    const unknown = found[i] === null ? (ctx.whichUnknown?.(name) ?? null) : null;
    if (!unknown) return [];
    const where = unknown.candidate ? ` (${unknown.candidate})` : '';
    return [`Can't tell whether ${name} is on PATH${where}: ${unknown.why.replace(/\.$/, '')}.`];
  });
  return {
    stdout: hits.map((h) => `${h}\n`).join(''),
    stderr: '',
    exitCode: hits.length === found.length ? 0 : 1,
    notes: unknown,
    ...(unknown.length > 0 ? { unknown: true } : {}),
  };
}

function uname(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags } = options(args);
  if (flags.has('a') || flags.has('r') || flags.has('v'))
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [
        'A container shares the host’s kernel: its release and version are the host’s, which the simulator does not have.',
      ],
      unknown: true,
    };
  const parts: string[] = [];
  if (flags.size === 0 || flags.has('s')) parts.push('Linux');
  if (flags.has('n')) parts.push(ctx.fs.hostname);
  if (flags.has('m')) parts.push('x86_64');
  return done(`${parts.join(' ')}\n`);
}

function env(_args: string[], ctx: ProcessContext): ProcessResult {
  return done(
    Object.entries(ctx.env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
}

// ── touch, mkdir, rm, cp ────────────────────────────────────────────────────────────────────────

type WriteCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'Read-only file system' | 'Permission denied' | 'No such file or directory' | 'Not a directory';
    }
  | { ok: 'unknown'; why: string };

/** Whether the process may create or change `path`. */
function canWrite(ctx: ProcessContext, path: string): WriteCheck {
  const tmpfs = ctx.fs.inTmpfs(path);
  if (ctx.fs.readOnly && !tmpfs) return { ok: false, reason: 'Read-only file system' };
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  const ps = ctx.fs.stat(parent);
  if (ps.state === 'absent') return { ok: false, reason: 'No such file or directory' };
  if (ps.state === 'unknown') return { ok: 'unknown', why: ps.why };
  if (ps.node.kind !== 'dir' && ps.node.kind !== 'bulk') return { ok: false, reason: 'Not a directory' };
  if (ctx.user.uid === 0 || tmpfs) return { ok: true };
  // Not root: /tmp (mode 1777), the user's home and what the container itself created are writable.
  const home = ctx.env.HOME;
  const mine = (p: string) =>
    p === '/tmp' ||
    p.startsWith('/tmp/') ||
    p === '/var/tmp' ||
    (home && home !== '/' && (p === home || p.startsWith(`${home}/`)));
  if (mine(parent) || ps.node.origin === 'container') return { ok: true };
  return { ok: false, reason: 'Permission denied' };
}

function newNode(ctx: ProcessContext, path: string, kind: 'regular' | 'dir', content: string | null): FsNode {
  return {
    path,
    kind,
    size: kind === 'dir' ? 4096 : content === null ? null : new TextEncoder().encode(content).length,
    estimate: false,
    mode: kind === 'dir' ? 0o755 : 0o644,
    content,
    origin: 'container',
  };
}

function touch(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  const errors: string[] = [];
  const notes: string[] = [];
  if (operands.length === 0)
    return result('', ["touch: missing file operand\nTry 'touch --help' for more information."], 1);
  for (const raw of operands) {
    const p = resolveArg(ctx, raw);
    const s = ctx.fs.stat(p);
    if (s.state === 'present' && (!ctx.fs.readOnly || ctx.fs.inTmpfs(p))) continue;
    const check = canWrite(ctx, p);
    if (check.ok === 'unknown') notes.push(unknownNote(raw, check.why));
    else if (check.ok) ctx.fs.write(newNode(ctx, p, 'regular', ''));
    else
      errors.push(
        ctx.flavour === 'busybox'
          ? `touch: ${raw}: ${check.reason}`
          : `touch: cannot touch '${raw}': ${check.reason}`,
      );
  }
  return result('', errors, 1, notes);
}

function mkdir(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags, operands } = options(args);
  const errors: string[] = [];
  const notes: string[] = [];
  if (operands.length === 0)
    return result('', ["mkdir: missing operand\nTry 'mkdir --help' for more information."], 1);
  const say = (raw: string, reason: string) =>
    errors.push(
      ctx.flavour === 'busybox'
        ? `mkdir: can't create directory '${raw}': ${reason}`
        : `mkdir: cannot create directory '${raw}': ${reason}`,
    );
  for (const raw of operands) {
    const p = resolveArg(ctx, raw);
    const chain = flags.has('p')
      ? p
          .split('/')
          .filter(Boolean)
          .map((_, i, a) => `/${a.slice(0, i + 1).join('/')}`)
      : [p];
    for (const step of chain) {
      const s = ctx.fs.stat(step);
      if (s.state === 'present') {
        if (!flags.has('p')) say(raw, 'File exists');
        continue;
      }
      if (s.state === 'unknown') {
        notes.push(unknownNote(step, s.why));
        break;
      }
      const check = canWrite(ctx, step);
      if (check.ok === 'unknown') {
        notes.push(unknownNote(step, check.why));
        break;
      }
      if (!check.ok) {
        say(raw, check.reason);
        break;
      }
      ctx.fs.write(newNode(ctx, step, 'dir', null));
    }
  }
  return result('', errors, 1, notes);
}

function rm(args: string[], ctx: ProcessContext): ProcessResult {
  const { flags, operands } = options(args);
  const recursive = flags.has('r') || flags.has('R');
  const errors: string[] = [];
  const notes: string[] = [];
  const busy = ctx.flavour === 'busybox';
  for (const raw of operands) {
    const p = resolveArg(ctx, raw);
    const s = ctx.fs.lstat(p);
    if (s.state === 'absent') {
      if (!flags.has('f'))
        errors.push(
          busy
            ? `rm: can't remove '${raw}': No such file or directory`
            : `rm: cannot remove '${raw}': No such file or directory`,
        );
      continue;
    }
    if (s.state === 'unknown') {
      notes.push(unknownNote(raw, s.why));
      continue;
    }
    if ((s.node.kind === 'dir' || s.node.kind === 'bulk') && !recursive) {
      errors.push(busy ? `rm: '${raw}' is a directory` : `rm: cannot remove '${raw}': Is a directory`);
      continue;
    }
    const check = canWrite(ctx, p);
    if (check.ok === 'unknown') notes.push(unknownNote(raw, check.why));
    else if (!check.ok)
      errors.push(
        busy ? `rm: can't remove '${raw}': ${check.reason}` : `rm: cannot remove '${raw}': ${check.reason}`,
      );
    else ctx.fs.remove(p);
  }
  return result('', errors, 1, notes);
}

function cp(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  if (operands.length < 2)
    return result(
      '',
      [
        `cp: missing ${operands.length === 0 ? 'file operand' : `destination file operand after '${operands[0]}'`}\nTry 'cp --help' for more information.`,
      ],
      1,
    );
  const dest = operands[operands.length - 1];
  const errors: string[] = [];
  const notes: string[] = [];
  for (const raw of operands.slice(0, -1)) {
    const s = ctx.fs.stat(resolveArg(ctx, raw));
    if (s.state === 'absent') {
      errors.push(
        ctx.flavour === 'busybox'
          ? `cp: can't stat '${raw}': No such file or directory`
          : `cp: cannot stat '${raw}': No such file or directory`,
      );
      continue;
    }
    if (s.state === 'unknown') {
      notes.push(unknownNote(raw, s.why));
      continue;
    }
    const d = ctx.fs.stat(resolveArg(ctx, dest));
    const target =
      d.state === 'present' && d.node.kind === 'dir'
        ? `${resolveArg(ctx, dest)}/${basename(s.node.path)}`
        : resolveArg(ctx, dest);
    const check = canWrite(ctx, target);
    if (check.ok === 'unknown') notes.push(unknownNote(dest, check.why));
    else if (!check.ok)
      errors.push(
        ctx.flavour === 'busybox'
          ? `cp: can't create '${dest}': ${check.reason}`
          : `cp: cannot create regular file '${dest}': ${check.reason}`,
      );
    else ctx.fs.write({ ...s.node, path: target, origin: 'container' });
  }
  return result('', errors, 1, notes);
}

// ── package managers and network tools ──────────────────────────────────────────────────────────

const NO_NETWORK = 'The simulator has no network: a real container would usually reach the internet here.';

function aptGet(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  const [verb, ...pkgs] = operands;
  if (ctx.user.uid !== 0)
    return result(
      '',
      [
        'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
        'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
      ],
      100,
    );
  if (verb === 'update')
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [`apt-get update downloads the package lists. ${NO_NETWORK}`],
      unknown: true,
    };
  if (verb !== 'install' || pkgs.length === 0)
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [`apt-get ${verb ?? ''} is not simulated.`],
      unknown: true,
    };
  const name = pkgs[0];
  const fig = findPackage('apt', name, ctx.release);
  const size = fig?.installed.value ?? null;
  // Official Debian and Ubuntu images ship without package lists (/var/lib/apt/lists is emptied),
  // so an install before `apt-get update` cannot find anything.
  return {
    stdout:
      'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n',
    stderr: `E: Unable to locate package ${name}\n`,
    exitCode: 100,
    notes: [
      `The image has no package lists until apt-get update runs. ${NO_NETWORK}`,
      size !== null
        ? `With the lists, apt-get would install ${name}, which the catalog counts as ${readableSize(size)} (${fig?.installed.source ?? 'catalog'}), written into this container's layer.`
        : `The catalog has no figure for ${name}, so what it would install is not known here.`,
    ],
  };
}

function apk(args: string[], ctx: ProcessContext): ProcessResult {
  const { operands } = options(args);
  const [verb, ...pkgs] = operands;
  if (verb !== 'add' || pkgs.length === 0)
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [`apk ${verb ?? ''} is not simulated. ${NO_NETWORK}`],
      unknown: true,
    };
  if (ctx.user.uid !== 0)
    return result(
      '',
      [
        'ERROR: Unable to lock database: Permission denied',
        'ERROR: Failed to open apk database: Permission denied',
      ],
      99,
    );
  const fig = findPackage('apk', pkgs[0]);
  return {
    stdout: '',
    stderr: `ERROR: unable to select packages:\n  ${pkgs[0]} (no such package):\n    required by: world[${pkgs[0]}]\n`,
    exitCode: 1,
    notes: [
      `apk fetches its package index first, and ${NO_NETWORK.toLowerCase()}`,
      fig?.installed.value
        ? `With a network apk would add ${pkgs[0]}: about ${Math.round(fig.installed.value / 1e6)} MB (${fig.installed.source}).`
        : `The catalog has no figure for ${pkgs[0]}.`,
    ],
  };
}

function hostOf(url: string | undefined): string {
  return (url ?? '').replace(/^[a-z]+:\/\//, '').split(/[/:]/)[0] || 'localhost';
}

function curl(args: string[]): ProcessResult {
  const url = args.find((a) => !a.startsWith('-'));
  if (!url) return result('', ["curl: try 'curl --help' or 'curl --manual' for more information"], 2);
  return { ...result('', [`curl: (6) Could not resolve host: ${hostOf(url)}`], 6), notes: [NO_NETWORK] };
}

function wget(args: string[], ctx: ProcessContext): ProcessResult {
  const url = args.find((a) => !a.startsWith('-'));
  if (!url)
    return result('', [ctx.flavour === 'busybox' ? 'BusyBox wget: missing URL' : 'wget: missing URL'], 1);
  const host = hostOf(url);
  if (ctx.flavour === 'busybox')
    return { ...result('', [`wget: bad address '${host}'`], 1), notes: [NO_NETWORK] };
  return { ...result('', [`wget: unable to resolve host address '${host}'`], 4), notes: [NO_NETWORK] };
}

/** The programs by implementation name. */
/**
 * BusyBox's `ps` (procps/ps.c: a PID, USER, TIME, COMMAND table). PIDs other than 1 and the CPU times
 * are not modelled and show as `?`.
 */
function ps(_args: string[], ctx: ProcessContext): ProcessResult {
  const rows = (ctx.processes ?? []).map(
    (p) =>
      `${String(p.pid ?? '?').padStart(5)} ${p.user.slice(0, 8).padEnd(8)}  ${'?'.padStart(4)} ${p.command}`,
  );
  return done(`PID   USER     TIME  COMMAND\n${rows.map((r) => `${r}\n`).join('')}`, [
    'Process ids other than 1 and CPU times are not modelled (shown as ?).',
  ]);
}

export const PROGRAMS: Record<string, (args: string[], ctx: ProcessContext) => ProcessResult> = {
  ps,
  ls,
  cat: (args, ctx) => eachInput(ctx, 'cat', options(args).operands, (t) => t),
  head: (args, ctx) => headTail('head', args, ctx),
  tail: (args, ctx) => headTail('tail', args, ctx),
  wc,
  find,
  du,
  stat,
  readlink,
  file,
  ldd,
  env,
  id,
  whoami,
  pwd: (_a, ctx) => done(`${ctx.cwd}\n`),
  echo: (args) => echo(args),
  printf: ([format = '', ...rest]) => done(printfFormat(format, rest)),
  which,
  uname,
  hostname: (_a, ctx) => done(`${ctx.fs.hostname}\n`),
  true: () => done(''),
  false: () => ({ stdout: '', stderr: '', exitCode: 1, notes: [] }),
  touch,
  mkdir,
  rm,
  cp,
  'apt-get': aptGet,
  apt: aptGet,
  apk,
  curl,
  wget,
};
