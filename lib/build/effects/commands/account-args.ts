/**
 * What an account command's arguments say: shadow's useradd/groupadd/userdel/usermod, Debian's adduser
 * and addgroup (a Perl script, long options), and BusyBox's adduser/addgroup (Alpine, short options).
 * One reading for the engine (a learner's RUN line) and the catalog generator (an image's history).
 */

/** One account command, read; ids and names are as written (a `$VAR` is kept, not expanded). */
export type AccountCommand =
  | { kind: 'group'; name: string; gid: string | null; system: boolean }
  | {
      kind: 'user';
      name: string;
      uid: string | null;
      /** The primary group as written (a name or a gid), or null: then `ownGroup` says what is made. */
      group: string | null;
      /** True when the tool makes a group of the user's name as its primary group. */
      ownGroup: boolean;
      home: string;
      shell: string;
      gecos: string;
      system: boolean;
      createsHome: boolean;
    }
  /** `adduser USER GROUP`, `addgroup USER GROUP`, `usermod -aG`: a membership, passwd unchanged. */
  | { kind: 'member' }
  | { kind: 'remove'; name: string; user: boolean }
  /** usermod/groupmod changing a name, an id or a home: not followed. */
  | { kind: 'change' };

type Flavour = 'shadow' | 'debian' | 'busybox';

/** Options that take a value, per flavour (short and long spellings); the others are flags. */
const VALUE_OPTIONS: Record<Flavour, ReadonlySet<string>> = {
  shadow: new Set(
    '-u --uid -g --gid -d --home-dir --home -s --shell -c --comment -G --groups -k --skel -K --key -e --expiredate -f --inactive -p --password -R --root -P --prefix -Z --selinux-user -b --base-dir -l --login -n --new-name'.split(
      ' ',
    ),
  ),
  debian: new Set(
    '--uid --gid --home --shell --gecos --comment --ingroup --firstuid --lastuid --firstgid --lastgid --conf --add-extra-groups'.split(
      ' ',
    ),
  ),
  busybox: new Set('-h -g -s -G -u -k --home --gecos --shell --ingroup --uid --gid'.split(' ')),
};

/** Splits arguments into options (the last value wins), flags and operands. */
function readArgs(flavour: Flavour, args: readonly string[]) {
  const takes = VALUE_OPTIONS[flavour];
  const opts = new Map<string, string>();
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^\d*[<>]/.test(a)) {
      if (/^\d*[<>]+&?$/.test(a)) i++; // `2> /dev/null`: the target is the next word
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) opts.set(a.slice(0, eq), a.slice(eq + 1));
      else if (takes.has(a)) opts.set(a, args[++i] ?? '');
      else flags.add(a);
    } else if (a.startsWith('-') && a.length > 1) {
      // Grouped short options (`-rm`); a value option takes the rest of the word (`-u1000`) or the next.
      for (let j = 1; j < a.length; j++) {
        const o = `-${a[j]}`;
        if (takes.has(o)) {
          opts.set(o, j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? ''));
          break;
        }
        flags.add(o);
      }
    } else operands.push(a);
  }
  const get = (...names: string[]) => {
    for (const n of names) if (opts.has(n)) return opts.get(n)!;
    return null;
  };
  return { get, flags, operands };
}

/** Whose adduser/addgroup an image has: Debian's, BusyBox's, or shadow's useradd under that name. */
export type AdduserKind = 'debian' | 'busybox' | 'shadow';

/** Which adduser a distribution family has (Red Hat's and Wolfi's is a link to useradd). */
export function adduserOf(family: string): AdduserKind {
  return family === 'debian' || family === 'ubuntu' ? 'debian' : family === 'rhel' ? 'shadow' : 'busybox';
}

/**
 * Reads one account command (`argv[0]` is the tool), on an image whose adduser is `adduser`'s. Null
 * when the command is not an account command it can read.
 */
export function parseAccountCommand(argv: readonly string[], adduser: AdduserKind): AccountCommand | null {
  const [tool, ...args] = argv;
  const deleting = /^(?:userdel|deluser|groupdel|delgroup)$/.test(tool);
  if (tool === 'usermod' || tool === 'groupmod') {
    const { flags, get } = readArgs('shadow', args);
    const onlyGroups =
      [...flags].every((f) => f === '-a' || f === '--append') && get('-G', '--groups') !== null;
    const changes = [
      '-l',
      '--login',
      '-n',
      '--new-name',
      '-u',
      '--uid',
      '-g',
      '--gid',
      '-d',
      '--home',
      '--home-dir',
      '-s',
      '--shell',
    ];
    return onlyGroups && !changes.some((o) => get(o) !== null) ? { kind: 'member' } : { kind: 'change' };
  }
  const shadowAdduser = adduser === 'shadow' && tool === 'adduser';
  const flavour: Flavour =
    tool === 'useradd' || tool === 'groupadd' || tool === 'userdel' || tool === 'groupdel' || shadowAdduser
      ? 'shadow'
      : adduser === 'debian'
        ? 'debian'
        : 'busybox';
  if (!deleting && !/^(?:useradd|groupadd|adduser|addgroup)$/.test(tool)) return null;
  const { get, flags, operands } = readArgs(flavour, args);
  const byShadow = tool === 'useradd' || tool === 'groupadd' || shadowAdduser;
  // useradd/groupadd name the account last; adduser/addgroup first (a second operand is a group).
  const name = byShadow ? operands[operands.length - 1] : operands[0];
  if (!name) return null;
  if (deleting)
    return operands.length > 1 && flavour !== 'shadow'
      ? { kind: 'member' }
      : { kind: 'remove', name, user: tool === 'userdel' || tool === 'deluser' };
  const system = flags.has('-r') || flags.has('--system') || flags.has('-S');
  if (!byShadow && operands.length > 1) return { kind: 'member' };
  if (tool === 'groupadd' || tool === 'addgroup')
    return { kind: 'group', name, gid: get('-g', '--gid'), system };
  const uid = get('-u', '--uid');
  if (flavour === 'shadow') {
    // Debian's defaults (/etc/default/useradd: HOME=/home, SHELL=/bin/sh; login.defs: USERGROUPS_ENAB
    // yes, so a group of the user's name unless -g or -N).
    const group = get('-g', '--gid');
    const noUserGroup = flags.has('-N') || flags.has('--no-user-group');
    return {
      kind: 'user',
      name,
      uid,
      group: group ?? (noUserGroup ? '100' : null),
      ownGroup: group === null && !noUserGroup,
      home: get('-d', '--home-dir', '--home') ?? `/home/${name}`,
      shell: get('-s', '--shell') ?? '/bin/sh',
      gecos: get('-c', '--comment') ?? '',
      system,
      createsHome: flags.has('-m') || flags.has('--create-home'),
    };
  }
  if (flavour === 'busybox') {
    // BusyBox: -G names the group (else one of the user's name), -g is the GECOS field, -H no home; a
    // system user (-S) gets no login shell (redis:alpine's redis:x:999:1000::/home/redis:/sbin/nologin).
    const group = get('-G', '--ingroup');
    return {
      kind: 'user',
      name,
      uid,
      group,
      ownGroup: group === null,
      home: get('-h', '--home') ?? `/home/${name}`,
      shell: get('-s', '--shell') ?? (system ? '/sbin/nologin' : '/bin/sh'),
      gecos: get('-g', '--gecos') ?? (system ? '' : 'Linux User,,,'),
      system,
      createsHome: !flags.has('-H') && !flags.has('--no-create-home'),
    };
  }
  // Debian's adduser (adduser.conf: DSHELL=/bin/bash, DHOME=/home; a system user gets no login
  // shell, the home /nonexistent and the group nogroup unless --group, --gid or --ingroup).
  const group = get('--gid', '--ingroup');
  const ownGroup = group === null && (!system || flags.has('--group'));
  const home = get('--home') ?? (system ? '/nonexistent' : `/home/${name}`);
  return {
    kind: 'user',
    name,
    uid,
    group: group ?? (ownGroup ? null : 'nogroup'),
    ownGroup,
    home,
    shell: get('--shell') ?? (system ? '/usr/sbin/nologin' : '/bin/bash'),
    gecos: get('--gecos', '--comment') ?? '',
    system,
    createsHome: !flags.has('--no-create-home') && home !== '/nonexistent',
  };
}
