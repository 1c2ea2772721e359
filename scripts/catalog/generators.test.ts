import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, parsePackages, parseRelations, programsFromContents } from './debian-index';
import { closure, generateSuite, minbase, previousPrograms } from './debian-packages';
import {
  jreVersion,
  keepPreviousSizes,
  type DistrolessData,
  readmeImages,
  replacementFor,
  supportPolicy,
  upstreamVersion,
} from './distroless';
import { dockerfileFacts } from './dockerfiles';
import { githubRepo, parseLibrary } from './official-images';
import {
  foldAliases,
  foldGroups,
  generateOfficial,
  lineOf,
  markNewer,
  OLDER_PAGES,
  parseRemotePlatforms,
  parseRepoInfo,
  type RepoInfoTag,
} from './repo-info';
import { starlarkLiterals } from './starlark';
import { generateSuitePrograms, mergedUsr, type EssentialProgram } from './debian-programs';
import { stableJson } from './util';

// A made-up archive of our own: four packages, one virtual, one optional recommend.
const PACKAGES = `Package: libc6
Version: 2.36-9
Installed-Size: 12000
Priority: required

Package: tool
Version: 1.0-1
Installed-Size: 300
Depends: libc6 (>= 2.34), libtool1 | libtool-alt
Recommends: docs-virtual
Priority: optional

Package: libtool1
Version: 1.2-3
Installed-Size: 50
Depends: libc6

Package: tool-docs
Version: 1.0-1
Installed-Size: 900
Provides: docs-virtual

Package: tool
Version: 1.0-2
Installed-Size: 310
Depends: libc6 (>= 2.34), libtool1 | libtool-alt
Recommends: docs-virtual
`;

const CONTENTS = `usr/bin/tool    utils/tool
usr/share/doc/tool/README    doc/tool
usr/sbin/tool-admin    utils/tool,utils/tool-docs
`;

describe('Debian index parsing', () => {
  it('reads relations, versions and Contents', () => {
    expect(parseRelations('libc6 (>= 2.34), a:any | b [amd64]')).toEqual([['libc6'], ['a', 'b']]);
    expect(compareVersions('1.0-2', '1.0-1')).toBeGreaterThan(0);
    expect(compareVersions('1.0~rc1-1', '1.0-1')).toBeLessThan(0);
    expect(compareVersions('1:0.9', '2.0')).toBeGreaterThan(0);
    const pkgs = parsePackages([PACKAGES]);
    expect(pkgs.get('tool')?.version).toBe('1.0-2');
    expect(pkgs.get('tool')?.installedKiB).toBe(310);
    expect(programsFromContents(CONTENTS, new Set(['tool', 'tool-docs']))).toEqual(
      new Map([
        ['tool', ['/usr/bin/tool', '/usr/sbin/tool-admin']],
        ['tool-docs', ['/usr/sbin/tool-admin']],
      ]),
    );
  });

  it('computes closures with and without recommends, over the required base', () => {
    const pkgs = parsePackages([PACKAGES]);
    const base = minbase(pkgs);
    expect([...base]).toEqual(['libc6']);
    expect([...closure(pkgs, ['tool'], base, false)].sort()).toEqual(['libtool1', 'tool']);
    expect([...closure(pkgs, ['tool'], base, true)].sort()).toEqual(['libtool1', 'tool', 'tool-docs']);
  });

  it('generates the same bytes from the same inputs', () => {
    const run = () =>
      stableJson(
        generateSuite(
          'fixture',
          parsePackages([PACKAGES]),
          programsFromContents(CONTENTS, new Set(['tool'])),
          '2026-01-01',
          ['tool'],
        ),
      );
    expect(run()).toBe(run());
    const data = JSON.parse(run());
    expect(data.packages.tool).toEqual([
      '1.0-2',
      310,
      ['libtool1'],
      ['tool-docs'],
      ['/usr/bin/tool', '/usr/sbin/tool-admin'],
    ]);
    expect(data.base).toEqual(['libc6']);
  });
});

describe('distroless sources', () => {
  it('reads Starlark literals, README tables and the support policy', () => {
    expect(starlarkLiterals('X = {\n  "a": ["b", "c"],  # comment\n}\nY = 65532\nZ = f(1)\n')).toEqual({
      X: { a: ['b', 'c'] },
      Y: 65532,
    });
    const rows = readmeImages(
      '| Image | Tags | Arch |\n| --- | --- | --- |\n| gcr.io/distroless/java21-debian13 | latest, nonroot | amd64, arm64 |\n',
    );
    expect(rows).toEqual([
      { name: 'java21-debian13', tags: ['latest', 'nonroot'], architectures: ['amd64', 'arm64'] },
    ]);
    const policy = supportPolicy(
      '| Image | Debian 12 EOL | Debian 13 EOL |\n| - | - | - |\n| java* | Jan 2026 | later |\n',
    );
    expect(policy['java*']).toEqual({ debian12: 'Jan 2026', debian13: 'later' });
  });

  it('derives versions and replacements like the build files do', () => {
    expect(jreVersion('21.0.12.0.0+8-0')).toBe('21.0.12');
    expect(jreVersion('17.0.20.1.0+1-0')).toBe('17.0.20.1');
    expect(upstreamVersion('3.13.5-2')).toBe('3.13.5');
    const current = [
      { name: 'nodejs22-debian13', tags: [], architectures: [] },
      { name: 'nodejs24-debian13', tags: [], architectures: [] },
      { name: 'java17-debian13', tags: [], architectures: [] },
    ];
    expect(replacementFor('nodejs20', current)).toBe('nodejs22-debian13');
    expect(replacementFor('java17', current)).toBe('java17-debian13');
    expect(replacementFor('python3', current)).toBeNull();
  });
});

describe('repo-info pages', () => {
  // A page of our own in repo-info's format.
  const PAGE = [
    '# `demo:1.2.3-slim`',
    '',
    '## Docker Metadata',
    '',
    '- Image ID: `sha256:' + 'a'.repeat(64) + '`',
    '- Created: `2026-01-02T03:04:05Z`',
    '- Virtual Size: ~ 12.50 Mb  ',
    '  (total size of all layers on-disk)',
    '- Arch: `linux`/`amd64`',
    '- Entrypoint: `["/entry.sh"]`',
    '- Command: `["demo","--serve"]`',
    '- Environment:',
    '  - `PATH=/usr/local/bin:/usr/bin`',
    '  - `DEMO_VERSION=1.2.3`',
    '',
    '## `dpkg` (`.deb`-based packages)',
    '',
    '### `dpkg` source package: `acl=2.3.1-3`',
    '',
    'Binary Packages:',
    '',
    '- `libacl1:amd64=2.3.1-3`',
    '- `acl=2.3.1-3`',
    '',
  ].join('\n');

  it('reads size, config and packages, the same way every time', () => {
    const a = parseRepoInfo(PAGE, 'repos/demo/local/slim.md', 'f'.repeat(40), true);
    expect(a).toEqual(parseRepoInfo(PAGE, 'repos/demo/local/slim.md', 'f'.repeat(40), true));
    expect(a).toMatchObject({
      resolvedTo: 'demo:1.2.3-slim',
      sizeBytes: 12_500_000,
      arch: 'linux/amd64',
      entrypoint: ['/entry.sh'],
      cmd: ['demo', '--serve'],
      env: { PATH: '/usr/local/bin:/usr/bin', DEMO_VERSION: '1.2.3' },
      packages: { manager: 'dpkg', names: ['acl', 'libacl1'] },
      source: { asOf: '2026-01-02' },
    });
    // A page read only in part keeps no package list.
    expect(parseRepoInfo(PAGE, 'repos/demo/local/slim.md', 'f'.repeat(40), false).packages.names).toBeNull();
  });

  const page = (resolvedTo: string, created: string, size: number): RepoInfoTag => ({
    ...parseRepoInfo(PAGE, 'repos/demo/local/x.md', 'e'.repeat(40), false),
    resolvedTo,
    created,
    sizeBytes: size,
  });

  it('folds a tag into the line its page resolved to, keeping the newer page', () => {
    const folded = foldAliases({
      '1.26': page('golang:1.26.7-trixie', '2026-08-19T00:00:00Z', 873_770_000),
      '1.26-trixie': page('golang:1.26.8-trixie', '2026-09-19T00:00:00Z', 874_050_000),
      '1.26-bookworm': page('golang:1.26.7-bookworm', '2026-08-19T00:00:00Z', 833_460_000),
    });
    expect(Object.keys(folded).sort()).toEqual(['1.26-bookworm', '1.26-trixie']);
    expect(folded['1.26-trixie']).toMatchObject({ sizeBytes: 874_050_000, aliases: ['1.26'] });
    // The older page wins nothing; an older line page gives way to a newer plain-tag page.
    const reversed = foldAliases({
      '1.26': page('golang:1.26.8-trixie', '2026-09-19T00:00:00Z', 874_050_000),
      '1.26-trixie': page('golang:1.26.7-trixie', '2026-08-19T00:00:00Z', 873_770_000),
    });
    expect(reversed['1.26-trixie']).toMatchObject({ sizeBytes: 874_050_000, aliases: ['1.26'] });
    // A tag whose resolved version does not extend its own is left alone.
    expect(Object.keys(foldAliases({ slim: page('rust:1-slim-bullseye', '2023-01-12', 1) }))).toEqual([
      'slim',
    ]);
  });

  it('keeps tags of the previous data whose pages are not in the cache', () => {
    const previous = {
      generatedBy: 'x',
      repository: 'docker-library/repo-info',
      images: { demo: { old: page('demo:old', '2023-01-01', 5) } },
    };
    const data = generateOfficial('/nonexistent-cache-dir', previous);
    expect(data.images.demo.old.sizeBytes).toBe(5);
    expect(generateOfficial('/nonexistent-cache-dir', null).images).toEqual({});
  });

  it('marks the pages of older tags with the tags they stand for, from the cache or the previous data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'repo-info-'));
    const path = 'repos/node/local/18-alpine3.16.md';
    mkdirSync(join(dir, 'repos/node/local'), { recursive: true });
    writeFileSync(join(dir, path), PAGE.replace('demo:1.2.3-slim', 'node:18-alpine3.16'));
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({ [path]: { commit: 'c'.repeat(40), complete: false } }),
    );
    const noLibrary = { source: null, images: {} };
    const fresh = generateOfficial(dir, null, noLibrary, {});
    expect(fresh.images.node['18-alpine3.16'].older).toEqual({
      standsFor: ['18-alpine'],
      note: OLDER_PAGES[path].note,
    });
    // Without the page in the cache, the entry of the last generated data is kept as it was.
    const kept = generateOfficial('/nonexistent-cache-dir', fresh, noLibrary, {});
    expect(kept).toEqual(fresh);
    // Other pages are not marked.
    expect(
      generateOfficial('/nonexistent-cache-dir', previousDemo(), noLibrary, {}).images.demo.old.older,
    ).toBe(undefined);
  });

  const previousDemo = () => ({
    generatedBy: 'x',
    repository: 'docker-library/repo-info',
    images: { demo: { old: page('demo:old', '2023-01-01', 5) } },
  });

  it('reads the published platforms of a remote page, without attestation entries', () => {
    const remote = [
      '## `demo:1`',
      '',
      '-\tManifest MIME: `application/vnd.oci.image.index.v1+json`',
      '-\tPlatforms: 6',
      '\t-\tlinux; amd64',
      '\t-\tunknown; unknown',
      '\t-\tlinux; arm64 variant v8',
      '\t-\tlinux; arm variant v7',
      '\t-\twindows version 10.0.26100.1; amd64',
      '\t-\twindows version 10.0.20348.2; amd64',
      '',
      '### `demo:1` - linux; amd64',
    ].join('\n');
    expect(parseRemotePlatforms(remote)).toEqual([
      'linux/amd64',
      'linux/arm/v7',
      'linux/arm64/v8',
      'windows/amd64',
    ]);
    expect(parseRemotePlatforms('# no platforms here')).toEqual([]);
  });
});

describe('official-images library files', () => {
  const LIBRARY = [
    '# this file is generated',
    'Maintainers: Someone <x@example.org> (@x)',
    'GitRepo: https://github.com/example/demo.git',
    '',
    'Tags: 2.1.0, 2.1, 2, latest, 2.1.0-trixie, 2-trixie',
    'Architectures: amd64, arm64v8',
    'GitCommit: ' + 'c'.repeat(40),
    'Directory: 2/trixie',
    '',
    'Tags: 2.1.0-alpine, 2-alpine',
    'SharedTags: alpine',
    'Architectures: amd64',
    'GitCommit: ' + 'c'.repeat(40),
    'Directory: 2/alpine',
    '',
  ].join('\n');

  it('reads each build with its tags, architectures and Dockerfile location', () => {
    const groups = parseLibrary(LIBRARY);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      tags: ['2.1.0', '2.1', '2', 'latest', '2.1.0-trixie', '2-trixie'],
      architectures: ['amd64', 'arm64v8'],
      gitRepo: 'https://github.com/example/demo.git',
      directory: '2/trixie',
    });
    expect(groups[1].sharedTags).toEqual(['alpine']);
    expect(githubRepo(groups[0].gitRepo)).toBe('example/demo');
    expect(githubRepo('https://git.launchpad.net/cloud-images/+oci/ubuntu-base')).toBeNull();
  });

  it('takes the line of a tag by dropping the last version component', () => {
    expect(lineOf('18.6')).toBe('18');
    expect(lineOf('3.13.15-slim-trixie')).toBe('3.13-slim-trixie');
    expect(lineOf('v3.7.9')).toBe('v3.7');
    expect(lineOf('latest')).toBe('latest');
    expect(lineOf('18')).toBe('18');
  });

  const page = (resolvedTo: string, created: string, size: number): RepoInfoTag => ({
    ...parseRepoInfo('# `x:y`', 'repos/demo/local/x.md', 'e'.repeat(40), false),
    resolvedTo,
    created,
    sizeBytes: size,
  });
  const source = { commit: 'd'.repeat(40), date: '2026-08-21' };

  it('folds the pages of one build into one entry, the newest page giving the figures', () => {
    const folded = foldGroups(
      'demo',
      {
        latest: page('demo:2.0.9', '2026-08-01T00:00:00Z', 100),
        '2-trixie': page('demo:2.1.0-trixie', '2026-08-25T00:00:00Z', 120),
        '1.9': page('demo:1.9.4', '2023-01-01T00:00:00Z', 90),
      },
      parseLibrary(LIBRARY),
      source,
    );
    expect(Object.keys(folded).sort()).toEqual(['1.9', '2-trixie']);
    expect(folded['2-trixie']).toMatchObject({
      sizeBytes: 120,
      aliases: ['2', '2.1', '2.1.0', '2.1.0-trixie', 'latest'],
      line: { path: 'library/demo', commit: 'd'.repeat(40), asOf: '2026-08-21', directory: '2/trixie' },
    });
    // A tag in no block is an older tag and keeps its own page and date.
    expect(folded['1.9'].line).toBeUndefined();
  });

  it('does not fold a page older than a month before the library file (the tag may have moved)', () => {
    const folded = foldGroups(
      'demo',
      { latest: page('demo:2', '2026-07-01T00:00:00Z', 100) },
      parseLibrary(LIBRARY),
      source,
    );
    expect(folded.latest.aliases).toBeUndefined();
    expect(folded.latest.line).toBeUndefined();
  });

  it("folds a page newer than the library, of a newer release of a line, into that line's block", () => {
    const library = parseLibrary(
      [
        'GitRepo: https://github.com/example/demo.git',
        '',
        'Tags: 24.19.0-trixie, 24.19-trixie, 24-trixie',
        'Architectures: amd64',
        'Directory: 24/trixie',
        '',
        'Tags: 24.19.0, 24.19, 24, 24.19.0-bookworm, 24.19-bookworm, 24-bookworm, lts',
        'Architectures: amd64',
        'Directory: 24/bookworm',
        '',
        'Tags: 1.26.8, 1.26, 1',
        'Architectures: amd64',
        'Directory: 1.26',
        '',
        'Tags: 1.25.9, 1.25',
        'Architectures: amd64',
        'Directory: 1.25',
        '',
      ].join('\n'),
    );
    const folded = foldGroups(
      'demo',
      {
        // Built after the library file (2026-08-21), headed with the line's tag, as repo-info does.
        '24.21-bookworm': page('demo:24', '2026-09-19T03:17:59Z', 1_140_000_000),
        '24-trixie': page('demo:24-trixie', '2026-09-09T00:00:00Z', 1_230_000_000),
        // A new minor of an image whose library keeps several minors is a line of its own.
        '1.27': page('demo:1.27.0', '2026-09-01T00:00:00Z', 900),
        // Newer than the library but an older release than it lists: not the line's build.
        '24.18-bookworm': page('demo:24.18-bookworm', '2026-09-02T00:00:00Z', 1),
      },
      library,
      source,
    );
    expect(Object.keys(folded).sort()).toEqual(['1.27', '24-trixie', '24.18-bookworm', '24.21-bookworm']);
    const entry = folded['24.21-bookworm'];
    expect(entry.sizeBytes).toBe(1_140_000_000);
    expect(entry.created).toBe('2026-09-19T03:17:59Z');
    expect(entry.aliases).toEqual(expect.arrayContaining(['24', '24-bookworm', 'lts']));
    expect(entry.aliases).not.toContain('24-trixie');
    expect(entry.line).toMatchObject({ directory: '24/bookworm', asOf: '2026-08-21' });
    expect(entry.line?.olderTags).toEqual(['24.19', '24.19-bookworm', '24.19.0', '24.19.0-bookworm']);
    // The trixie block keeps its own page; the golang-like line and the older release are left alone.
    expect(folded['24-trixie'].line?.directory).toBe('24/trixie');
    expect(folded['24-trixie'].line?.olderTags).toBeUndefined();
    expect(folded['1.27'].line).toBeUndefined();
    expect(folded['24.18-bookworm'].line).toBeUndefined();
    // The same page read before the library file's date does not move the block's tags.
    const early = foldGroups(
      'demo',
      { '24.21-bookworm': page('demo:24', '2026-08-20T00:00:00Z', 1) },
      library,
      source,
    );
    expect(early['24.21-bookworm'].line).toBeUndefined();
  });

  it('keeps only the labels that name the base image', () => {
    const page = parseRepoInfo(
      '# `es:9`\n\n## Docker Metadata\n\n- Created: `2026-08-20T00:00:00Z`\n- Labels:\n' +
        '  - `architecture=x86_64`\n  - `com.redhat.component=ubi9-minimal-container`\n' +
        '  - `org.opencontainers.image.version=9`\n\n## `rpm` (`.rpm`-based packages)\n',
      'repos/es/local/9.md',
      'f'.repeat(40),
      false,
    );
    expect(page.labels).toEqual({ 'com.redhat.component': 'ubi9-minimal-container' });
    expect(parseRepoInfo('# `a:1`\n', 'repos/a/local/1.md', 'f'.repeat(40), false).labels).toBeUndefined();
  });

  it('reads rpm pages and apk versions', () => {
    const rpm = parseRepoInfo(
      '# `db:9`\n\n## `rpm` (`.rpm`-based packages)\n\n### `rpm` package: `bash-5.1.8-9.el9.x86_64`\n',
      'repos/db/local/9.md',
      'f'.repeat(40),
      true,
    );
    expect(rpm.packages).toMatchObject({ manager: 'rpm', names: ['bash-5.1.8-9.el9.x86_64'] });
    const apk = parseRepoInfo(
      '# `a:1`\n\n## `apk` (`.apk`-based packages)\n\n### `apk` package: `musl`\n\n```console\nmusl-1.2.5-r23 description:\nlibc\n\nmusl-1.2.5-r23 installed size:\n650 KiB\n```\n',
      'repos/a/local/1.md',
      'f'.repeat(40),
      true,
    );
    expect(apk.packages).toMatchObject({
      manager: 'apk',
      names: ['musl'],
      versions: { musl: '1.2.5-r23' },
      installedBytes: 665_600,
    });
  });
});

describe('official images’ Dockerfiles', () => {
  it('finds where the programs ENTRYPOINT and CMD start are copied to, in the final stage', () => {
    const facts = dockerfileFacts(
      [
        'FROM golang:1.26 AS build',
        'COPY tool /usr/bin/',
        'FROM debian:trixie-slim',
        'COPY docker-entrypoint.sh helper.sh /usr/local/bin/',
        'COPY run-server /srv/run',
        'ENTRYPOINT ["docker-entrypoint.sh"]',
        'CMD ["run-server"]',
      ].join('\n'),
    );
    expect(facts).toEqual({
      from: 'debian:trixie-slim',
      executables: ['/srv/run', '/usr/local/bin/docker-entrypoint.sh'],
    });
    // nginx copies its script to / and names it by its absolute path; globs match too.
    expect(
      dockerfileFacts('FROM alpine:3.23\nCOPY docker-entrypoint.sh /\nENTRYPOINT ["/docker-entrypoint.sh"]')
        .executables,
    ).toEqual(['/docker-entrypoint.sh']);
    expect(
      dockerfileFacts(
        'FROM x\nCOPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/\nENTRYPOINT ["docker-php-entrypoint"]',
      ).executables,
    ).toEqual(['/usr/local/bin/docker-php-entrypoint']);
    // A program a package installs is not in the Dockerfile's copies: no path is made up.
    expect(dockerfileFacts('FROM x\nRUN apt-get install -y redis\nCMD ["redis-server"]').executables).toEqual(
      [],
    );
  });
});

describe('an empty or partial cache keeps the committed figures', () => {
  const image = (name: string, parent: string | null, packages: string[], kib: number | null) => ({
    name,
    family: name.split('-')[0],
    debian: 13,
    parent,
    tags: ['latest'],
    architectures: ['amd64'],
    packages,
    entrypoint: null,
    debugEntrypoint: null,
    env: {},
    runtime: null,
    debugRuntime: null,
    symlinks: {},
    installedKiB: kib,
    debianKiB: kib,
    notCounted: kib === null ? ['(no Debian index)'] : [],
    standIn: null,
    readme: 'base/README.md',
    eol: null,
  });
  const doc = (images: ReturnType<typeof image>[], indexed: boolean): DistrolessData => ({
    generatedBy: 'x',
    source: { repository: 'r', commit: 'a'.repeat(40), date: '2026-11-01' },
    debianIndexes: indexed
      ? { debian13: { suite: 'trixie', date: '2026-11-21' } }
      : ({} as DistrolessData['debianIndexes']),
    defaultDebian: 13,
    nonrootUid: 65532,
    images,
    retired: [],
  });

  it('distroless: sizes of unchanged images stay when the release has no index here', () => {
    const before = doc(
      [
        image('static-debian13', null, ['tzdata'], 3247),
        image('base-debian13', 'static-debian13', ['libc6'], 25614),
      ],
      true,
    );
    const now = doc(
      [
        image('static-debian13', null, ['tzdata'], null),
        image('base-debian13', 'static-debian13', ['libc6', 'libssl3t64'], null),
      ],
      false,
    );
    const kept = keepPreviousSizes(now, before);
    expect(kept.images[0]).toMatchObject({ installedKiB: 3247, notCounted: [] });
    // base's package set changed: its old sum is not this image's, so it stays unknown.
    expect(kept.images[1]).toMatchObject({ installedKiB: null, notCounted: ['(no Debian index)'] });
    expect(kept.debianIndexes).toEqual({ debian13: { suite: 'trixie', date: '2026-11-21' } });
    expect(keepPreviousSizes(now, null)).toBe(now);
  });

  it('debian packages: without a Contents index, unchanged packages keep their programs', () => {
    const index = parsePackages([PACKAGES]);
    const previous = {
      generatedBy: 'x',
      suite: 'demo',
      asOf: null,
      source: 's',
      base: [],
      roots: [],
      packages: {
        tool: [index.get('tool')!.version, 1, [], [], ['/usr/bin/tool']],
        gone: ['1', 1, [], [], ['/usr/bin/gone']],
      } as Record<string, [string, number, string[], string[], string[]]>,
    };
    expect([...previousPrograms(previous, index)]).toEqual([['tool', ['/usr/bin/tool']]]);
    previous.packages.tool[0] = '1.0-1';
    expect(previousPrograms(previous, index).size).toBe(0);
  });
});

describe('debian-programs', () => {
  it('builds the base sets and program lists deterministically from the indexes', () => {
    const index = parsePackages([PACKAGES]);
    const contents = programsFromContents(CONTENTS, new Set(['tool', 'libc6']));
    const essential = new Map<string, EssentialProgram[] | null>([
      ['libc6', [['/usr/bin/ldd', 'script', '/bin/bash']]],
    ]);
    const a = generateSuitePrograms('demo', index, contents, essential, '2026-11-21', null);
    // The same indexes read in the other order give the same bytes.
    const reversed = <K, V>(m: Map<K, V>) => new Map([...m].reverse());
    const b = generateSuitePrograms(
      'demo',
      reversed(index),
      reversed(contents),
      essential,
      '2026-11-21',
      null,
    );
    expect(stableJson(a)).toBe(stableJson(b));
    expect(a.sets['debian:demo']).toMatchObject({ from: null, packages: ['libc6'] });
    expect(a.essential.libc6).toEqual(['2.36-9', [['/usr/bin/ldd', 'script', '/bin/bash']]]);
    // tool is in no base set here, so its programs are not listed.
    expect(a.packages).toEqual({});
    // A .deb missing from the cache keeps the committed list.
    const kept = generateSuitePrograms('demo', index, contents, new Map([['libc6', null]]), null, a);
    expect(kept.essential.libc6).toEqual(a.essential.libc6);
    expect(mergedUsr('/bin/ls')).toBe('/usr/bin/ls');
    expect(mergedUsr('/usr/local/bin/x')).toBe('/usr/local/bin/x');
  });
});

describe('currency against the official-images library file', () => {
  const base = {
    arch: 'linux/amd64',
    entrypoint: null,
    cmd: null,
    env: {},
    packages: { manager: 'dpkg' as const, names: null, installedBytes: null },
  };
  const page = (resolvedTo: string, created: string): RepoInfoTag => ({
    ...base,
    resolvedTo,
    created,
    sizeBytes: 1,
    source: {
      kind: 'repo-info',
      path: 'repos/demo/local/latest.md',
      commit: 'a'.repeat(40),
      asOf: created.slice(0, 10),
    },
  });
  const groups = parseLibrary(
    'GitRepo: https://github.com/x/demo.git\n\nTags: 8.10.1, 8.10, latest\nArchitectures: amd64\nDirectory: 8.10\n\n' +
      'Tags: 8.8.2, 8.8\nArchitectures: amd64\nDirectory: 8.8\n',
  );
  const source = { commit: 'b'.repeat(40), date: '2026-08-21' };

  it('marks a page whose tag the library gives to a newer build, and only such a page', () => {
    const out = markNewer(
      'demo',
      {
        latest: page('demo:8.8.0', '2026-07-14T00:00:00Z'),
        fresh: page('demo:9.0.0', '2026-09-01T00:00:00Z'),
        '8.10': page('demo:8.10.1', '2026-08-01T00:00:00Z'),
      },
      groups,
      source,
    );
    expect(out.latest.newer).toEqual({
      resolvedTo: 'demo:8.10.1',
      path: 'library/demo',
      commit: 'b'.repeat(40),
      asOf: '2026-08-21',
    });
    // The block's other tags resolve to the same entry; 8.10 keeps its own page.
    expect(out.latest.aliases).toEqual(['8.10.1']);
    expect(out['8.10'].newer).toBeUndefined();
    expect(out.fresh.newer).toBeUndefined();
    // Built after the library file: the file may not list it yet, so it is not marked.
    const later = markNewer('demo', { latest: page('demo:8.8.0', '2026-09-01T00:00:00Z') }, groups, source);
    expect(later.latest.newer).toBeUndefined();
    // Regenerating clears an earlier mark before deciding again.
    expect(markNewer('demo', out, [], source).latest.newer).toBeUndefined();
  });

  it('marks an older page that resolved to a floating tag of the block, naming the full version', () => {
    const floating = parseLibrary(
      'GitRepo: https://github.com/x/demo.git\n\nTags: 1-trixie, 1.98-trixie, 1.98.0-trixie, 1, latest\n' +
        'Architectures: amd64\nDirectory: 1.98\n',
    );
    const out = markNewer(
      'demo',
      {
        // Read 36 days before the library file: `1-trixie` was then an earlier release.
        '1': page('demo:1-trixie', '2026-07-16T00:00:00Z'),
        // A recent page of the floating tag, and an old one of the full version, are the block's build.
        latest: page('demo:1-trixie', '2026-08-10T00:00:00Z'),
        '1.98': page('demo:1.98.0-trixie', '2026-06-01T00:00:00Z'),
      },
      floating,
      source,
    );
    expect(out['1'].newer?.resolvedTo).toBe('demo:1.98.0-trixie');
    expect(out.latest.newer).toBeUndefined();
    expect(out['1.98'].newer).toBeUndefined();
  });
});
