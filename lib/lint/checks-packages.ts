/**
 * hadolint's rules that read one RUN at a time: package managers (version pinning, `-y`, clean-up),
 * download tools and commands that make no sense in an image. Each follows the rule's module in
 * hadolint (`src/Hadolint/Rule/DLxxxx.hs` at 8f936c5); the comments name where Stagecraft differs.
 */
import type { RunInstruction } from '../dockerfile/types';
import {
  argsNoFlags,
  cacheOrTmpfsWith,
  countFlag,
  hasAnyFlag,
  hasArgs,
  hasFlag,
  indexOf,
  isPipInstall,
  type Command,
  type Script,
} from './hadolint-commands';

/** A rule over one RUN: true when it fails. */
export interface RunRule {
  id: string;
  fails: (s: Script, run: RunInstruction) => boolean;
}

const uses = (s: Script, name: string): boolean => s.commands.some((c) => c.name === name);

/** `install` appears before the clean-up command (or there is no install). */
function cleanedAfter(s: Script, install: (c: Command) => boolean, clean: (c: Command) => boolean): boolean {
  const i = indexOf(s, install);
  if (i < 0) return true;
  const c = indexOf(s, clean);
  return c >= 0 && i < c;
}

function packagesOf(s: Script, match: (c: Command) => boolean, drop: string[], skip: string[]): string[] {
  return s.commands.filter(match).flatMap((c) => argsNoFlags(c, drop).filter((a) => !skip.includes(a)));
}

const PIP_VALUE_FLAGS = [
  'abi',
  'b',
  'build',
  'e',
  'editable',
  'extra-index-url',
  'f',
  'find-links',
  'i',
  'index-url',
  'implementation',
  'no-binary',
  'only-binary',
  'platform',
  'prefix',
  'progress-bar',
  'proxy',
  'python',
  'python-version',
  'root',
  'root-user-action',
  'src',
  't',
  'target',
  'trusted-host',
  'upgrade-strategy',
];
const VCS = [
  'git+file',
  'git+https',
  'git+ssh',
  'git+http',
  'git+git',
  'git',
  'hg+file',
  'hg+http',
  'hg+https',
  'hg+ssh',
  'hg+static-http',
  'svn',
  'svn+svn',
  'svn+http',
  'svn+https',
  'svn+ssh',
  'bzr+http',
  'bzr+https',
  'bzr+ssh',
  'bzr+sftp',
  'bzr+ftp',
  'bzr+lp',
];

function pipUnpinned(c: Command): boolean {
  if (!isPipInstall(c)) return false;
  if (hasFlag(c, 'constraint') || hasFlag(c, 'c')) return false;
  if (c.args.includes('--requirement') || c.args.includes('-r') || c.args.includes('.')) return false;
  const rest = argsNoFlags(c, PIP_VALUE_FLAGS);
  const pkgs = rest.slice(rest.indexOf('install') + 1).filter((a) => a !== 'install');
  const isVcs = (p: string) => VCS.some((v) => p.startsWith(v));
  const pinned = (p: string) =>
    ['==', '>=', '<=', '>', '<', '!=', '~=', '==='].some((x) => p.includes(x)) ||
    (isVcs(p) && p.includes('@')) ||
    p.endsWith('.whl') ||
    p.endsWith('.tar.gz') ||
    (!isVcs(p) && p.includes('/'));
  return !pkgs.every(pinned);
}

function npmUnpinned(c: Command): boolean {
  if (!hasArgs(c, 'npm', ['install'])) return false;
  const rest = argsNoFlags(c, ['loglevel', 'registry']);
  if (rest[0] !== 'install') return false;
  const pkgs = rest.slice(1).filter((a) => a !== 'install');
  const pinned = (p: string): boolean => {
    if (['git://', 'git+ssh://', 'git+http://', 'git+https://'].some((x) => p.startsWith(x)))
      return p.includes('#');
    if (['.tar', '.tar.gz', '.tgz'].some((x) => p.endsWith(x))) return true;
    if (['/', './', '../', '~/'].some((x) => p.startsWith(x))) return true;
    const unscoped = p.startsWith('@') ? p.slice(p.indexOf('/') + 1) : p;
    return unscoped.includes('@');
  };
  return !pkgs.every(pinned);
}

function gems(s: Script): string[] {
  const out: string[] = [];
  for (const c of s.commands) {
    if (!hasArgs(c, 'gem', ['install', 'i'])) continue;
    if (
      c.args.includes('-v') ||
      c.args.includes('--version') ||
      c.args.some((a) => a.startsWith('--version='))
    )
      continue;
    const until = c.args.indexOf('--') >= 0 ? c.args.slice(0, c.args.indexOf('--')) : c.args;
    for (let k = 0; k < until.length; k++) {
      if (until[k].startsWith('-')) {
        k++;
        continue;
      }
      if (until[k] !== 'install' && until[k] !== 'i') out.push(until[k]);
    }
  }
  return out;
}

function goPackages(s: Script): string[] {
  const run = s.commands
    .filter((c) => hasArgs(c, 'go', ['run']))
    .flatMap((c) => argsNoFlags(c).filter((a, k) => a !== 'run' && k <= 1));
  if (run.length > 0) return run;
  return s.commands
    .filter((c) => hasArgs(c, 'go', ['install', 'get']))
    .flatMap((c) => argsNoFlags(c).filter((a) => !['install', 'get', 'tool'].includes(a)));
}

function goPinned(p: string): boolean {
  const local = p === '.' || p.startsWith('/') || p.startsWith('.');
  return local || (p.includes('@') && !p.endsWith('@latest') && !p.endsWith('@none'));
}

const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;

/** `name-1.2.3` (yum and dnf): some part after a dash starts with a digit and all are version-like. */
function rpmPinned(p: string, defined: ReadonlySet<string>): boolean {
  const parts = p.split('-');
  if (parts.length <= 1) return false;
  if (p.endsWith('.rpm')) return true;
  // hadolint reads `$v` as `${v}`: a version from an ENV or ARG defined so far counts as pinned.
  if (p.includes('$'))
    return [...defined].some((v) => p.includes(`\${${v}}`) || new RegExp(`\\$${v}(?![A-Za-z0-9_])`).test(p));
  const rest = parts.slice(1);
  return rest.every((x) => VERSION_CHAR.test(x)) && rest.some((x) => /^[0-9]/.test(x));
}

/** yum/dnf packages and modules of `install` commands, for DL3033 and DL3041. */
export function rpmUnpinned(s: Script, tools: string[], defined: ReadonlySet<string>): boolean {
  const installArgs = (c: Command) =>
    hasArgs(c, tools, ['install']) ? argsNoFlags(c).filter((a) => a !== 'install' && a !== 'module') : [];
  const moduleCmd = (c: Command) => hasArgs(c, tools, ['module']);
  const groupCmd = (c: Command) => tools.includes('dnf') && hasArgs(c, tools, ['group']);
  const pkgs = s.commands.filter((c) => !moduleCmd(c) && !groupCmd(c)).flatMap(installArgs);
  const modules = s.commands.filter(moduleCmd).flatMap(installArgs);
  return !(pkgs.every((p) => rpmPinned(p, defined)) && modules.every((m) => m.includes(':')));
}

/** The per-RUN rules, applied to RUNs and to ONBUILD RUN triggers as hadolint does. */
export const RUN_RULES: RunRule[] = [
  {
    id: 'DL3001',
    fails: (s) =>
      s.commands.some((c) =>
        ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'].includes(c.name),
      ),
  },
  { id: 'DL3004', fails: (s) => uses(s, 'sudo') },
  {
    id: 'DL3008',
    fails: (s) =>
      !packagesOf(s, (c) => hasArgs(c, 'apt-get', ['install']), ['t', 'target-release'], ['install']).every(
        (p) => p.includes('=') || p.includes('/') || p.endsWith('.deb'),
      ),
  },
  { id: 'DL3013', fails: (s) => s.commands.some(pipUnpinned) },
  {
    id: 'DL3014',
    fails: (s) =>
      s.commands.some(
        (c) =>
          hasArgs(c, 'apt-get', ['install']) &&
          !(
            hasAnyFlag(c, ['y', 'yes', 'qq', 'assume-yes']) ||
            countFlag(c, 'q') === 2 ||
            countFlag(c, 'quiet') === 2 ||
            c.args.includes('-q=2')
          ),
      ),
  },
  {
    id: 'DL3015',
    fails: (s) =>
      s.commands.some(
        (c) =>
          hasArgs(c, 'apt-get', ['install']) &&
          !hasFlag(c, 'no-install-recommends') &&
          !c.args.includes('APT::Install-Recommends=false'),
      ),
  },
  { id: 'DL3016', fails: (s) => s.commands.some(npmUnpinned) },
  {
    id: 'DL3018',
    fails: (s) =>
      !packagesOf(s, (c) => hasArgs(c, 'apk', ['add']), ['t', 'virtual', 'repository', 'X'], ['add']).every(
        (p) => ['=', '~', '>', '<'].some((x) => p.includes(x)) || p.endsWith('.apk'),
      ),
  },
  {
    id: 'DL3019',
    fails: (s, run) =>
      !cacheOrTmpfsWith(run, '/var/cache/apk') &&
      s.commands.some((c) => hasArgs(c, 'apk', ['add']) && !hasFlag(c, 'no-cache')),
  },
  { id: 'DL3027', fails: (s) => uses(s, 'apt') },
  { id: 'DL3028', fails: (s) => !gems(s).every((g) => g.includes(':')) },
  {
    id: 'DL3030',
    fails: (s) =>
      s.commands.some(
        (c) =>
          hasArgs(c, 'yum', ['install', 'groupinstall', 'localinstall']) &&
          !hasAnyFlag(c, ['y', 'assumeyes']),
      ),
  },
  {
    id: 'DL3032',
    fails: (s) =>
      !cleanedAfter(
        s,
        (c) => hasArgs(c, 'yum', ['install']),
        (c) => hasArgs(c, 'yum', ['clean', 'all']) || hasArgs(c, 'rm', ['-rf', '/var/cache/yum/*']),
      ),
  },
  {
    id: 'DL3034',
    fails: (s) =>
      s.commands.some(
        (c) =>
          hasArgs(c, 'zypper', ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch']) &&
          !hasAnyFlag(c, ['non-interactive', 'n', 'no-confirm', 'y']),
      ),
  },
  { id: 'DL3035', fails: (s) => s.commands.some((c) => hasArgs(c, 'zypper', ['dist-upgrade', 'dup'])) },
  {
    id: 'DL3036',
    fails: (s, run) =>
      !cacheOrTmpfsWith(run, '/var/cache/zypp') &&
      !cleanedAfter(
        s,
        (c) => hasArgs(c, 'zypper', ['install', 'in']),
        (c) => hasArgs(c, 'zypper', ['clean', 'cc']),
      ),
  },
  {
    id: 'DL3037',
    fails: (s) =>
      !packagesOf(s, (c) => hasArgs(c, 'zypper', ['install', 'in']), [], ['install', 'in']).every(
        (p) => ['=', '>', '<'].some((x) => p.includes(x)) || p.endsWith('.rpm'),
      ),
  },
  {
    id: 'DL3038',
    fails: (s) =>
      s.commands.some(
        (c) =>
          hasArgs(c, ['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall']) &&
          !hasAnyFlag(c, ['y', 'assumeyes']),
      ),
  },
  {
    id: 'DL3040',
    fails: (s, run) =>
      !cacheOrTmpfsWith(run, '/var/cache/libdnf5') &&
      !cacheOrTmpfsWith(run, '.cache/libdnf5') &&
      !['dnf', 'microdnf'].every((tool) =>
        cleanedAfter(
          s,
          (c) =>
            hasArgs(c, tool, [
              'install',
              'in',
              'upgrade',
              'up',
              'upgrade-minimal',
              'up-min',
              'reinstall',
              'rei',
            ]),
          (c) => hasArgs(c, tool, ['clean', 'all']) || hasArgs(c, 'rm', ['-rf', '/var/cache/libdnf5*']),
        ),
      ),
  },
  {
    id: 'DL3047',
    fails: (s) =>
      s.commands.some(
        (c) =>
          c.name === 'wget' &&
          !hasFlag(c, 'progress') &&
          !hasAnyFlag(c, ['q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose']) &&
          !c.args.includes('-nv'),
      ),
  },
  { id: 'DL3062', fails: (s) => !goPackages(s).every(goPinned) },
  { id: 'DL4005', fails: (s) => s.commands.some((c) => hasArgs(c, 'ln', ['/bin/sh'])) },
];
