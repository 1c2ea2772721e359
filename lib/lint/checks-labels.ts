/**
 * hadolint's label rules (DL3048–DL3058), opt-in: they run only when the lint is given a label
 * schema (hadolint's `label-schema`), which names the labels a project requires and the kind of value
 * each must hold. Follows hadolint's `src/Hadolint/Rule/DL3048.hs` … `DL3058.hs`.
 */
import type { Dockerfile, EnvInstruction } from '../dockerfile/types';
import type { LabelKind, LintOptions } from './lint';
import type { Report } from './report';
import { isSpdxLicense } from './spdx';
import { unquote } from './words';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

function invalidKey(key: string): boolean {
  return (
    !/^[a-z]/.test(key) ||
    !/[a-z0-9]$/.test(key) ||
    /[^0-9a-z._/-]/.test(key) ||
    RESERVED.some((r) => key.startsWith(r)) ||
    key.includes('..') ||
    key.includes('--')
  );
}

// The SemVer 2.0.0 grammar (semver.org), written out.
const NUM = '(?:0|[1-9]\\d*)';
const PRE = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE}(?:\\.${PRE})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\]+$/;

const VALID: Record<LabelKind, { id: string; ok: (v: string) => boolean } | null> = {
  text: null,
  url: { id: 'DL3052', ok: (v) => URI.test(v) },
  rfc3339: { id: 'DL3053', ok: (v) => RFC3339.test(v) },
  spdx: { id: 'DL3054', ok: isSpdxLicense },
  hash: { id: 'DL3055', ok: (v) => /^[0-9a-f]+$/.test(v) && (v.length === 7 || v.length === 40) },
  semver: { id: 'DL3056', ok: (v) => SEMVER.test(v) },
  email: { id: 'DL3058', ok: (v) => EMAIL.test(v) },
};

function labelChecks(i: EnvInstruction, options: LintOptions, report: Report): void {
  const schema = options.labelSchema ?? {};
  const keys = i.pairs.map((p) => unquote(p.key));
  const invalid = keys.find(invalidKey);
  if (invalid !== undefined) report('DL3048', i.range, { label: invalid });
  const extra = keys.find((k) => schema[k] === undefined);
  if (options.strictLabels && extra !== undefined) report('DL3050', i.range, { label: extra });
  for (const p of i.pairs) {
    const key = unquote(p.key);
    const value = unquote(p.value);
    const kind = schema[key];
    if (kind === undefined) continue;
    if (value === '') report('DL3051', p.range, { label: key });
    const valid = VALID[kind];
    if (valid && !valid.ok(value)) report(valid.id, p.range, { label: key });
  }
}

interface StageInfo {
  line: number;
  alias: string | null;
  image: string;
  labels: Set<string>;
  range: EnvInstruction['range'];
}

/** DL3049: every stage that becomes an image carries each required label (own or inherited). */
function missingLabels(df: Dockerfile, schema: Record<string, LabelKind>, report: Report): void {
  const stages: StageInfo[] = [];
  const copiedFrom = new Set<string>();
  for (const i of df.instructions) {
    if (i.kind === 'from') {
      stages.push({
        line: i.range.start.line,
        alias: i.stageName?.toLowerCase() ?? null,
        image: i.image.toLowerCase(),
        labels: new Set(),
        range: i.range,
      });
    } else if (i.kind === 'label' && stages.length > 0) {
      for (const p of i.pairs) stages[stages.length - 1].labels.add(unquote(p.key));
    } else if (i.kind === 'copy' && i.from) copiedFrom.add(unquote(i.from).toLowerCase());
  }
  for (const label of Object.keys(schema)) {
    const has = (k: number, seen = 0): boolean => {
      const s = stages[k];
      if (s.labels.has(label)) return true;
      const parent = stages.findIndex((p, j) => j < k && p.alias !== null && p.alias === s.image);
      return parent >= 0 && seen < stages.length && has(parent, seen + 1);
    };
    stages.forEach((s, k) => {
      if (has(k)) return;
      // A stage that is only a source for other stages does not become an image of its own.
      const silent =
        s.alias !== null &&
        (copiedFrom.has(s.alias) || stages.some((c) => c.image === s.alias && c.labels.has(label)));
      if (!silent) report('DL3049', s.range, { label });
    });
  }
}

/** Runs the label rules when a label schema is given. */
export function labelRules(df: Dockerfile, report: Report, options: LintOptions): void {
  if (!options.labelSchema) return;
  for (const i of df.instructions) {
    const target = i.kind === 'onbuild' && i.trigger ? i.trigger : i;
    if (target.kind === 'label') labelChecks(target, options, report);
  }
  missingLabels(df, options.labelSchema, report);
}
