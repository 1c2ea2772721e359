/**
 * Schemas of the generated catalog data (lib/catalog/data/**). `npm test` validates every file against
 * them (schema.test.ts); `checkCatalogData` names the entry and field that is wrong.
 */
import * as v from 'valibot';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)'));
const commit = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'a full 40-hex commit'));
const absPath = v.pipe(v.string(), v.regex(/^\//, 'an absolute path'));
const runtime = v.object({
  name: v.string(),
  version: v.pipe(v.string(), v.minLength(1)),
  path: absPath,
  from: v.string(),
});
const kib = v.pipe(v.number(), v.integer(), v.minValue(0));

export const DistrolessImageSchema = v.object({
  name: v.pipe(v.string(), v.regex(/^[a-z0-9.-]+-debian\d+$/, 'a name like java21-debian13')),
  family: v.string(),
  debian: v.pipe(v.number(), v.integer()),
  parent: v.nullable(v.string()),
  tags: v.pipe(v.array(v.string()), v.minLength(1)),
  architectures: v.pipe(v.array(v.string()), v.minLength(1)),
  packages: v.array(v.string()),
  entrypoint: v.nullable(v.array(v.string())),
  debugEntrypoint: v.nullable(v.array(v.string())),
  env: v.record(v.string(), v.string()),
  runtime: v.nullable(runtime),
  debugRuntime: v.nullable(runtime),
  symlinks: v.record(absPath, v.string()),
  installedKiB: v.nullable(kib),
  debianKiB: v.nullable(kib),
  notCounted: v.array(v.string()),
  standIn: v.nullable(
    v.object({ package: v.string(), suite: v.string(), version: v.string(), installedKiB: kib }),
  ),
  versions: v.optional(v.record(v.string(), v.pipe(v.string(), v.minLength(1)))),
  readme: v.string(),
  eol: v.nullable(v.string()),
});

export const DistrolessDataSchema = v.object({
  generatedBy: v.string(),
  source: v.object({ repository: v.string(), commit, date: isoDate }),
  debianIndexes: v.record(v.string(), v.object({ suite: v.string(), date: v.nullable(isoDate) })),
  defaultDebian: v.number(),
  nonrootUid: v.pipe(v.number(), v.integer()),
  images: v.pipe(v.array(DistrolessImageSchema), v.minLength(1)),
  retired: v.array(
    v.object({
      name: v.string(),
      family: v.string(),
      debian: v.number(),
      tags: v.array(v.string()),
      architectures: v.array(v.string()),
      retired: isoDate,
      commit,
      subject: v.pipe(v.string(), v.minLength(1)),
      replacement: v.nullable(v.string()),
      eol: v.nullable(v.string()),
    }),
  ),
});

const debianEntry = v.tuple([
  v.pipe(v.string(), v.minLength(1)),
  kib,
  v.array(v.string()),
  v.array(v.string()),
  v.array(absPath),
]);

export const DebianSuiteSchema = v.pipe(
  v.object({
    generatedBy: v.string(),
    suite: v.string(),
    asOf: v.nullable(isoDate),
    source: v.string(),
    base: v.array(v.string()),
    roots: v.array(v.string()),
    packages: v.record(v.string(), debianEntry),
  }),
  v.check(
    (data) =>
      Object.values(data.packages).every(([, , deps, recs]) =>
        [...deps, ...recs].every((d) => d in data.packages || data.base.includes(d)),
      ),
    'every dependency is itself an entry or in the base set',
  ),
);

const essentialProgram = v.union([
  v.tuple([absPath, v.literal('elf')]),
  v.tuple([absPath, v.picklist(['symlink', 'script']), absPath]),
]);

const programPath = v.pipe(
  v.string(),
  v.regex(
    /^\/usr\/(local\/)?s?bin\/[^/ ]+( -> \/\S+)?$/,
    'a /usr/bin or /usr/sbin path (or `path -> target`)',
  ),
);

/** lib/catalog/data/debian-programs/<suite>.json (scripts/catalog/debian-programs.ts), one per release. */
export const DebianProgramsSchema = v.pipe(
  v.object({
    generatedBy: v.string(),
    source: v.string(),
    suite: v.pipe(v.string(), v.regex(/^[a-z]+$/, 'a Debian release name')),
    asOf: v.nullable(isoDate),
    essential: v.record(v.string(), v.tuple([v.pipe(v.string(), v.minLength(1)), v.array(essentialProgram)])),
    packages: v.record(
      v.string(),
      v.tuple([v.pipe(v.string(), v.minLength(1)), v.pipe(v.array(programPath), v.minLength(1))]),
    ),
    sets: v.record(
      v.pipe(v.string(), v.regex(/^(debian|buildpack-deps):[a-z]+(-curl|-scm)?$/, 'a base set name')),
      v.object({
        from: v.nullable(v.string()),
        source: v.pipe(v.string(), v.minLength(1)),
        packages: v.array(v.string()),
      }),
    ),
  }),
  v.check(
    (data) => Object.values(data.sets).every((set) => set.from === null || set.from in data.sets),
    'every base set starts from a set the data has',
  ),
);

/** One docker-library/repo-info page as scripts/catalog/repo-info.ts writes it into official.json. */
export const RepoInfoPageSchema = v.object({
  /** The tag the page was generated for (its title), e.g. `python:3.13.15-slim-trixie`. */
  resolvedTo: v.pipe(v.string(), v.regex(/^[a-z0-9._/-]+:[\w.-]+$/, 'an image:tag')),
  /** The image's creation time (ISO), i.e. when the tag pointed here. */
  created: v.nullable(v.string()),
  /** The image ID the page gives (`sha256:…`), to tell whether another page is of the same build. */
  imageId: v.optional(v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'a sha256 image ID'))),
  /** "Virtual Size" in bytes (repo-info's "Mb" is Docker's decimal megabyte). */
  sizeBytes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  arch: v.nullable(v.string()),
  entrypoint: v.nullable(v.array(v.string())),
  cmd: v.nullable(v.array(v.string())),
  env: v.record(v.string(), v.string()),
  /** The labels that name the image's base (`com.redhat.component=ubi9-minimal-container`), when set. */
  labels: v.optional(v.record(v.string(), v.string())),
  packages: v.object({
    /** The package database the page lists (`rpm` for Oracle Linux and Amazon Linux images). */
    manager: v.nullable(v.picklist(['dpkg', 'apk', 'rpm'])),
    /** `tags` when the page's package section was not read and the tags name the distribution. */
    managerFrom: v.optional(v.picklist(['page', 'tags'])),
    /** Binary packages (dpkg) or packages (apk, rpm) listed, when the page was read whole. */
    names: v.nullable(v.array(v.string())),
    /** Each listed package's version, when the page was read whole. */
    versions: v.optional(v.record(v.string(), v.string())),
    /** apk only: the sum of the listed installed sizes, in bytes. */
    installedBytes: v.nullable(v.number()),
    /**
     * When this page's list was not read: the page of the image its Dockerfile starts FROM, whose whole
     * list was (the image has at least those packages).
     */
    base: v.optional(
      v.object({
        image: v.string(),
        path: v.pipe(
          v.string(),
          v.regex(/^repos\/[^/]+\/local\/.+\.md$/, 'a repos/<image>/local/<tag>.md path'),
        ),
      }),
    ),
  }),
  source: v.object({
    kind: v.literal('repo-info'),
    path: v.pipe(v.string(), v.regex(/^repos\/[^/]+\/local\/.+\.md$/, 'a repos/<image>/local/<tag>.md path')),
    commit: v.pipe(
      v.string(),
      v.regex(/^([0-9a-f]{40}|master@\d{4}-\d{2}-\d{2})$/, 'a commit or master@date'),
    ),
    asOf: v.nullable(isoDate),
  }),
  /** Other tags that are this image: repo-info's own resolution and the official-images block (`line`). */
  aliases: v.optional(v.array(v.string())),
  /**
   * The docker-library/official-images block this page's build belongs to: every tag of the block, and
   * the repository and directory its Dockerfile is in, with the commit and date of the library file.
   */
  line: v.optional(
    v.object({
      tags: v.array(v.string()),
      architectures: v.array(v.string()),
      path: v.pipe(v.string(), v.regex(/^library\/[a-z0-9._-]+$/, 'a library/<image> path')),
      commit,
      asOf: isoDate,
      repository: v.nullable(v.string()),
      directory: v.nullable(v.string()),
      /**
       * When the page read is of a newer release of the block's line than the library file lists
       * (`node:24.21-bookworm`, the block of 24.19.0): the block's tags that name the listed release
       * (`24.19`, `24.19.0-bookworm`), whose own figures were not read.
       */
      olderTags: v.optional(v.array(v.string())),
    }),
  ),
  /**
   * Set when the official-images library file gives this entry's tag to a newer build than the page
   * read (`redis:latest` is 8.10.1 there, the page is of 8.8.0): the tag resolves to `resolvedTo`, whose
   * own figures were not read, and this page's figures are of the older build.
   */
  newer: v.optional(
    v.object({
      resolvedTo: v.pipe(v.string(), v.regex(/^[a-z0-9._/-]+:[\w.-]+$/, 'an image:tag')),
      path: v.pipe(v.string(), v.regex(/^library\/[a-z0-9._-]+$/, 'a library/<image> path')),
      commit,
      asOf: isoDate,
    }),
  ),
  /**
   * An older tag tutorials still use, read from a page of its time (scripts/catalog/repo-info.ts's
   * OLDER_PAGES): the figures are of that build, on the page's date. `standsFor` are tags whose own page
   * was not read and that this page is taken for, the closest stored one of the same line and variant;
   * `note` says which and why.
   */
  older: v.optional(v.object({ standsFor: v.array(v.string()), note: v.string() })),
  /** What the image's Dockerfile (at a recent commit of its repository) says: base image, programs. */
  dockerfile: v.optional(
    v.object({
      repository: v.string(),
      path: v.string(),
      commit,
      asOf: isoDate,
      from: v.nullable(v.string()),
      executables: v.array(absPath),
    }),
  ),
  /**
   * What the tag's build history (its `repos/<image>/remote/<tag>.md` page, first linux/amd64 section)
   * says that the local page does not: the user and working folder the image starts with, the accounts
   * its RUN steps add and the folders under /opt and /home it writes into. `sameBuild` is true when the
   * section's image ID is the local page's (else it is another build of the tag). Absent: not read.
   */
  history: v.optional(
    v.object({
      path: v.pipe(
        v.string(),
        v.regex(/^repos\/[^/]+\/remote\/.+\.md$/, 'a repos/<image>/remote/<tag>.md path'),
      ),
      commit,
      sameBuild: v.boolean(),
      user: v.nullable(v.pipe(v.string(), v.minLength(1))),
      workdir: v.nullable(absPath),
      accounts: v.optional(
        v.object({
          users: v.array(
            v.object({
              name: v.string(),
              uid: v.nullable(v.number()),
              group: v.nullable(v.union([v.number(), v.string()])),
              home: absPath,
              shell: v.nullable(v.string()),
              gecos: v.string(),
              createsHome: v.boolean(),
            }),
          ),
          groups: v.array(v.object({ name: v.string(), gid: v.nullable(v.number()) })),
          removed: v.array(v.string()),
          removedGroups: v.array(v.string()),
          complete: v.boolean(),
        }),
      ),
      fills: v.array(absPath),
      /** The ports its EXPOSE lines declare (`80/tcp`); absent where those lines were not read. */
      exposedPorts: v.optional(
        v.array(v.pipe(v.string(), v.regex(/^\d+(-\d+)?\/(tcp|udp|sctp)$/, 'a port/protocol'))),
      ),
      /** The folders its VOLUME lines declare; absent where those lines were not read. */
      volumes: v.optional(v.array(absPath)),
    }),
  ),
  /**
   * The platforms the tag is published for (`linux/amd64`, `linux/arm64/v8`, `windows/amd64`), from the
   * tag's `repos/<image>/remote/<tag>.md` page, with that page and commit; absent when it was not read.
   */
  platforms: v.optional(
    v.object({
      list: v.array(v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, 'os/arch[/variant]'))),
      path: v.pipe(
        v.string(),
        v.regex(/^repos\/[^/]+\/remote\/.+\.md$/, 'a repos/<image>/remote/<tag>.md path'),
      ),
      commit,
    }),
  ),
});

/** One repo-info page in the generated data (the one definition; scripts and lib import it). */
export type RepoInfoPage = v.InferOutput<typeof RepoInfoPageSchema>;

/** One release of lib/catalog/data/debian-programs/. */
export type DebianProgramsData = v.InferOutput<typeof DebianProgramsSchema>;

export const OfficialDataSchema = v.object({
  generatedBy: v.string(),
  repository: v.literal('docker-library/repo-info'),
  images: v.record(v.string(), v.record(v.string(), RepoInfoPageSchema)),
  /** official.json only: the repositories in official-more.json. */
  elsewhere: v.optional(v.array(v.string())),
});

/** Validates a data document; returns null when valid, else messages naming the entry and field. */
export function checkCatalogData(schema: v.GenericSchema, data: unknown): string[] | null {
  const result = v.safeParse(schema, data);
  if (result.success) return null;
  return result.issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(root)';
    return `${path}: ${issue.message}`;
  });
}
