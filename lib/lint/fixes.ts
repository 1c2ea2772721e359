/**
 * Quick fixes: for findings whose repair is mechanical, the text edits that make it, computed from
 * the Dockerfile's text. Pure data (the editor turns them into Monaco code actions):
 * - CMD/ENTRYPOINT in shell form → exec form, when the command is plain words (no quotes,
 *   variables, operators or globs, which only a shell would read);
 * - `apt-get install` without `--no-install-recommends` → with it;
 * - apt lists left behind → `&& rm -rf /var/lib/apt/lists/*` at the end of the same RUN;
 * - `FROM … as name` → `AS` in the case of `FROM`;
 * - `MAINTAINER x` → `LABEL org.opencontainers.image.authors="x"`;
 * - a retired base image → the replacement its publisher names, keeping the tag (not with a digest,
 *   which would name the old image, nor with ARG variables);
 * - an untagged, `latest` or unknown tag of an image the catalog knows → the newest version the
 *   catalog has of it, keeping the variant (`golang:1.18-alpine` → `golang:1.27-alpine`).
 */
import type { Diagnostic, QuickFix, SourceRange } from '../diagnostics';
import type { Dockerfile, Instruction } from '../dockerfile/types';
import { catalogTags, findCatalogImage, parseReferenceCached, resolveImageCached } from '../catalog';
import { catalogGeneration } from '../catalog/generation';
import { ruleIdsOf } from './ids';

const at = (line: number, column: number, endColumn = column): SourceRange => ({
  start: { line, column },
  end: { line, column: endColumn },
});

/** Plain words: nothing a shell would expand, split or redirect. */
const PLAIN = /^[A-Za-z0-9_./:,=@%+-]+$/;

function execForm(i: Instruction, lines: string[]): QuickFix | null {
  if ((i.kind !== 'cmd' && i.kind !== 'entrypoint') || i.command.form !== 'shell') return null;
  if (i.range.start.line !== i.range.end.line) return null;
  const words = i.command.script.trim().split(/\s+/);
  if (words.length === 0 || !words.every((w) => PLAIN.test(w))) return null;
  const line = lines[i.range.start.line - 1] ?? '';
  const start = i.keywordRange.end.column;
  const tail = line.slice(start - 1);
  const lead = tail.length - tail.trimStart().length;
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return {
    title: `Use the exec form: ${i.keyword} ${json}`,
    edits: [{ range: at(i.range.start.line, start + lead, line.trimEnd().length + 1), text: json }],
  };
}

function noInstallRecommends(i: Instruction, lines: string[]): QuickFix | null {
  if (i.kind !== 'run') return null;
  const edits = [];
  for (let n = i.range.start.line; n <= i.range.end.line; n++) {
    const text = lines[n - 1] ?? '';
    const re = /\bapt-get\b([^&|;]*?)\binstall\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].includes('--no-install-recommends')) continue;
      const after = text.slice(m.index + m[0].length);
      if (/^[^&|;]*--no-install-recommends/.test(after)) continue;
      const column = m.index + m[0].length + 1;
      edits.push({ range: at(n, column), text: ' --no-install-recommends' });
    }
  }
  return edits.length > 0 ? { title: 'Add --no-install-recommends', edits } : null;
}

function removeAptLists(i: Instruction, lines: string[]): QuickFix | null {
  if (i.kind !== 'run' || i.command.form !== 'shell' || i.heredocs.length > 0) return null;
  const last = i.range.end.line;
  const text = lines[last - 1] ?? '';
  if (text.includes('#') || /\\\s*$/.test(text)) return null;
  const column = text.trimEnd().length + 1;
  return {
    title: 'Remove the apt lists in the same RUN',
    edits: [{ range: at(last, column), text: ' \\\n    && rm -rf /var/lib/apt/lists/*' }],
  };
}

function asCasing(i: Instruction, lines: string[]): QuickFix | null {
  if (i.kind !== 'from' || !i.asKeyword || !i.stageNameRange) return null;
  const n = i.stageNameRange.start.line;
  const text = lines[n - 1] ?? '';
  const before = text.slice(0, i.stageNameRange.start.column - 1);
  const m = /\b(as)\s+$/i.exec(before);
  if (!m) return null;
  const want = i.keyword === i.keyword.toLowerCase() ? 'as' : 'AS';
  return {
    title: `Write ${want} in the case of ${i.keyword}`,
    edits: [{ range: at(n, m.index + 1, m.index + 3), text: want }],
  };
}

function maintainerLabel(i: Instruction, lines: string[]): QuickFix | null {
  if (i.kind !== 'maintainer' || i.range.start.line !== i.range.end.line) return null;
  const n = i.range.start.line;
  const text = lines[n - 1] ?? '';
  const value = i.value.trim().replace(/^"(.*)"$/, '$1');
  return {
    title: 'Replace MAINTAINER with a LABEL',
    edits: [
      {
        range: at(n, i.range.start.column, text.trimEnd().length + 1),
        text: `LABEL org.opencontainers.image.authors=${JSON.stringify(value)}`,
      },
    ],
  };
}

function retiredReplacement(i: Instruction): QuickFix | null {
  if (i.kind !== 'from' || i.imageRange.start.line !== i.imageRange.end.line) return null;
  const ref = i.image;
  if (ref.includes('$') || ref.includes('@')) return null;
  const replacement = resolveImageCached(ref).retired?.replacement;
  if (!replacement) return null;
  const slash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', slash + 1);
  const text = colon >= 0 ? `${replacement}${ref.slice(colon)}` : replacement;
  return { title: `Use ${text}`, edits: [{ range: i.imageRange, text }] };
}

const VERSIONED = /^(\d+(?:\.\d+)*)(.*)$/;

/** Compares version arrays numerically, newest last. */
function compareVersions(a: number[], b: number[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const d = (a[k] ?? -1) - (b[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const newestMemo = new Map<string, string | null>();
let newestAt = catalogGeneration();

/**
 * The newest `<version><variant>` tag the catalog has for a repository (skipping retired images),
 * with as many version parts as `parts`; `parts` null: the count most of its tags use (golang
 * `1.27`, node `26`).
 */
export function newestCatalogTag(repository: string, variant: string, parts: number | null): string | null {
  const key = `${repository}|${variant}|${parts}`;
  // Repositories loaded since (official-more.json in the browser) add tags.
  if (newestAt !== catalogGeneration()) {
    newestMemo.clear();
    newestAt = catalogGeneration();
  }
  if (newestMemo.has(key)) return newestMemo.get(key) ?? null;
  const found: Array<{ tag: string; version: number[] }> = [];
  for (const tag of new Set(catalogTags(repository))) {
    const m = VERSIONED.exec(tag);
    if (!m || m[2] !== variant || findCatalogImage(repository, tag)?.retired) continue;
    found.push({ tag, version: m[1].split('.').map(Number) });
  }
  let want = parts;
  if (want === null) {
    const counts = new Map<number, number>();
    for (const f of found) counts.set(f.version.length, (counts.get(f.version.length) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    want = best ? best[0] : null;
  }
  const newest = found
    .filter((f) => f.version.length === want)
    .sort((a, b) => compareVersions(a.version, b.version))
    .pop();
  const tag = newest?.tag ?? null;
  newestMemo.set(key, tag);
  return tag;
}

/** A FROM without a tag, with `latest` or with a tag the catalog lacks → the catalog's newest tag. */
function pinNewest(i: Instruction): QuickFix | null {
  if (i.kind !== 'from' || i.imageRange.start.line !== i.imageRange.end.line) return null;
  const ref = i.image;
  if (ref.includes('$') || ref.includes('@')) return null;
  const parsed = parseReferenceCached(ref);
  if (!parsed.ok || catalogTags(parsed.repository).length === 0) return null;
  const tag = parsed.tag;
  if (tag !== null && tag !== 'latest' && findCatalogImage(parsed.repository, tag)) return null;
  const m = tag === null || tag === 'latest' ? null : VERSIONED.exec(tag);
  if (tag !== null && tag !== 'latest' && !m) return null;
  const newest = newestCatalogTag(parsed.repository, m ? m[2] : '', m ? m[1].split('.').length : null);
  if (!newest || newest === tag) return null;
  const slash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', slash + 1);
  const text = `${colon >= 0 ? ref.slice(0, colon) : ref}:${newest}`;
  return {
    title: `Pin to ${text}, the newest tag in Stagecraft's catalog`,
    edits: [{ range: i.imageRange, text }],
  };
}

const FIXES: Array<{ ids: string[]; fix: (i: Instruction, lines: string[]) => QuickFix | null }> = [
  { ids: ['JSONArgsRecommended', 'DL3025', 'stagecraft/shell-form-no-shell'], fix: execForm },
  { ids: ['DL3015'], fix: noInstallRecommends },
  { ids: ['DL3009', 'stagecraft/apt-lists'], fix: removeAptLists },
  { ids: ['FromAsCasing'], fix: asCasing },
  { ids: ['MaintainerDeprecated', 'DL4000'], fix: maintainerLabel },
  { ids: ['stagecraft/retired-image'], fix: retiredReplacement },
  { ids: ['DL3006', 'DL3007', 'plan/unknown-image'], fix: pinNewest },
];

/** Attaches quick fixes to the findings that have one (in place; returns the same array). */
export function attachFixes(df: Dockerfile, text: string, found: Diagnostic[]): Diagnostic[] {
  const lines = text.split(/\r?\n/);
  for (const d of found) {
    const ids = ruleIdsOf(d);
    const entry = FIXES.find((f) => f.ids.some((id) => ids.includes(id)));
    if (!entry) continue;
    const line = d.range.start.line;
    const i = df.instructions.find((x) => x.range.start.line <= line && line <= x.range.end.line);
    if (!i) continue;
    try {
      const fix = entry.fix(i, lines);
      if (fix) d.fixes = [fix];
    } catch {
      // A fix that cannot be computed is simply not offered.
    }
  }
  return found;
}

/** The text after applying edits (non-overlapping; positions refer to the original text). */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: SourceRange; text: string }>): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }): number => {
    let o = 0;
    for (let k = 0; k < p.line - 1 && k < lines.length; k++) o += lines[k].length + 1;
    return o + p.column - 1;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.text + out.slice(offset(e.range.end));
  return out;
}
