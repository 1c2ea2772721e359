/**
 * The accounts (/etc/passwd and /etc/group) a base image starts with: the distribution's own system
 * accounts, and the users an official image's Dockerfile adds. Where the catalog cannot tell every
 * account of an image, `complete` is false and a user missing from the list is "can't tell", never
 * "absent".
 */

import type { BaseImage } from './types';

/** One distribution's base accounts, with the public source they come from. */
interface BaseAccounts {
  passwd: string[];
  group: string[];
  source: string;
}

const DEBIAN: BaseAccounts = {
  // Debian's base-passwd: usr/share/base-passwd/passwd.master and group.master, read from
  // base-passwd_3.6.1_amd64.deb (bookworm) and base-passwd_3.6.7_amd64.deb (trixie, its Packages
  // index) on deb.debian.org, 2026-12-06: the two releases' lists are identical. Ubuntu's images
  // start from the same lists (ubuntu:24.04's /etc/passwd, jupyterhub/repo2docker#1346).
  passwd: [
    'root:x:0:0:root:/root:/bin/bash',
    'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
    'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
    'sync:x:4:65534:sync:/bin:/bin/sync',
    'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
    'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
    'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
    'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
    'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
    'uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin',
    'proxy:x:13:13:proxy:/bin:/usr/sbin/nologin',
    'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
    'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
    'list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin',
    'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin',
    '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin',
    'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
  ],
  group: [
    'root:x:0:',
    'daemon:x:1:',
    'bin:x:2:',
    'sys:x:3:',
    'adm:x:4:',
    'tty:x:5:',
    'disk:x:6:',
    'lp:x:7:',
    'mail:x:8:',
    'news:x:9:',
    'uucp:x:10:',
    'man:x:12:',
    'proxy:x:13:',
    'kmem:x:15:',
    'dialout:x:20:',
    'fax:x:21:',
    'voice:x:22:',
    'cdrom:x:24:',
    'floppy:x:25:',
    'tape:x:26:',
    'sudo:x:27:',
    'audio:x:29:',
    'dip:x:30:',
    'www-data:x:33:',
    'backup:x:34:',
    'operator:x:37:',
    'list:x:38:',
    'irc:x:39:',
    'src:x:40:',
    'shadow:x:42:',
    'utmp:x:43:',
    'video:x:44:',
    'sasl:x:45:',
    'plugdev:x:46:',
    'staff:x:50:',
    'games:x:60:',
    'users:x:100:',
    'nogroup:x:65534:',
  ],
  source:
    'Debian base-passwd 3.6.1 (bookworm) and 3.6.7 (trixie), passwd.master and group.master (deb.debian.org, checked 2026-12-06)',
};

const ALPINE: BaseAccounts = {
  // alpine-baselayout-data: the passwd and group files of aports main/alpine-baselayout (group as
  // of commit bb00d0e4f3457ae4e5fffef516c2a93cc8cb20e3; passwd without the accounts older
  // releases had: adm, operator, postmaster, squid, xfs, cyrus, vpopmail, smmsp). Checked
  // 2026-12-06; the same lists appear in /etc/passwd and /etc/group dumps of Alpine 3.2x images.
  // There is no `console` group (17) and no www-data user: only the group, gid 82, which
  // docker-library/php's Alpine Dockerfiles reuse for the user they add.
  passwd: [
    'root:x:0:0:root:/root:/bin/sh',
    'bin:x:1:1:bin:/bin:/sbin/nologin',
    'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
    'lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin',
    'sync:x:5:0:sync:/sbin:/bin/sync',
    'shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown',
    'halt:x:7:0:halt:/sbin:/sbin/halt',
    'mail:x:8:12:mail:/var/mail:/sbin/nologin',
    'news:x:9:13:news:/usr/lib/news:/sbin/nologin',
    'uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin',
    'cron:x:16:16:cron:/var/spool/cron:/sbin/nologin',
    'ftp:x:21:21::/var/lib/ftp:/sbin/nologin',
    'sshd:x:22:22:sshd:/dev/null:/sbin/nologin',
    'games:x:35:35:games:/usr/games:/sbin/nologin',
    'ntp:x:123:123:NTP:/var/empty:/sbin/nologin',
    'guest:x:405:100:guest:/dev/null:/sbin/nologin',
    'nobody:x:65534:65534:nobody:/:/sbin/nologin',
  ],
  group: [
    'root:x:0:root',
    'bin:x:1:root,bin,daemon',
    'daemon:x:2:root,bin,daemon',
    'sys:x:3:root,bin',
    'adm:x:4:root,daemon',
    'tty:x:5:',
    'disk:x:6:root',
    'lp:x:7:lp',
    'kmem:x:9:',
    'wheel:x:10:root',
    'floppy:x:11:root',
    'mail:x:12:mail',
    'news:x:13:news',
    'uucp:x:14:uucp',
    'cron:x:16:cron',
    'audio:x:18:',
    'cdrom:x:19:',
    'dialout:x:20:root',
    'ftp:x:21:',
    'sshd:x:22:',
    'input:x:23:',
    'tape:x:26:root',
    'video:x:27:root',
    'netdev:x:28:',
    'kvm:x:34:kvm',
    'games:x:35:',
    'shadow:x:42:',
    'www-data:x:82:',
    'users:x:100:games',
    'ntp:x:123:',
    'abuild:x:300:',
    'utmp:x:406:',
    'ping:x:999:',
    'nogroup:x:65533:',
    'nobody:x:65534:',
  ],
  source:
    'alpine-baselayout-data, /etc/passwd and /etc/group (gitlab.alpinelinux.org/alpine/aports, main/alpine-baselayout, checked 2026-12-06)',
};

/**
 * Ubuntu's images from 23.04 on add the user `ubuntu` (uid and gid 1000) as a non-root user:
 * Launchpad bug 2005129 (cloud-images), and `docker run ubuntu:24.04 getent passwd 1000`
 * (bagisto/bagisto-docker#36, jupyterhub/repo2docker#1346); 22.04 has no such user.
 */
const UBUNTU_USER_SOURCE =
  'Ubuntu 23.04 and later add user ubuntu, uid 1000 (bugs.launchpad.net/cloud-images/+bug/2005129)';

/** The .NET images share runtime-deps' user (every tag builds FROM it). */
const DOTNET_ACCOUNTS = {
  debian: ['app:x:1654:1654::/home/app:/bin/sh'],
  source: 'dotnet/dotnet-docker, src/runtime-deps/8.0/bookworm-slim/amd64/Dockerfile (useradd app, uid 1654)',
};

/**
 * Users an official image's own Dockerfile adds (passwd line, group line), by repository and
 * distribution family; `[]` where its Dockerfile adds none. Images not listed here may add users the
 * catalog does not know.
 */
const IMAGE_USERS: Record<
  string,
  { debian?: string[]; alpine?: string[]; ubuntu?: string[]; source: string }
> = {
  node: {
    debian: ['node:x:1000:1000::/home/node:/bin/bash'],
    alpine: ['node:x:1000:1000::/home/node:/bin/sh'],
    source: 'nodejs/docker-node, <version>/<variant>/Dockerfile (groupadd/useradd node, uid 1000)',
  },
  nginx: {
    debian: ['nginx:x:101:101:nginx user:/nonexistent:/bin/false'],
    alpine: ['nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin'],
    source: 'nginx/docker-nginx, stable/debian and stable/alpine-slim Dockerfiles (uid 101)',
  },
  postgres: {
    debian: ['postgres:x:999:999::/var/lib/postgresql:/bin/bash'],
    alpine: ['postgres:x:70:70::/var/lib/postgresql:/bin/sh'],
    source: 'docker-library/postgres, <major>/<variant>/Dockerfile (uid 999 on Debian, 70 on Alpine)',
  },
  redis: {
    debian: ['redis:x:999:999::/home/redis:/bin/sh'],
    alpine: ['redis:x:999:1000::/home/redis:/sbin/nologin'],
    source: 'redis/docker-library-redis, <version>/<variant>/Dockerfile',
  },
  httpd: {
    debian: [],
    alpine: ['www-data:x:82:82::/home/www-data:/sbin/nologin'],
    source: 'docker-library/httpd, 2.4/Dockerfile and 2.4/alpine/Dockerfile (www-data, uid 82 on Alpine)',
  },
  php: {
    debian: [],
    alpine: ['www-data:x:82:82::/home/www-data:/sbin/nologin'],
    source: 'docker-library/php, <version>/<variant>/Dockerfile (www-data, uid 82 on Alpine)',
  },
  mongo: {
    ubuntu: ['mongodb:x:999:999::/data/db:/bin/sh'],
    source: 'docker-library/mongo, <version>/Dockerfile (uid 999)',
  },
  'mcr.microsoft.com/dotnet/aspnet': DOTNET_ACCOUNTS,
  'mcr.microsoft.com/dotnet/sdk': DOTNET_ACCOUNTS,
  python: { debian: [], alpine: [], source: 'docker-library/python Dockerfiles add no users' },
  golang: { debian: [], alpine: [], source: 'docker-library/golang Dockerfiles add no users' },
  tomcat: { ubuntu: [], debian: [], source: 'docker-library/tomcat Dockerfiles add no users' },
  debian: { debian: [], source: 'the distribution image itself' },
  ubuntu: { ubuntu: [], source: 'the distribution image itself' },
  alpine: { alpine: [], source: 'the distribution image itself' },
};

export interface ImageAccounts {
  passwd: string;
  group: string;
  /** True when these are all the image's accounts. */
  complete: boolean;
  /** Where the lists come from, or why they may be incomplete. */
  because: string;
}

/**
 * The accounts an image starts with: `family` is its distribution (debian, ubuntu, alpine…),
 * `repository` its name (`node`, `library/node`, `docker.io/library/node`), `release` e.g.
 * `ubuntu:24.04` (Ubuntu 23.04 and later add user `ubuntu`, uid 1000).
 */
export function imageAccounts(
  family: string,
  repository: string,
  release: string | null,
  added?: BaseImage['addedAccounts'],
): ImageAccounts | null {
  const base = family === 'alpine' ? ALPINE : family === 'debian' || family === 'ubuntu' ? DEBIAN : null;
  if (!base) return null;
  const passwd = [...base.passwd];
  const group = [...base.group];
  const ubuntuUser =
    family === 'ubuntu' && !/\b(1[0-9]|2[0-2])\.\d\d\b|jammy|focal|bionic/.test(release ?? '');
  if (ubuntuUser) {
    passwd.push('ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash');
    group.push('ubuntu:x:1000:');
  }
  const baseSource = ubuntuUser ? `${base.source}; ${UBUNTU_USER_SOURCE}` : base.source;
  if (added) {
    // What the image's build history removes and adds: groups first (a user's group may be one of them).
    let complete = added.complete;
    const drop = (lines: string[], names: string[]) => {
      for (const name of names) {
        const at = lines.findIndex((l) => l.startsWith(`${name}:`));
        if (at >= 0) lines.splice(at, 1);
      }
    };
    drop(passwd, added.removed);
    drop(group, added.removedGroups);
    for (const g of added.groups)
      if (g.gid !== null && !group.some((l) => l.startsWith(`${g.name}:`)))
        group.push(`${g.name}:x:${g.gid}:`);
    for (const u of added.users) {
      const gid =
        typeof u.group === 'number'
          ? u.group
          : u.group === null
            ? null
            : Number(group.find((l) => l.startsWith(`${u.group}:`))?.split(':')[2] ?? NaN);
      if (u.uid === null || gid === null || Number.isNaN(gid) || u.shell === null) {
        complete = false;
        continue;
      }
      if (!passwd.some((l) => l.startsWith(`${u.name}:`)))
        passwd.push(`${u.name}:x:${u.uid}:${gid}:${u.gecos}:${u.home}:${u.shell}`);
    }
    return {
      passwd: passwd.join('\n') + '\n',
      group: group.join('\n') + '\n',
      complete,
      because: complete
        ? `${baseSource}; ${added.source}`
        : `${repository}'s build adds accounts whose ids are not all written in its history (${added.source})`,
    };
  }
  const name = repository.replace(/^(docker\.io\/)?(library\/)?/, '');
  const known = IMAGE_USERS[name];
  const listed = known ? known[family as 'debian' | 'alpine' | 'ubuntu'] : undefined;
  for (const line of listed ?? []) {
    const f = line.split(':');
    if (!passwd.some((l) => l.startsWith(`${f[0]}:`))) passwd.push(line);
    if (!group.some((l) => l.startsWith(`${f[0]}:`))) group.push(`${f[0]}:x:${f[3]}:`);
  }
  const complete = listed !== undefined;
  return {
    passwd: passwd.join('\n') + '\n',
    group: group.join('\n') + '\n',
    complete,
    because: complete
      ? `${baseSource}${known && listed && listed.length > 0 ? `; ${known.source}` : ''}`
      : `${repository} may add accounts of its own that the catalog does not list`,
  };
}
