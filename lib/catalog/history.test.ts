/**
 * What the official images' build histories (repo-info's remote pages) give the catalog: the user and
 * working folder each image starts with, the accounts its build adds or removes, and the folders under
 * /opt and /home it fills. Checked through the engine and the terminal, as a learner meets them.
 */
import { describe, expect, it } from 'vitest';
import { resolveImage } from './index';
import { simulateDockerfile } from '../analyze';
import { runImage } from '../build/run/index';
import { createDockerSession } from '../cli/docker/index';
import { runLine } from '../testing/docker-lines';
import { listSources } from './sources';

const image = (ref: string) => resolveImage(ref).image!;
const build = (dockerfile: string) => simulateDockerfile(dockerfile, { context: { files: [] } }).image!;
const session = () => createDockerSession({ context: { files: [] }, now: () => 1_700_000_000_000 });

describe('official images’ configuration from their build history', () => {
  it('starts each image as its last USER, in its last WORKDIR, saying where that was read', () => {
    expect(image('memcached:latest')).toMatchObject({ user: 'memcache', workdir: '/' });
    expect(image('haproxy:3.4.3-trixie')).toMatchObject({ user: 'haproxy', workdir: '/var/lib/haproxy' });
    expect(image('elasticsearch:8.19.20')).toMatchObject({
      user: '1000:0',
      workdir: '/usr/share/elasticsearch',
    });
    expect(image('kong:latest').user).toBe('kong');
    expect(image('golang:1.26').workdir).toBe('/go');
    // gradle's history switches to `USER gradle` and back to root.
    expect(image('gradle:latest').user).toBe('root');
    expect(image('python:3.13').user).toBe('root');
    expect(image('memcached:latest').addedAccounts?.source).toMatch(
      /docker-library\/repo-info repos\/memcached\/remote\/latest\.md @[0-9a-f]{8}/,
    );
  });

  it('gives the terminal the accounts the build adds: id, HOME and -u name', () => {
    const s = session();
    expect(runLine(s, 'docker run --rm --entrypoint id memcached').stdout).toBe(
      'uid=11211(memcache) gid=11211(memcache) groups=11211(memcache)\n',
    );
    expect(runLine(s, "docker run --rm --entrypoint sh memcached -c 'echo $HOME'").stdout).toBe(
      '/home/memcache\n',
    );
    expect(runLine(s, 'docker run --rm -u node node:24 id').stdout).toBe(
      'uid=1000(node) gid=1000(node) groups=1000(node)\n',
    );
    expect(runLine(s, 'docker run --rm -u redis redis:8.10.1-alpine id').stdout).toBe(
      'uid=999(redis) gid=1000(redis) groups=1000(redis)\n',
    );
    expect(runLine(s, 'docker run --rm --entrypoint pwd elasticsearch:8.19.20').stdout).toBe(
      '/usr/share/elasticsearch\n',
    );
    expect(runLine(s, 'docker run --rm golang:1.26 pwd').stdout).toBe('/go\n');
  });

  it('knows a removed account is gone, and says it cannot tell where ids were left to the system', () => {
    // elasticsearch:8 is built on Ubuntu 24.04 and removes its `ubuntu` user.
    const es = runImage(build('FROM elasticsearch:8.19.20\nUSER ubuntu\n'));
    expect(es.stderr).toContain('unable to find user ubuntu: no matching entries in passwd file');
    expect(runImage(build('FROM elasticsearch:8.19.20\nUSER elasticsearch\n')).stderr).not.toContain(
      'unable to find user',
    );
    // mariadb's groupadd -r/useradd -r leave the ids to the system: its accounts are not all known.
    const maria = build('FROM mariadb:latest\nUSER someone\n');
    expect(maria.usersPartial).toBeTruthy();
    expect(runImage(maria).stderr).not.toContain('unable to find user');
    // gradle renames Ubuntu's user to gradle (usermod), which the catalog does not follow.
    expect(runImage(build('FROM gradle:latest\nUSER gradle\n')).stderr).not.toContain('unable to find user');
  });

  it('never invents a uid: an image that starts as a user no source lists (kong) says it cannot tell', () => {
    const r = runLine(session(), 'docker run --rm --entrypoint id kong');
    expect(r.stdout).toBe('');
    expect(r.notes.join(' ')).toContain('The uid of kong is not known to the model.');
    const kong = build('FROM kong\n');
    expect(kong.usersPartial).toMatch(/starts as kong/);
    expect(runImage(kong).stderr).not.toContain('unable to find user');
  });

  it('lists /opt and /home as the build leaves them: filled (can’t tell what) or empty', () => {
    const s = session();
    const opt = runLine(s, 'docker run --rm node:24 ls /opt');
    expect(opt.notes.join(' ')).toMatch(/Not every file of \/opt is listed: .*build writes here/);
    expect(runLine(s, 'docker run --rm node:24 ls /home').stdout).toBe('node\n');
    // python's history writes nothing there: both are Debian's empty folders.
    const py = runLine(s, 'docker run --rm python:3.13 ls /opt');
    expect(py).toMatchObject({ stdout: '', exitCode: 0 });
    expect(py.notes.join(' ')).not.toMatch(/Not every file/);
    expect(runLine(s, 'docker run --rm python:3.13 ls /srv').exitCode).toBe(0);
  });

  it('exposes the ports and declares the volumes the history lists', () => {
    const s = session();
    runLine(s, 'docker run -d --name web nginx');
    expect(runLine(s, "docker ps --format '{{.Ports}}'").stdout).toBe('80/tcp\n');
    runLine(s, 'docker pull postgres:18-trixie');
    expect(
      runLine(
        s,
        "docker inspect --format '{{json .Config.ExposedPorts}} {{json .Config.Volumes}}' postgres:18-trixie",
      ).stdout,
    ).toBe('{"5432/tcp":{}} {"/var/lib/postgresql":{}}\n');
    // A port the base already exposes is not listed twice.
    expect(build('FROM nginx\nEXPOSE 80\nEXPOSE 8080\n').config.exposedPorts).toEqual(['80/tcp', '8080/tcp']);
    expect(image('caddy:2.11.4').exposedPorts).toEqual(['80/tcp', '443/tcp', '443/udp', '2019/tcp']);
  });

  it('shows a learner, on the Sources page, what each history gave and where it was read', () => {
    const entry = listSources().find((e) => e.id === 'repo-info-history')!;
    const memcached = entry.items.find((i) => i.label === 'memcached:latest')!;
    expect(memcached.detail).toMatch(
      /^starts as memcache; adds memcache \(uid 11211\); exposes 11211\/tcp \(repos\/memcached\/remote\/latest\.md @[0-9a-f]{8}/,
    );
    expect(entry.items.find((i) => i.label === 'elasticsearch:8.19.20')?.detail).toContain('removes ubuntu');
    expect(entry.items.length).toBeGreaterThanOrEqual(85);
  });
});
