/**
 * Account commands as each distribution's tools read them: shadow's useradd (login.defs, useradd(8)),
 * Debian's adduser (adduser.conf: DSHELL=/bin/bash, system users nogroup and /nonexistent) and
 * BusyBox's adduser (-g is GECOS, -G the group). The lines are from official images' histories.
 */
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../shell/compat';
import { adduserOf, parseAccountCommand, type AdduserKind } from './account-args';

const read = (line: string, adduser: AdduserKind = 'debian') =>
  parseAccountCommand(wordsOf(line)[0].words, adduser);

describe('account commands', () => {
  it('useradd: ids, a group of the user’s name, Debian’s default home and shell, -m', () => {
    expect(read('useradd --system --gid memcache --uid 11211 memcache')).toMatchObject({
      kind: 'user',
      name: 'memcache',
      uid: '11211',
      group: 'memcache',
      ownGroup: false,
      home: '/home/memcache',
      shell: '/bin/sh',
      system: true,
      createsHome: false,
    });
    expect(read('useradd --uid 1000 --gid node --shell /bin/bash --create-home node')).toMatchObject({
      shell: '/bin/bash',
      createsHome: true,
    });
    // No -g: USERGROUPS_ENAB makes a group of the user's name; `--uid=999`, and the name before options.
    expect(read('useradd -r -g mysql mysql --home-dir /var/lib/mysql')).toMatchObject({
      name: 'mysql',
      uid: null,
      home: '/var/lib/mysql',
    });
    expect(read('useradd -r --uid=999 redis')).toMatchObject({ uid: '999', group: null, ownGroup: true });
    expect(read('useradd -N -u 5 x')).toMatchObject({ group: '100', ownGroup: false });
    expect(read('useradd --comment "nginx user" --uid 101 nginx')).toMatchObject({ gecos: 'nginx user' });
  });

  it('groupadd and addgroup give a group with its gid, or none when the system picks it', () => {
    expect(read('groupadd -r postgres --gid=999')).toEqual({
      kind: 'group',
      name: 'postgres',
      gid: '999',
      system: true,
    });
    expect(read('groupadd -r mysql')).toMatchObject({ kind: 'group', gid: null });
    expect(read('addgroup -g 101 -S nginx', 'busybox')).toMatchObject({ name: 'nginx', gid: '101' });
    // A redirection is not an operand.
    expect(read('addgroup -S -g 1883 mosquitto 2>/dev/null', 'busybox')).toMatchObject({
      kind: 'group',
      name: 'mosquitto',
    });
  });

  it('BusyBox adduser: -G is the group, -g the comment, -H no home, -S no login shell', () => {
    expect(
      read('adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx', 'busybox'),
    ).toMatchObject({
      uid: '101',
      group: 'nginx',
      gecos: 'nginx',
      home: '/var/cache/nginx',
      createsHome: false,
    });
    expect(read('adduser -S -G redis -u 999 redis', 'busybox')).toMatchObject({
      shell: '/sbin/nologin',
      home: '/home/redis',
      createsHome: true,
    });
    expect(read('adduser -u 1000 -G node -s /bin/sh -D node', 'busybox')).toMatchObject({
      gecos: 'Linux User,,,',
      shell: '/bin/sh',
    });
    // Two operands: an existing user joins a group.
    expect(read('adduser www-data www-data', 'busybox')).toEqual({ kind: 'member' });
  });

  it('Debian adduser: system users get nogroup and /nonexistent unless told otherwise', () => {
    expect(read('adduser --system --uid 120 svc')).toMatchObject({
      group: 'nogroup',
      ownGroup: false,
      home: '/nonexistent',
      shell: '/usr/sbin/nologin',
      createsHome: false,
    });
    expect(read('adduser --system --group --uid 120 svc')).toMatchObject({ group: null, ownGroup: true });
    expect(read('adduser --uid 1000 --gid 1000 --home /usr/share/x x')).toMatchObject({
      group: '1000',
      home: '/usr/share/x',
      shell: '/bin/bash',
      createsHome: true,
    });
  });

  it('Red Hat’s adduser is useradd: -g is the group (elasticsearch:9 on UBI)', () => {
    expect(adduserOf('rhel')).toBe('shadow');
    expect(
      read('adduser -u 1000 -g 1000 -G 0 -d /usr/share/elasticsearch elasticsearch', 'shadow'),
    ).toMatchObject({ name: 'elasticsearch', uid: '1000', group: '1000', home: '/usr/share/elasticsearch' });
  });

  it('userdel removes, usermod -aG only adds a membership, a rename is a change', () => {
    expect(read('userdel -r ubuntu')).toEqual({ kind: 'remove', name: 'ubuntu', user: true });
    expect(read('userdel --remove ubuntu')).toEqual({ kind: 'remove', name: 'ubuntu', user: true });
    expect(read('usermod -aG root elasticsearch')).toEqual({ kind: 'member' });
    expect(read('usermod --login gradle --home /home/gradle --groups gradle ubuntu')).toEqual({
      kind: 'change',
    });
    expect(read('groupmod --new-name gradle ubuntu')).toEqual({ kind: 'change' });
    expect(read('ls -l')).toBeNull();
    expect(read('useradd')).toBeNull();
  });
});
