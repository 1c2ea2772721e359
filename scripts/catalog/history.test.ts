/**
 * Build histories (repo-info's remote pages): what the catalog reads from them. The page below is made
 * up in repo-info's format; its lines follow the patterns of the official images' histories.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exposedPorts,
  extractHistory,
  historyFacts,
  loadHistory,
  parseAccounts,
  saveHistory,
  volumePaths,
} from './history';

const ID = `sha256:${'b'.repeat(64)}`;
const PAGE = [
  '## `demo:1`',
  '',
  '### `demo:1` - linux; arm64 variant v8',
  '',
  '```dockerfile',
  '# Mon, 24 Aug 2026 00:00:00 GMT',
  'USER armuser',
  '```',
  '',
  '### `demo:1` - linux; amd64',
  '',
  `-\tImage ID: \`${ID}\``,
  '',
  '```dockerfile',
  '# Mon, 24 Aug 2026 00:00:00 GMT',
  "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1787529600'",
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'RUN set -eux; \tgroupadd --system --gid 11211 demo; \tuseradd --system --gid demo --uid 11211 demo # buildkit',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'RUN mkdir -p /opt/demo-$DEMO_VERSION && ln -s /opt/demo-$DEMO_VERSION/bin/demo /usr/local/bin/demo # buildkit',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'RUN umoci unpack --image /home/buildd/rockcraft/images/base:latest bundle',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'ENV PATH=/optional/bin:/usr/bin',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'WORKDIR /srv',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'WORKDIR data',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'USER root',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'USER demo',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'EXPOSE map[11211/tcp:{} 53/udp:{}]',
  '# Tue, 25 Aug 2026 00:22:04 GMT',
  'VOLUME [/data /logs]',
  '```',
  '',
].join('\n');

describe('build histories', () => {
  const record = extractHistory(PAGE, 'demo:1', 'repos/demo/remote/1.md', 'c'.repeat(40));

  it('reads the amd64 section: its USER and WORKDIR lines, account commands and /opt, /home paths', () => {
    expect(record).toMatchObject({
      found: true,
      section: 'linux; amd64',
      imageId: ID,
      user: ['USER root', 'USER demo'],
      workdir: ['WORKDIR /srv', 'WORKDIR data'],
      accounts: ['groupadd --system --gid 11211 demo', 'useradd --system --gid demo --uid 11211 demo'],
    });
    // /optional is not /opt; the build host's /home/buildd is kept here and dropped by historyFacts.
    expect(record.paths).toEqual([
      '/opt/demo-$DEMO_VERSION',
      '/opt/demo-$DEMO_VERSION/bin/demo',
      '/home/buildd/rockcraft/images/base',
    ]);
    expect(extractHistory('## `x:1`\n\n**does not exist** (yet?)\n', 'x:1', 'p', 'c')).toMatchObject({
      found: false,
    });
  });

  it('gives the last USER, the WORKDIR resolved, the accounts and the folders the build fills', () => {
    const facts = historyFacts(record, 'debian', ID)!;
    expect(facts).toMatchObject({
      sameBuild: true,
      user: 'demo',
      workdir: '/srv/data',
      fills: ['/opt'],
    });
    expect(facts.accounts).toMatchObject({
      complete: true,
      groups: [{ name: 'demo', gid: 11211 }],
      users: [{ name: 'demo', uid: 11211, group: 'demo', home: '/home/demo', createsHome: false }],
    });
    expect(historyFacts(record, 'debian', `sha256:${'d'.repeat(64)}`)?.sameBuild).toBe(false);
    // A page without a USER starts as root: no user is recorded, and the catalog keeps Docker's default.
    expect(historyFacts({ ...record, user: [] }, 'debian', ID)?.user).toBeNull();
    expect(historyFacts({ ...record, section: undefined }, 'debian', ID)).toBeNull();
  });

  it('marks accounts incomplete where an id is left to the system or an account is renamed', () => {
    expect(parseAccounts(['groupadd -r mysql', 'useradd -r -g mysql mysql'], 'debian').complete).toBe(false);
    expect(
      parseAccounts(['groupmod --new-name gradle ubuntu', 'usermod --login gradle ubuntu'], 'debian')
        .complete,
    ).toBe(false);
    const es = parseAccounts(
      [
        'userdel -r ubuntu',
        'groupadd -g 1000 elasticsearch',
        'useradd --uid 1000 --gid 1000 --home-dir /usr/share/elasticsearch --create-home --shell /bin/bash elasticsearch',
        'usermod -aG root elasticsearch',
      ],
      'debian',
    );
    expect(es).toMatchObject({ complete: true, removed: ['ubuntu'], removedGroups: ['ubuntu'] });
    expect(es.users[0]).toMatchObject({ uid: 1000, group: 1000, shell: '/bin/bash', createsHome: true });
    // A home created under /home is a folder the build fills.
    const node = historyFacts(
      {
        ...record,
        accounts: ['useradd --uid 1000 --gid node --shell /bin/bash --create-home node'],
        paths: [],
      },
      'debian',
      ID,
    );
    expect(node?.fills).toEqual(['/home/node']);
  });

  it('reads EXPOSE and VOLUME in both spellings a history uses', () => {
    expect(record).toMatchObject({
      expose: ['EXPOSE map[11211/tcp:{} 53/udp:{}]'],
      volume: ['VOLUME [/data /logs]'],
    });
    expect(historyFacts(record, 'debian', ID)).toMatchObject({
      exposedPorts: ['11211/tcp', '53/udp'],
      volumes: ['/data', '/logs'],
    });
    // Older pages print the Dockerfile's own form; repeated lines add up without repeats.
    expect(exposedPorts(['EXPOSE 7000 7001', 'EXPOSE map[7000/tcp:{}]', 'EXPOSE 53/udp'])).toEqual([
      '7000/tcp',
      '7001/tcp',
      '53/udp',
    ]);
    expect(volumePaths(['VOLUME [/var/lib/mysql]', 'VOLUME /data'])).toEqual(['/var/lib/mysql', '/data']);
    // A record made before these lines were read leaves them out rather than claiming none.
    expect(
      historyFacts({ ...record, expose: undefined, volume: undefined }, 'debian', ID),
    ).not.toHaveProperty('exposedPorts');
  });

  it('keeps records in the cache by tag, deterministically', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'history-')), 'history.json');
    saveHistory([record], file);
    saveHistory([{ ...record, ref: 'demo:2' }], file);
    expect(Object.keys(loadHistory(file))).toEqual(['demo:1', 'demo:2']);
    expect(historyFacts(loadHistory(file)['demo:1'], 'debian', ID)).toEqual(
      historyFacts(record, 'debian', ID),
    );
  });
});
