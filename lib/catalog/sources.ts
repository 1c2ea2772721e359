/**
 * The entries of the Sources page (`/sources/#<id>`): every public source the catalog's figures come
 * from, grouped, with a link, the date it was read and how figures were derived or measured. Figures and
 * images point here through `sourceId`.
 */
import distroless from './data/distroless.json';
import npm from './data/npm.json';
import { debianProgramSuites, DEBIAN_PROGRAMS_SOURCE_ID } from './images/debian-programs';
import { REPO_INFO_PAGES } from './images/repo-info-data';
import { ENTRYPOINT_RULES, type PrependWhen } from './entrypoints';
import { LESSON_SOURCES } from './lesson-sources';

const PREPEND_TEXT: Record<Exclude<PrependWhen, 'never'>, string> = {
  option: 'of an option',
  'option-or-conf': 'of an option or a *.conf file',
  'option-or-not-command': 'of an option or a word that is not a command',
};
import { listCatalogImages } from './resolve';

export type SourceGroup = 'base-images' | 'packages' | 'binaries' | 'measurements' | 'lessons';

export interface SourceItem {
  /** What the figure is about, e.g. `gcr.io/distroless/base-debian13`. */
  label: string;
  /** The figure or fact, as a learner reads it. */
  detail: string;
}

export interface SourceEntry {
  /** Stable anchor on /sources/. */
  id: string;
  group: SourceGroup;
  title: string;
  /** A public address, when there is one. */
  url: string | null;
  /** When the source was read or the measurement made. */
  date: string | null;
  /** How the figures were derived or measured. */
  how: string;
  items: SourceItem[];
}

export const SOURCE_GROUPS: { id: SourceGroup; title: string }[] = [
  { id: 'base-images', title: 'Base images' },
  { id: 'packages', title: 'Packages' },
  { id: 'binaries', title: 'Binaries and build artifacts' },
  { id: 'measurements', title: 'Measurements made for this course' },
  { id: 'lessons', title: 'Facts the lessons cite' },
];

function mb(bytes: number | null | undefined): string {
  return bytes == null ? 'size unknown' : `${(bytes / 1_000_000).toFixed(2)} MB`;
}

function distrolessItems(): SourceItem[] {
  const items: SourceItem[] = data().images.map((image) => ({
    label: `gcr.io/distroless/${image.name}`,
    detail:
      `${image.tags.join(', ')}; ${image.architectures.join(', ')}` +
      (image.runtime ? `; ${image.runtime.name} ${image.runtime.version}` : '') +
      (image.installedKiB !== null
        ? `; ${mb(image.installedKiB * 1024)} (sum of Debian Installed-Size)`
        : ''),
  }));
  for (const r of data().retired) {
    items.push({
      label: `gcr.io/distroless/${r.name}`,
      detail: `retired ${r.retired} (commit ${r.commit.slice(0, 8)}, “${r.subject}”)${r.replacement ? `; replacement ${r.replacement}` : ''}`,
    });
  }
  return items;
}

function data() {
  return distroless;
}

function repoInfoItems(): SourceItem[] {
  return listCatalogImages()
    .filter((image) => image.uncompressed.sourceId === 'repo-info')
    .map((image) => ({
      label: `${image.repository}:${image.tag}`,
      detail: `${mb(image.uncompressed.value)} as of ${image.asOf ?? 'unknown'} (${image.uncompressed.source})`,
    }));
}

/** The official-images blocks and Dockerfiles the generated repo-info entries name, with their dates. */
function officialLines() {
  const pages = Object.entries(REPO_INFO_PAGES).flatMap(([image, tags]) =>
    Object.entries(tags).map(([tag, page]) => ({ image, tag, page })),
  );
  const lines = pages.filter((p) => p.page.line);
  const dockerfiles = pages.filter((p) => p.page.dockerfile);
  const latest = (dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1) ?? null;
  return {
    lineDate: latest(lines.map((p) => p.page.line?.asOf)),
    lineCommit: lines[0]?.page.line?.commit ?? null,
    lineItems: lines.map(({ image, tag, page }) => ({
      label: `${image}:${tag}`,
      detail: `also ${page.line!.tags.filter((t) => t !== tag).join(', ')} (${page.line!.architectures.join(', ')})`,
    })),
    dockerfileDate: latest(dockerfiles.map((p) => p.page.dockerfile?.asOf)),
    dockerfileItems: dockerfiles.map(({ image, tag, page }) => {
      const df = page.dockerfile!;
      return {
        label: `${image}:${tag}`,
        detail:
          `${df.repository} ${df.path} @${df.commit.slice(0, 8)} (${df.asOf}): FROM ${df.from ?? 'unknown'}` +
          (df.executables.length > 0 ? `; copies ${df.executables.join(', ')}` : ''),
      };
    }),
  };
}

/** What each tag's build history (its remote page) gave: user, working folder, accounts, filled folders. */
function historyItems() {
  return Object.entries(REPO_INFO_PAGES).flatMap(([image, tags]) =>
    Object.entries(tags).flatMap(([tag, page]) => {
      const h = page.history;
      if (!h) return [];
      const accounts = h.accounts;
      const users = (accounts?.users ?? []).map((u) => `${u.name} (uid ${u.uid ?? 'not written'})`);
      const parts = [
        `starts as ${h.user ?? 'root (no USER)'}`,
        ...(h.workdir ? [`in ${h.workdir}`] : []),
        ...(users.length > 0 ? [`adds ${users.join(', ')}`] : []),
        ...((accounts?.removed.length ?? 0) > 0 ? [`removes ${accounts!.removed.join(', ')}`] : []),
        ...(accounts && !accounts.complete ? ['some account ids or changes not written'] : []),
        ...(h.fills.length > 0 ? [`writes into ${h.fills.join(', ')}`] : []),
        ...((h.exposedPorts?.length ?? 0) > 0 ? [`exposes ${h.exposedPorts!.join(', ')}`] : []),
        ...((h.volumes?.length ?? 0) > 0 ? [`volumes ${h.volumes!.join(', ')}`] : []),
      ];
      return [
        {
          label: `${image}:${tag}`,
          detail:
            `${parts.join('; ')} (${h.path} @${h.commit.slice(0, 8)}` +
            `${h.sameBuild ? '' : ', another build of the tag than its size’s page'})`,
        },
      ];
    }),
  );
}

/** `a, b and c`. */
function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The newest of some ISO dates, or null when none is known. */
function latestDate(dates: Array<string | null>): string | null {
  return (
    dates
      .filter((x): x is string => !!x)
      .sort()
      .at(-1) ?? null
  );
}

/** Every entry of the Sources page, in page order. */
export function listSources(): SourceEntry[] {
  const d = data();
  const lines = officialLines();
  return [
    {
      id: 'distroless',
      group: 'base-images',
      title: 'GoogleContainerTools/distroless',
      url: `https://github.com/${d.source.repository}/tree/${d.source.commit}`,
      date: d.source.date,
      how:
        `Read at commit ${d.source.commit.slice(0, 8)}: the README's image tables (tags, architectures), the Bazel ` +
        'config and build files (packages, entrypoints, symlinks, users: nonroot is uid ' +
        `${d.nonrootUid}), the lock files (Python, Temurin and Node.js versions), SUPPORT_POLICY.md (end of life) ` +
        'and the README history (which commit stopped publishing an image).',
      items: distrolessItems(),
    },
    {
      id: 'repo-info',
      group: 'base-images',
      title: 'docker-library/repo-info',
      url: 'https://github.com/docker-library/repo-info/tree/master/repos',
      date: null,
      how:
        'The official images’ pages (repos/<image>/local/<tag>.md) give each tag’s size as `docker images` ' +
        'shows it, its command, environment and installed packages; each figure names the page and commit read.',
      items: repoInfoItems(),
    },
    {
      id: 'repo-info-history',
      group: 'base-images',
      title: 'docker-library/repo-info build histories',
      url: 'https://github.com/docker-library/repo-info/tree/master/repos',
      date: null,
      how:
        'Each tag’s remote page (repos/<image>/remote/<tag>.md) lists, per platform, the image’s history: the ' +
        'Dockerfile steps of the image and of every image under it. From the linux/amd64 one the simulator ' +
        'takes the last USER and WORKDIR (the user and folder a container starts with; none means root in /), ' +
        'the EXPOSE and VOLUME lines (the ports docker ps lists and the volumes docker inspect shows), ' +
        'the useradd, groupadd, adduser, addgroup and userdel commands (read as each distribution’s tools read ' +
        'them: the accounts docker run -u and USER find), and which of /opt and /home the build writes into: ' +
        'those are listed as folders whose contents it cannot tell, the others as the empty folders of the ' +
        'distribution. An account whose id the command leaves to the system, or that usermod renames, makes ' +
        'the image’s accounts "can’t tell" beyond the ones listed.',
      items: historyItems(),
    },
    {
      id: 'official-images',
      group: 'base-images',
      title: 'docker-library/official-images (the library files)',
      url: lines.lineCommit
        ? `https://github.com/docker-library/official-images/tree/${lines.lineCommit}/library`
        : 'https://github.com/docker-library/official-images/tree/master/library',
      date: lines.lineDate,
      how:
        'Each library/<image> file lists every build of the image with all the tags that point at it, its ' +
        'architectures, and the repository, commit and folder of its Dockerfile. A repo-info page of one of ' +
        'those tags, at most a month older than the file, stands for the whole build: `postgres`, `postgres:18` ' +
        'and `postgres:trixie` resolve to the same figures. Older pages keep their own tag and date. A tag the ' +
        'file gives to a newer build than the page read (redis:latest, haproxy:latest, nginx:alpine) resolves ' +
        'to that build with its size unknown; the older page’s figure is shown only as a labelled estimate.',
      items: lines.lineItems,
    },
    {
      id: 'official-dockerfiles',
      group: 'base-images',
      title: 'The official images’ Dockerfiles',
      url: 'https://github.com/docker-library',
      date: lines.dockerfileDate,
      how:
        'Read at a recent commit of each image’s repository (the folder its library file names): the final ' +
        'stage’s base image, and where a COPY puts the programs ENTRYPOINT and CMD start (docker-entrypoint.sh ' +
        'in /usr/local/bin, nginx’s /docker-entrypoint.sh). A started program no COPY places (installed by a ' +
        'package or a build) is on PATH in a folder the simulator does not know, so it says it cannot tell. ' +
        `The entrypoint scripts of ${listWords(Object.keys(ENTRYPOINT_RULES))} end with exec "$@": any ` +
        'other command given to docker run runs as itself, and an option (for node, anything that is not a ' +
        'command) gets the image’s server put in front of it.',
      items: [
        ...lines.dockerfileItems,
        ...Object.entries(ENTRYPOINT_RULES).map(([repository, rule]) => ({
          label: `${repository}: docker-entrypoint.sh`,
          detail:
            rule.prependWhen === 'never'
              ? `${rule.source}; sets ${rule.main} up when the command is ${rule.main}, and execs the command`
              : `${rule.source}; puts ${rule.main} in front ${PREPEND_TEXT[rule.prependWhen]}, and execs the command`,
        })),
      ],
    },
    {
      id: 'debian-packages',
      group: 'packages',
      title: 'Debian package indexes (bookworm and trixie)',
      url: 'https://www.debian.org/distrib/packages',
      date: latestDate(Object.values(d.debianIndexes).map((i) => i.date)),
      how:
        'Packages and Contents indexes of Debian main (amd64), read with apt. An install’s size is the sum of ' +
        'Installed-Size over the packages apt would add to a minimal Debian image (with or without Recommends); ' +
        'Installed-Size rounds each file up to a KiB and counts documentation, so it slightly overstates. ' +
        'Programs are the bin/sbin paths the Contents index lists. Ubuntu figures not measured for this course ' +
        'use Debian’s package of the same name, labelled as a low-confidence estimate.',
      items: Object.entries(d.debianIndexes).map(([name, index]) => ({
        label: `Debian ${name.replace('debian', '')} (${index.suite})`,
        detail: `index of ${index.date ?? 'unknown date'}`,
      })),
    },
    {
      id: DEBIAN_PROGRAMS_SOURCE_ID,
      group: 'packages',
      title: 'Programs in Debian and Ubuntu images',
      url: 'https://github.com/docker-library/buildpack-deps',
      date: latestDate(debianProgramSuites().map((s) => s.asOf)),
      how:
        'Per Debian release: the programs of the Essential packages (Packages index, Essential: yes), each an ' +
        'ELF binary, a script or a link as its .deb in Debian’s archive holds it; and the bin/sbin paths the ' +
        'Contents index lists for the packages of the base sets images start from: a minimal Debian ' +
        '(debootstrap’s minbase) and docker-library/buildpack-deps’ curl, scm and full images (the packages ' +
        'their Dockerfiles install, with the dependencies apt adds). Links made by maintainer scripts ' +
        '(which, awk, cc) are added by hand from those scripts. Ubuntu images take the programs of the nearest ' +
        'Debian release’s packages of the same names: an estimate.',
      items: debianProgramSuites().map((s) => ({
        label: `Debian ${s.suite}`,
        detail: `indexes of ${s.asOf ?? 'unknown date'}; sets ${s.sets.join(', ')}`,
      })),
    },
    {
      id: 'npm-registry',
      group: 'packages',
      title: 'The npm registry (registry.npmjs.org)',
      url: 'https://www.npmjs.com/',
      date: npm.asOf,
      how:
        'Every package version a course example’s package-lock.json pins was installed from its published ' +
        'tarball with npm ci, and the bytes of its files summed: the figure the registry reports as the unpacked ' +
        `size (${npm.measuredWith}). npm ci adds up exactly the versions the lock file selects.`,
      items: [
        {
          label: 'package versions',
          detail: `${Object.keys(npm.packages).length} recorded`,
        },
      ],
    },
    {
      id: 'go-binaries',
      group: 'binaries',
      title: 'Go binaries and build caches',
      url: null,
      date: null,
      how:
        'Binary sizes by Go version and flags were measured by building the course’s example programs; the ' +
        'talk’s calculator built with Go 1.21.1 is 1,833,430 bytes, statically linked.',
      items: [],
    },
    {
      id: 'measured',
      group: 'measurements',
      title: 'Measurements made for this course',
      url: null,
      date: '2026-11-26',
      how:
        'apt installs on Ubuntu 22.04 were measured in a minimal jammy chroot against the archive of 2026-11-26 ' +
        '(apt’s prediction, download size and the files on disk); pip and npm footprints in fresh virtual ' +
        'environments and projects; /var/lib/apt/lists with du after apt-get update.',
      items: [],
    },
    ...LESSON_SOURCES,
  ];
}
