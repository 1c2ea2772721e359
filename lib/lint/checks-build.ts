/**
 * Docker's build checks (`docker build --check`) that apply to one Dockerfile, with
 * Docker's rule names and message wording.
 */
import { parseReferenceCached } from '../catalog/cache';
import { contextPath, isIgnored, parseDockerignore } from '../build/context';
import { AUTOMATIC_PLATFORM_ARGS, PREDEFINED_ARGS } from '../plan/args';
import type { Dockerfile, Instruction } from '../dockerfile/types';
import { editDistance } from '../dockerfile/validate';
import { EXPANDING_KINDS, expandVariables } from '../variables/expand';
import type { LintContext, StageFacts } from './context';
import type { LintOptions } from './lint';
import { parseCheckOptions } from './pragmas';
import type { Report } from './report';
import { absoluteOrVariable, unquote } from './words';

// BuildKit's deny and allow tokens (frontend/dockerfile/dockerfile2llb/validations.go, getSecretsRegex).
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** True when `name` looks like a secret by the SecretsUsedInArgOrEnv rule's patterns (moby/buildkit). */
export function looksLikeSecretName(name: string): boolean {
  return SECRET.test(name) && !ALLOWED.test(name);
}

function casing(df: Dockerfile, report: Report): void {
  let upper = 0;
  let lower = 0;
  for (const i of df.instructions) {
    if (i.keyword === i.keyword.toUpperCase()) upper++;
    else if (i.keyword === i.keyword.toLowerCase()) lower++;
  }
  const majorityLower = lower > upper;
  const casingName = majorityLower ? 'lowercase' : 'uppercase';
  for (const i of df.instructions) {
    const ok = majorityLower ? i.keyword === i.keyword.toLowerCase() : i.keyword === i.keyword.toUpperCase();
    if (!ok)
      report('ConsistentInstructionCasing', i.keywordRange, { keyword: i.keyword, casing: casingName });
  }
}

function jsonSuggestion(script: string): string {
  return JSON.stringify(script.trim().split(/\s+/).filter(Boolean));
}

function metaArgInfo(df: Dockerfile): {
  declared: Set<string>;
  defaults: Record<string, string | undefined>;
} {
  const declared = new Set<string>();
  const defaults: Record<string, string | undefined> = { ...AUTOMATIC_PLATFORM_ARGS };
  for (const i of df.instructions) {
    if (i.kind === 'from') break;
    if (i.kind !== 'arg') continue;
    for (const d of i.declarations) {
      declared.add(d.name);
      defaults[d.name] =
        d.defaultValue === null ? '' : expandVariables(d.defaultValue, defaults, df.directives.escape).value;
    }
  }
  return { declared, defaults };
}

function fromChecks(df: Dockerfile, ctx: LintContext, report: Report): void {
  const { declared, defaults } = metaArgInfo(df);
  const seen = new Map<string, number>();
  for (const { stage } of ctx.stages) {
    const f = stage.from;
    if (f.stageName !== null) {
      if (f.stageName !== f.stageName.toLowerCase()) {
        report('StageNameCasing', f.stageNameRange ?? f.range, {
          name: f.stageName,
          lower: f.stageName.toLowerCase(),
        });
      }
      const lower = f.stageName.toLowerCase();
      if (seen.has(lower)) {
        report('DuplicateStageName', f.stageNameRange ?? f.range, { name: lower });
        report('DL3024', f.stageNameRange ?? f.range);
      }
      seen.set(lower, stage.index);
      if (lower === 'scratch' || lower === 'context') {
        report('ReservedStageName', f.stageNameRange ?? f.range, { name: lower });
        report('DL3063', f.stageNameRange ?? f.range);
      }
    }
    if (f.asKeyword !== null && f.stageName !== null) {
      const kw = f.keyword;
      const as = f.asKeyword;
      const fromUpper = kw === kw.toUpperCase();
      const fromLower = kw === kw.toLowerCase();
      if ((fromUpper && as !== as.toUpperCase()) || (fromLower && !fromUpper && as !== as.toLowerCase())) {
        report('FromAsCasing', f.range, { as, from: kw });
      }
    }
    const scope: Record<string, string | undefined> = { ...AUTOMATIC_PLATFORM_ARGS };
    for (const n of declared) scope[n] = defaults[n] ?? '';
    for (const text of [f.image, f.platform ?? '']) {
      for (const name of expandVariables(text, scope, df.directives.escape).undefinedVars) {
        const s = closest(name, Object.keys(scope));
        report('UndefinedArgInFrom', f.imageRange, { name, suggestion: s ? ` (did you mean ${s}?)` : '' });
      }
    }
    if (f.image.includes('$')) {
      const value = expandVariables(f.image, defaults, df.directives.escape).value.trim();
      const lower = value.toLowerCase();
      const isStage = ctx.graph.stages.some((s) => s.index < stage.index && s.name === lower);
      if (value === '' || (!isStage && lower !== 'scratch' && !parseReferenceCached(value).ok)) {
        report('InvalidDefaultArgInFrom', f.imageRange, { image: f.image });
      }
    }
    if (f.platform !== null) {
      const p = f.platform.trim();
      if (p === '$TARGETPLATFORM' || p === '${TARGETPLATFORM}')
        report('RedundantTargetPlatform', f.range, { platform: p });
      else if (!p.includes('$')) {
        // BuildKit stays silent when the stage name mentions the platform's OS or architecture.
        const [os = '', arch = ''] = p.toLowerCase().split('/');
        const name = f.stageName?.toLowerCase() ?? '';
        const named =
          name !== '' && ((os !== '' && name.includes(os)) || (arch !== '' && name.includes(arch)));
        if (!named) report('FromPlatformFlagConstDisallowed', f.range, { platform: p });
      }
    }
  }
}

function instructionChecks(i: Instruction, report: Report): void {
  if (i.kind === 'maintainer') {
    report('MaintainerDeprecated', i.range, { value: i.value });
    report('DL4000', i.range);
  }
  if ((i.kind === 'env' || i.kind === 'label') && i.legacyFormat) {
    const p = i.pairs[0];
    report('LegacyKeyValueFormat', i.range, {
      keyword: i.kind.toUpperCase(),
      key: p?.key ?? 'key',
      value: p?.value ?? 'value',
    });
  }
  if (i.kind === 'arg' || i.kind === 'env') {
    const names =
      i.kind === 'arg'
        ? i.declarations.map((d) => ({ n: d.name, r: d.range }))
        : i.pairs.map((p) => ({ n: p.key, r: p.range }));
    for (const { n, r } of names) {
      if (looksLikeSecretName(n))
        report('SecretsUsedInArgOrEnv', r, { keyword: i.kind.toUpperCase(), name: n });
    }
  }
  if (i.kind === 'expose') {
    for (const port of i.ports) {
      if (port.includes(':')) report('ExposeInvalidFormat', i.range, { port });
      const slash = port.indexOf('/');
      if (slash >= 0 && port.slice(slash + 1) !== port.slice(slash + 1).toLowerCase()) {
        report('ExposeProtoCasing', i.range, { port, lower: port.toLowerCase() });
      }
    }
  }
  if (i.emptyContinuationLines && i.emptyContinuationLines.length > 0) {
    // BuildKit reports the line that follows the empty ones.
    const line = Math.max(...i.emptyContinuationLines) + 1;
    report('NoEmptyContinuation', { start: { line, column: 1 }, end: { line, column: 2 } });
  }
}

/**
 * CopyIgnoredFile: a COPY or ADD from the context names a path the context's `.dockerignore`
 * excludes. As BuildKit (validateCopySourcePath): silent when the file has `!` exceptions, and `.`
 * counts only when a pattern excludes everything (`*`, `**`, `**\/*`).
 */
function copyIgnoredFile(df: Dockerfile, dockerignore: string, report: Report): void {
  const patterns = parseDockerignore(dockerignore);
  if (patterns.length === 0 || patterns.some((p) => p.exclusion)) return;
  const rootIgnored = patterns.some((p) => ['*', '**', '**/*'].includes(p.pattern));
  for (const i of df.instructions) {
    if ((i.kind !== 'copy' && i.kind !== 'add') || i.from !== null) continue;
    for (const raw of i.sources) {
      const src = unquote(raw);
      if (/^[a-z]+:\/\//i.test(src) || src.startsWith('git@')) continue;
      const path = contextPath(src);
      if (path === '' ? rootIgnored : isIgnored(patterns, path))
        report('CopyIgnoredFile', i.range, { verb: i.kind === 'copy' ? 'Copy' : 'Add', path: path || '.' });
    }
  }
}

/**
 * InvalidDefinitionDescription (experimental in BuildKit, on with `# check=experimental=…`): the
 * comment right above an ARG or a named FROM should start with the name it describes.
 */
function definitionDescriptions(df: Dockerfile, report: Report): void {
  const byLine = new Map(df.comments.map((c) => [c.range.start.line, c.text]));
  for (const i of df.instructions) {
    const keys =
      i.kind === 'arg'
        ? i.declarations.map((d) => d.name)
        : i.kind === 'from' && i.stageName
          ? [i.stageName]
          : [];
    if (keys.length === 0) continue;
    const above: string[] = [];
    for (let n = i.range.start.line - 1; byLine.has(n); n--) above.unshift(byLine.get(n) ?? '');
    const described = above.filter((t) => t !== '');
    if (described.length === 0) continue;
    const first = described[described.length - 1].split(' ')[0];
    if (keys.includes(first)) continue;
    report('InvalidDefinitionDescription', i.range, {
      keyword: i.kind.toUpperCase(),
      key: keys.length > 1 ? '<arg_key>' : keys[0],
    });
  }
}

function closest(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = 3;
  const lower = name.toLowerCase();
  for (const k of known) {
    if (Math.abs(k.length - name.length) > 2) continue;
    // Only a distance below the best so far matters, which bounds the work on long names.
    const d = editDistance(lower, k.toLowerCase(), bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** Names visible in a stage from its FROM chain (ENV of ancestor stages and of the base image). */
function inheritedEnv(facts: StageFacts): Set<string> | null {
  const root = facts.root;
  if (root.kind === 'unknown' || (root.kind === 'image' && root.image === null)) return null;
  const names = new Set<string>(root.kind === 'image' && root.image ? Object.keys(root.image.env) : []);
  for (const n of facts.inherited.envNames) names.add(n);
  return names;
}

function stageChecks(df: Dockerfile, facts: StageFacts, report: Report): void {
  const counts: Record<string, Instruction[]> = { cmd: [], entrypoint: [], healthcheck: [] };
  let shellSet = facts.inherited.shellSet;
  let absoluteWorkdir = facts.inherited.absoluteWorkdir;
  // UndefinedVar needs the visible names only when the stage refers to a variable at all.
  const usesVars = facts.stage.instructions.some((i) => i.text.includes('$'));
  const inherited = usesVars ? inheritedEnv(facts) : null;
  const scope: Record<string, string | undefined> = {};
  if (inherited) {
    for (const n of inherited) scope[n] = '';
    for (const n of PREDEFINED_ARGS) scope[n] = '';
  }
  for (const i of facts.stage.instructions) {
    if (i.kind in counts) counts[i.kind].push(i);
    if (i.kind === 'shell') shellSet = true;
    if ((i.kind === 'cmd' || i.kind === 'entrypoint') && i.command.form === 'shell') {
      const keyword = i.kind.toUpperCase();
      // BuildKit: an explicit SHELL means the shell form is chosen on purpose.
      if (!shellSet)
        report('JSONArgsRecommended', i.range, { keyword, json: jsonSuggestion(i.command.script) });
    }
    if (i.kind === 'workdir') {
      const path = unquote(i.path);
      const rel = !absoluteOrVariable(path);
      if (rel && !absoluteWorkdir) report('WorkdirRelativePath', i.range, { path });
      if (path.startsWith('/')) absoluteWorkdir = true;
    }
    if (inherited && EXPANDING_KINDS.has(i.kind)) {
      const words =
        i.kind === 'env' || i.kind === 'label'
          ? i.pairs.map((p) => p.value)
          : i.kind === 'arg'
            ? i.declarations.map((d) => d.defaultValue ?? '')
            : i.args;
      for (const w of words) {
        for (const name of expandVariables(w, scope, df.directives.escape).undefinedVars) {
          const s = closest(name, Object.keys(scope));
          report('UndefinedVar', i.range, { name, suggestion: s ? ` (did you mean $${s}?)` : '' });
        }
      }
    }
    if (i.kind === 'arg') for (const d of i.declarations) scope[d.name] = '';
    if (i.kind === 'env') for (const p of i.pairs) scope[p.key] = '';
  }
  for (const [kind, list] of Object.entries(counts)) {
    for (const i of list.slice(0, -1)) {
      report('MultipleInstructionsDisallowed', i.range, { keyword: kind.toUpperCase() });
      if (kind === 'cmd') report('DL4003', i.range);
      if (kind === 'entrypoint') report('DL4004', i.range);
      if (kind === 'healthcheck') report('DL3012', i.range);
    }
  }
}

/** Runs Docker's build checks. */
export function buildChecks(
  df: Dockerfile,
  ctx: LintContext,
  report: Report,
  options: LintOptions = {},
): void {
  if (options.dockerignore) copyIgnoredFile(df, options.dockerignore, report);
  const check = parseCheckOptions(options.buildArgs?.BUILDKIT_DOCKERFILE_CHECK ?? df.directives.check);
  if (check.experimentalAll || check.experimental.has('invaliddefinitiondescription'))
    definitionDescriptions(df, report);
  casing(df, report);
  fromChecks(df, ctx, report);
  for (const i of df.instructions) instructionChecks(i, report);
  for (const facts of ctx.stages) stageChecks(df, facts, report);
}
