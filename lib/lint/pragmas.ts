/**
 * The comments that turn rules off, as each peer reads them:
 * - BuildKit: the `# check=` parser directive (`skip=A,B`, `skip=all`, `error=true`), replaced as a
 *   whole by the `BUILDKIT_DOCKERFILE_CHECK` build argument, and a `# check=skip=…` comment just
 *   above an instruction, which applies to that instruction only (BuildKit's
 *   `frontend/dockerfile/linter/linter.go`, `ParseLintOptions` and `WithMergedConfigFromComments`);
 * - hadolint: `# hadolint ignore=DL3008,DL3015` on the line before an instruction and
 *   `# hadolint global ignore=…` anywhere (hadolint's `src/Hadolint/Pragma.hs`).
 * A finding answers to every id it carries (its own, the peer's, former ids), so either syntax
 * silences it. Ids that name no rule silence nothing.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dockerfile, Instruction } from '../dockerfile/types';
import { ruleIdsOf } from './ids';

/** A parsed `check=` value. */
export interface CheckConfig {
  skip: Set<string>;
  skipAll: boolean;
  error: boolean;
}

/** Reads `skip=A,B;error=true` the way BuildKit does; an invalid value turns nothing off. */
export function parseCheckOptions(value: string | null | undefined): CheckConfig {
  const out: CheckConfig = { skip: new Set(), skipAll: false, error: false };
  if (!value) return out;
  for (const part of value.trim().split(';').slice(0, 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (v === 'all') out.skipAll = true;
      else for (const id of v.split(',')) if (id.trim()) out.skip.add(id.trim().toLowerCase());
    } else if (key === 'error') {
      out.error = /^(1|t|true)$/i.test(v);
    }
  }
  return out;
}

const HADOLINT = /^hadolint\s+(global\s+)?ignore\s*=\s*(.*)$/;
const CHECK = /^check\s*=\s*(\S*)/;

function idList(text: string): string[] {
  const cut = text.split('#')[0];
  return cut
    .split(',')
    .map((s) => s.trim().split(/\s/)[0].toLowerCase())
    .filter(Boolean);
}

interface Scope {
  from: number;
  to: number;
  ids: Set<string>;
  /** `# check=skip=all` above the instruction: every Docker check is off there. */
  allDocker: boolean;
}

/** Silences and re-grades findings according to the pragmas and the check configuration. */
export function applyPragmas(
  df: Dockerfile,
  found: Diagnostic[],
  isDockerRule: (id: string) => boolean,
  checkOverride: string | undefined,
): Diagnostic[] {
  const file = parseCheckOptions(checkOverride ?? df.directives.check);
  const global = new Set<string>();
  const nextLine = new Map<number, string[]>();
  for (const c of df.comments) {
    const h = HADOLINT.exec(c.text);
    if (!h) continue;
    if (h[1]) for (const id of idList(h[2])) global.add(id);
    else nextLine.set(c.range.start.line + 1, idList(h[2]));
  }
  const scopes: Scope[] = [];
  let previousEnd = 0;
  const commentsBetween = (a: number, b: number) =>
    df.comments.filter((c) => c.range.start.line > a && c.range.start.line < b);
  const addScope = (i: Instruction): void => {
    const from = i.range.start.line;
    const to = i.range.end.line;
    const scope: Scope = { from, to, ids: new Set(nextLine.get(from) ?? []), allDocker: false };
    const check = commentsBetween(previousEnd, from)
      .map((c) => CHECK.exec(c.text))
      .find((m) => m !== null);
    if (check) {
      const local = parseCheckOptions(check[1]);
      for (const id of local.skip) scope.ids.add(id);
      scope.allDocker = local.skipAll;
    }
    if (scope.ids.size > 0 || scope.allDocker) scopes.push(scope);
    previousEnd = to;
  };
  for (const i of df.instructions) addScope(i);

  const out: Diagnostic[] = [];
  for (const d of found) {
    const ids = ruleIdsOf(d);
    const lower = ids.map((x) => x.toLowerCase());
    const docker = ids.some(isDockerRule);
    if (lower.some((x) => global.has(x) || file.skip.has(x))) continue;
    if (docker && file.skipAll) continue;
    const line = d.range.start.line;
    const local = scopes.find((s) => line >= s.from && line <= s.to);
    if (local && ((docker && local.allDocker) || lower.some((x) => local.ids.has(x)))) continue;
    out.push(docker && file.error && d.severity !== 'error' ? { ...d, severity: 'error' } : d);
  }
  return out;
}
