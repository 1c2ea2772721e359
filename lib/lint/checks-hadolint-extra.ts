/**
 * hadolint's rules that look at the file as a whole rather than at one instruction:
 * - DL3066 (info): a USER that names a user instead of a number, unless it is an ARG
 *   (`src/Hadolint/Rule/DL3066.hs`);
 * - DL3057 (off by default in hadolint too): a stage that neither has a HEALTHCHECK nor builds on or
 *   is built on by a stage with one (`DL3057.hs`);
 * - DL1001 (off by default in hadolint too): an inline `# hadolint ignore=…` comment (`DL1001.hs`).
 * The two off-by-default rules run when named in `LintOptions.enable`, as hadolint's
 * `override` setting turns them on.
 */
import type { Dockerfile } from '../dockerfile/types';
import type { LintOptions } from './lint';
import type { Report } from './report';

/** The hadolint rules that report nothing unless turned on. */
export const OFF_BY_DEFAULT = ['DL1001', 'DL3057'] as const;

const INLINE_IGNORE = /^hadolint\s+ignore\s*=\s*\S/;

function nonNumericUser(df: Dockerfile, report: Report): void {
  const args: string[] = [];
  for (const i of df.instructions) {
    if (i.kind === 'arg') for (const d of i.declarations) args.push(d.name);
    if (i.kind !== 'user') continue;
    const uid = i.user;
    if (/^\d*$/.test(uid)) continue;
    if (args.some((a) => uid.includes(`\${${a}}`) || uid.includes(`$${a}`))) continue;
    report('DL3066', i.range);
  }
}

interface Stage {
  /** The image or stage it is built FROM (lowercase, without tag). */
  src: string;
  name: string;
  line: number;
  good: boolean;
}

/** hadolint's DL3057 fold: a HEALTHCHECK makes its stage, and the stages it builds on, good. */
function missingHealthcheck(df: Dockerfile, report: Report): void {
  const stages: Stage[] = [];
  let current: Stage | null = null;
  const markGood = (s: Stage, seen: Set<Stage>): void => {
    s.good = true;
    seen.add(s);
    for (const parent of stages)
      if (!parent.good && !seen.has(parent) && parent.name === s.src) markGood(parent, seen);
  };
  for (const i of df.instructions) {
    if (i.kind === 'from') {
      const image = i.image.toLowerCase();
      const at = image.lastIndexOf('@');
      const noDigest = at >= 0 ? image.slice(0, at) : image;
      const colon = noDigest.lastIndexOf(':');
      const src = colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
      const name = i.stageName?.toLowerCase() ?? src;
      current = { src, name, line: i.range.start.line, good: stages.some((s) => s.good && s.name === src) };
      stages.push(current);
    } else if (i.kind === 'healthcheck' && current) {
      markGood(current, new Set());
    }
  }
  for (const s of stages) {
    if (s.good) continue;
    const from = df.instructions.find((i) => i.kind === 'from' && i.range.start.line === s.line);
    if (from) report('DL3057', from.range);
  }
}

function inlineIgnore(df: Dockerfile, report: Report): void {
  for (const c of df.comments) if (INLINE_IGNORE.test(c.text)) report('DL1001', c.range);
}

/** Runs DL3066, and DL3057 and DL1001 when `options.enable` names them. */
export function wholeFileRules(df: Dockerfile, report: Report, options: LintOptions = {}): void {
  nonNumericUser(df, report);
  const enabled = new Set(options.enable ?? []);
  if (enabled.has('DL3057')) missingHealthcheck(df, report);
  if (enabled.has('DL1001')) inlineIgnore(df, report);
}
