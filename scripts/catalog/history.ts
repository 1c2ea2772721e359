/**
 * An official image's build history, from docker-library/repo-info's `repos/<image>/remote/<tag>.md`
 * pages: each platform's section lists the image's history (the Dockerfile instructions of the image
 * and of every image it is built on). The catalog takes, from the first linux/amd64 section, what the
 * local pages do not say: the USER and WORKDIR the image starts with, the ports and volumes its EXPOSE
 * and VOLUME lines declare, the accounts its RUN steps add or remove (useradd, adduser, userdel…) and
 * which of /opt and /home its build writes into.
 *
 *   tsx scripts/catalog/history.ts --import DIR
 *
 * adds history records (JSON files of HistoryRecord's shape, e.g. read from the pages by hand with a
 * code search) to the cache; `tsx scripts/catalog/repo-info.ts --fetch image:tag …` reads each tag's
 * remote page too and records it with `extractHistory`. Never committed; only the derived facts are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { RepoInfoPage } from '../../lib/catalog/schema';
import type { BuildAccounts } from '../../lib/catalog/types';
import { CACHE_DIR, argValue, stableJson } from './util';
import { parseAccountCommand, type AdduserKind } from '../../lib/build/effects/commands/account-args';
import { commandName, wordsOf } from '../../lib/shell/compat';
import { withProtocol } from '../../lib/build/simulate/metadata';

/** What the cache keeps of one remote page: the amd64 history's facts, as written on the page. */
export interface HistoryRecord {
  /** `image:tag`, the tag as the generated data keys it. */
  ref: string;
  path: string;
  commit?: string;
  found: boolean;
  why?: string;
  /** The section read (`linux; amd64`). */
  section?: string;
  imageId?: string;
  /** Every USER instruction, in order (`USER memcache`). */
  user?: string[];
  /** Every WORKDIR instruction, in order. */
  workdir?: string[];
  /** Every groupadd/useradd/addgroup/adduser command of the RUN steps, one command each. */
  accounts?: string[];
  /** Absolute paths under /opt and /home the history names, as written. */
  paths?: string[];
  /** Every EXPOSE line (`EXPOSE map[80/tcp:{}]`), in order; absent where not read. */
  expose?: string[];
  /** Every VOLUME line (`VOLUME [/var/lib/mysql]`), in order; absent where not read. */
  volume?: string[];
}

/** The derived facts the generated data keeps (the schema's RepoInfoPage.history). */
export type HistoryFacts = NonNullable<RepoInfoPage['history']>;

const ACCOUNT_TOOLS = /^(?:user|group)(?:add|del|mod)$|^(?:add|del)(?:user|group)$/;

/** A command's words as one line, quoting a word with spaces (so `wordsOf` reads it back the same). */
const joinWords = (words: readonly string[]) =>
  words.map((w) => (/[\s"'$]/.test(w) && !/^\$\w+$/.test(w) ? JSON.stringify(w) : w)).join(' ');

/**
 * Reads a remote page's first linux/amd64 section (or, without one, its first linux section) into a
 * record: the same facts `--import` takes from records made by reading the page elsewhere.
 */
export function extractHistory(text: string, ref: string, path: string, commit: string): HistoryRecord {
  const sections = text.split(/^### /m).slice(1);
  const section =
    sections.find((s) => /^`[^`]+` - linux; amd64\s*$/m.test(s.split('\n')[0])) ??
    sections.find((s) => / - linux; /.test(s.split('\n')[0]));
  if (!section) return { ref, path, commit, found: false, why: 'no linux section on the page' };
  const heading = section.split('\n')[0];
  const block = /```dockerfile\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const lines = block.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('# '));
  const user = lines.filter((l) => /^USER\s/.test(l)).map((l) => l.trim());
  const workdir = lines.filter((l) => /^WORKDIR\s/.test(l)).map((l) => l.trim());
  const expose = lines.filter((l) => /^EXPOSE\s/.test(l)).map((l) => l.replace(/ # buildkit$/, '').trim());
  const volume = lines.filter((l) => /^VOLUME\s/.test(l)).map((l) => l.replace(/ # buildkit$/, '').trim());
  const accounts: string[] = [];
  for (const line of lines.filter((l) => /^RUN\s/.test(l)))
    for (const { words } of wordsOf(line.replace(/^RUN\s+/, '').replace(/ # buildkit$/, '')))
      if (ACCOUNT_TOOLS.test(commandName(words))) accounts.push(joinWords(words));
  const paths: string[] = [];
  for (const m of block.matchAll(/(?:^|[\s"'=:(*])(\/(?:opt|home)(?![\w.-])(?:\/[^\s"';),:\]]*)?)/gm))
    if (!paths.includes(m[1])) paths.push(m[1]);
  return {
    ref,
    path,
    commit,
    found: true,
    section: heading.replace(/^`[^`]+` - /, '').trim(),
    imageId: /^-\s+Image ID: `([^`]+)`/m.exec(section)?.[1],
    user,
    workdir,
    accounts,
    paths,
    expose,
    volume,
  };
}

/**
 * The ports an image's EXPOSE lines declare (`80/tcp`), as the history prints them: Go's map syntax
 * (`EXPOSE map[80/tcp:{} 443/tcp:{}]`) or the Dockerfile's own (`EXPOSE 80 443/udp`).
 */
export function exposedPorts(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const body = line.replace(/^EXPOSE\s+/, '');
    const ports = /^map\[(.*)\]$/.exec(body)?.[1].match(/[\d-]+\/[a-z]+(?=:\{\})/g) ?? body.split(/\s+/);
    for (const p of ports) {
      const port = withProtocol(p);
      if (/^\d+(-\d+)?\/(tcp|udp|sctp)$/.test(port) && !out.includes(port)) out.push(port);
    }
  }
  return out;
}

/** The folders an image's VOLUME lines declare (`VOLUME [/data]`, `VOLUME [/a /b]`). */
export function volumePaths(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const body = line.replace(/^VOLUME\s+/, '').replace(/^\[(.*)\]$/, '$1');
    for (const p of body.split(/\s+/)) if (p.startsWith('/') && !out.includes(p)) out.push(p);
  }
  return out;
}

/** One account a command adds (uid null where the command leaves it to the system). */
export type AddedUser = BuildAccounts['users'][number];

export type AddedGroup = BuildAccounts['groups'][number];

/** A numeric id as written; null for one left to the system or written through a variable. */
const numeric = (v: string | null): number | null => (v !== null && /^\d+$/.test(v) ? Number(v) : null);

/**
 * The accounts a history's commands add and remove, on an image whose adduser is `adduser`'s
 * (lib/build/effects/commands/account-args.ts reads each command, as for a learner's RUN line).
 * `complete` is false when a command is not understood, changes an account (usermod), or leaves a
 * user's uid or a group's gid to the system: then the account exists with ids the catalog cannot tell.
 */
export function parseAccounts(commands: readonly string[], adduser: AdduserKind): BuildAccounts {
  const users: AddedUser[] = [];
  const groups: AddedGroup[] = [];
  const removed: string[] = [];
  const removedGroups: string[] = [];
  let complete = true;
  const addGroup = (name: string, gid: number | null) => {
    if (groups.some((g) => g.name === name)) return;
    groups.push({ name, gid });
    if (gid === null) complete = false;
  };
  for (const command of commands) {
    const words = wordsOf(command)[0]?.words ?? [];
    const read = words.length > 0 ? parseAccountCommand(words, adduser) : null;
    if (!read || read.kind === 'change') {
      complete = false;
      continue;
    }
    if (read.kind === 'member') continue;
    if (read.kind === 'remove') {
      // Debian's userdel also removes the user's own group.
      if (read.user) removed.push(read.name);
      removedGroups.push(read.name);
      continue;
    }
    if (read.kind === 'group') {
      addGroup(read.name, numeric(read.gid));
      continue;
    }
    const uid = numeric(read.uid);
    if (uid === null) complete = false;
    if (read.ownGroup) addGroup(read.name, uid);
    const group = read.ownGroup ? uid : read.group === null ? null : (numeric(read.group) ?? read.group);
    const home = read.home.includes('$') ? null : posix.normalize(read.home);
    if (home === null) complete = false;
    if (!users.some((u) => u.name === read.name))
      users.push({
        name: read.name,
        uid,
        group,
        home: home ?? '/',
        shell: read.shell,
        gecos: read.gecos,
        createsHome: read.createsHome && home !== null,
      });
  }
  return { users, groups, removed, removedGroups, complete };
}

/**
 * Paths a history names that are on the machine that built a base image, not in the image: Ubuntu's
 * images are built by Launchpad's `buildd` user, and their history's first steps name its folders.
 */
const BUILD_HOST_PATHS = /^\/home\/buildd(?:\/|$)/;

/**
 * The facts the catalog keeps of a history record, for an image whose adduser is `adduser`'s and whose
 * local page has `imageId`. Null for a record of a page without a linux section.
 */
export function historyFacts(
  record: HistoryRecord,
  adduser: AdduserKind,
  imageId: string | null | undefined,
): HistoryFacts | null {
  if (!record.found || !record.commit || !record.section) return null;
  const lastUser =
    record.user
      ?.at(-1)
      ?.replace(/^USER\s+/, '')
      .trim() ?? null;
  let workdir: string | null = null;
  for (const w of record.workdir ?? []) {
    const dir = w.replace(/^WORKDIR\s+/, '').trim();
    workdir = posix.normalize(dir.startsWith('/') ? dir : posix.join(workdir ?? '/', dir));
  }
  const accounts = parseAccounts(record.accounts ?? [], adduser);
  // The folders under /opt and /home the build writes into: a home it creates, a path it names.
  const fills = new Set<string>();
  for (const u of accounts.users) if (u.createsHome && u.home.startsWith('/home/')) fills.add(u.home);
  for (const p of (record.paths ?? []).filter((p) => !BUILD_HOST_PATHS.test(p))) {
    const [, top, rawSub] = p.split('/');
    const sub = rawSub?.replace(/[:\]].*$/, '');
    fills.add(sub && !sub.includes('$') && top === 'home' ? `/home/${sub}` : `/${top}`);
  }
  const folders = [...fills].filter((f) => ![...fills].some((g) => g !== f && f.startsWith(`${g}/`)));
  return {
    path: record.path,
    commit: record.commit,
    sameBuild: !!imageId && record.imageId === imageId,
    user: lastUser && lastUser !== '' ? lastUser : null,
    workdir,
    accounts,
    fills: folders.sort(),
    ...(record.expose ? { exposedPorts: exposedPorts(record.expose) } : {}),
    ...(record.volume ? { volumes: volumePaths(record.volume) } : {}),
  };
}

function cacheFile(): string {
  return join(CACHE_DIR, 'repo-info', 'history.json');
}

/** The cached history records, keyed by `image:tag`. */
export function loadHistory(file = cacheFile()): Record<string, HistoryRecord> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, HistoryRecord>) : {};
}

/** Adds records to the cache (a later record of the same tag replaces the earlier one). */
export function saveHistory(records: HistoryRecord[], file = cacheFile()): void {
  const all = loadHistory(file);
  for (const r of records) all[r.ref] = r;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, stableJson(all));
}

if (process.argv[1]?.endsWith('history.ts')) {
  const dir = argValue('--import');
  if (!dir) {
    console.error('usage: tsx scripts/catalog/history.ts --import DIR');
    process.exit(2);
  }
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as HistoryRecord);
  saveHistory(records);
  console.log(`${records.length} history records added to ${cacheFile()}`);
}
