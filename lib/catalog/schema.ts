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

/** lib/catalog/data/debian-essential.json (scripts/catalog/debian-essential.ts). */
export const DebianEssentialSchema = v.object({
  generatedBy: v.string(),
  suite: v.string(),
  asOf: v.nullable(isoDate),
  source: v.string(),
  packages: v.record(v.string(), v.tuple([v.pipe(v.string(), v.minLength(1)), v.array(essentialProgram)])),
});

const repoInfoPage = v.object({
  resolvedTo: v.pipe(v.string(), v.regex(/^[a-z0-9._/-]+:[\w.-]+$/, 'an image:tag')),
  imageId: v.nullable(v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'a sha256 image id'))),
  created: v.nullable(v.string()),
  sizeBytes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  arch: v.nullable(v.string()),
  entrypoint: v.nullable(v.array(v.string())),
  cmd: v.nullable(v.array(v.string())),
  env: v.record(v.string(), v.string()),
  packages: v.object({
    manager: v.nullable(v.picklist(['dpkg', 'apk'])),
    names: v.nullable(v.array(v.string())),
    installedBytes: v.nullable(v.number()),
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
  aliases: v.optional(v.array(v.string())),
  platforms: v.optional(
    v.object({
      list: v.array(v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, 'os/arch[/variant]'))),
      path: v.pipe(
        v.string(),
        v.regex(/^repos\/[^/]+\/remote\/.+\.md$/, 'a repos/<image>/remote/<tag>.md path'),
      ),
      commit: v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'a commit')),
    }),
  ),
});

export const OfficialDataSchema = v.object({
  generatedBy: v.string(),
  repository: v.literal('docker-library/repo-info'),
  images: v.record(v.string(), v.record(v.string(), repoInfoPage)),
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
