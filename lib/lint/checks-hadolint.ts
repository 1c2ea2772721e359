/**
 * hadolint's rules, run over the instructions in order as hadolint does (its rules are folds over the
 * file: state is kept per stage, and `onbuild rule` runs the same rule a second time over the
 * ONBUILD triggers alone). Stage-aware where hadolint cannot be: a stage name or `scratch` is not an
 * untagged image, `COPY --from=image:tag` is not an unknown alias, a base image's WORKDIR counts, and
 * SHELL and PIP_NO_CACHE_DIR carry over to stages built FROM a stage. Per-RUN rules are in
 * `checks-packages.ts`.
 */
import type { SourceRange } from '../diagnostics';
import { parseReferenceCached } from '../catalog/cache';
import type { Dockerfile, Instruction, RunInstruction } from '../dockerfile/types';
import { nearestName } from '../dockerfile/nearest';
import type { LintContext } from './context';
import { catalogImage } from './context';
import { callsAny, RUN_RULES, rpmUnpinned } from './checks-packages';
import {
  argsNoFlags,
  cacheOrTmpfsWith,
  hasArgs,
  hasFlag,
  isPipInstall,
  parseScript,
  scriptOf,
} from './hadolint-commands';
import type { LintOptions } from './lint';
import type { Report } from './report';
import { programOf, type SimpleCommand } from './shell-commands';
import { absoluteOrVariable, unquote } from './words';

/** The simple commands of a RUN (read once per instruction, shared with hadolint's rules). */
export function commandsOf(run: RunInstruction): SimpleCommand[] {
  return scriptOf(run).simple;
}

/** True when a RUN mounts a cache at `path` (or below it). */
export function hasCacheMount(run: RunInstruction, path: string): boolean {
  return run.mounts.some(
    (m) =>
      m.type === 'cache' && m.target !== null && (m.target.startsWith(path) || path.startsWith(m.target)),
  );
}

/** Whether the commands include `prog sub…` (e.g. apt-get install). */
export function calls(cmds: SimpleCommand[], prog: string[], sub: string[]): SimpleCommand[] {
  return cmds.filter((c) => {
    const p = programOf(c);
    return prog.includes(p.name) && (sub.length === 0 || p.args.some((a) => sub.includes(a)));
  });
}

/** Whether the RUN removes the apt lists. */
export function removesAptLists(cmds: SimpleCommand[]): boolean {
  return cmds.some((c) => {
    const p = programOf(c);
    return (
      (p.name === 'rm' && p.args.some((a) => a.startsWith('/var/lib/apt/lists'))) ||
      (p.name === 'apt-get' && p.args.includes('dist-clean'))
    );
  });
}

/** An instruction as a hadolint rule sees it, with the range to report. */
interface Item {
  i: Instruction;
  range: SourceRange;
}

/** The file as hadolint's rules fold over it, and the ONBUILD triggers alone (for `onbuild rule`). */
function views(df: Dockerfile): { main: Item[]; onbuild: Item[] } {
  const main = df.instructions.map((i) => ({ i, range: i.range }));
  const onbuild: Item[] = [];
  for (const i of df.instructions) {
    if (i.kind === 'onbuild' && i.trigger) onbuild.push({ i: i.trigger, range: i.range });
  }
  return { main, onbuild };
}

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

/** Per-stage facts keyed by stage name, inherited by `FROM <name>` (hadolint's DL3042 and DL3045). */
class StageFlags {
  private readonly byName = new Map<string, boolean>();
  private current = '';
  from(image: string, alias: string | null, initial: boolean): void {
    const parent = this.byName.get(image.toLowerCase());
    this.current = (alias ?? image).toLowerCase();
    this.byName.set(this.current, parent ?? initial);
  }
  set(): void {
    this.byName.set(this.current, true);
  }
  get(): boolean {
    return this.byName.get(this.current) ?? false;
  }
}

function baseWorkdirSet(image: string): boolean {
  const b = catalogImage(image);
  return b !== null && b.workdir !== '/' && b.workdir !== '';
}

// hadolint's DL3064 lists (src/Hadolint/Rule/DL3064.hs).
const SENSITIVE_NAMES = new Set(
  (
    'ACCESS_TOKEN APPLICATION_KEY APP_SECRET AUTH_TOKEN AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY BITTREX_API_KEY ' +
    'BITTREX_API_SECRET CF_PASSWORD CF_USERNAME CIRCLE_TOKEN CI_DEPLOY_PASSWORD CI_DEPLOY_USER DOCKERHUB_PASSWORD ' +
    'DOCKER_EMAIL DOCKER_PASSWORD DOCKER_USERNAME FACEBOOK_ACCESS_TOKEN FACEBOOK_APP_ID FACEBOOK_APP_SECRET ' +
    'FIREBASE_API_TOKEN FIREBASE_TOKEN FOSSA_API_KEY GH_ENTERPRISE_TOKEN GH_TOKEN GITHUB_ENTERPRISE_TOKEN ' +
    'GITHUB_TOKEN HEROKU_API_KEY HEROKU_API_USER NPM_AUTH_TOKEN NPM_TOKEN OKTA_AUTHN_GROUPID OKTA_CLIENT_ORGURL ' +
    'OKTA_CLIENT_TOKEN OKTA_OAUTH2_CLIENTID OKTA_OAUTH2_CLIENTSECRET OPENAI_API_KEY OS_PASSWORD OS_USERNAME ' +
    'POSTGRES_PASSWORD SLACK_TOKEN STRIPE_API_KEY STRIPE_DEVICE_NAME TRAVIS_OS_NAME TRAVIS_SECURE_ENV_VARS ' +
    'TRAVIS_SUDO VAULT_CLIENT_KEY VAULT_TOKEN'
  ).split(' '),
);
const SUSPICIOUS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

function sensitive(i: Instruction): boolean {
  const names =
    i.kind === 'arg' ? i.declarations.map((d) => d.name) : i.kind === 'env' ? i.pairs.map((p) => p.key) : [];
  return names.some(
    (n) => SENSITIVE_NAMES.has(n.toUpperCase()) || SUSPICIOUS.some((x) => n.toLowerCase().includes(x)),
  );
}

/** hadolint's per-instruction and stateful rules over one view. */
function foldRules(items: Item[], onbuildView: boolean, report: Report): void {
  const workdir = new StageFlags();
  const pipNoCache = new StageFlags();
  let pipefail = false;
  const pipefailByStage = new Map<string, boolean>();
  let stageName = '';
  let prevRun: { flags: string; count: number } | null = null;
  let tools = new Set<string>();
  let rpmDefined = new Set<string>();
  const rpmArgs = new Set<string>();
  const envByStage = new Map<string, Set<string>>();
  // DL3009 / DL3060: findings are kept with their stage and reported for the last stage and for
  // stages that another FROM builds on.
  const pending: Array<{ id: string; range: SourceRange; stage: string }> = [];
  const fromImages = new Set<string>();
  let lastStage = '';
  let stageCount = 0;

  for (const { i, range } of items) {
    if (i.kind !== 'run') prevRun = null;
    if (i.kind === 'from') {
      stageCount++;
      const image = i.image.toLowerCase();
      const alias = i.stageName?.toLowerCase() ?? null;
      workdir.from(image, alias, baseWorkdirSet(i.image));
      pipNoCache.from(image, alias, false);
      // Stagecraft: SHELL carries over to a stage built FROM another (hadolint starts afresh).
      pipefail = pipefailByStage.get(image) ?? false;
      stageName = alias ?? `#${stageCount}`;
      lastStage = stageName;
      fromImages.add(image);
      tools = new Set();
      rpmDefined = new Set(envByStage.get(image) ?? []);
      envByStage.set(stageName, rpmDefined);
      continue;
    }
    if (i.kind === 'workdir') workdir.set();
    if (i.kind === 'env') {
      for (const p of i.pairs) {
        rpmDefined.add(p.key);
        if (p.key === 'PIP_NO_CACHE_DIR' && TRUTHY.has(unquote(p.value))) pipNoCache.set();
      }
    }
    if (i.kind === 'arg') for (const d of i.declarations) rpmArgs.add(d.name);
    if ((i.kind === 'arg' || i.kind === 'env') && sensitive(i)) report('DL3064', range);
    if (i.kind === 'shell') {
      const shell = parseScript(i.argv.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' '));
      const first = i.argv[0] ?? '';
      const base = first.slice(first.lastIndexOf('/') + 1).toLowerCase();
      const nonPosix = ['pwsh', 'powershell', 'cmd'].some((x) => base.startsWith(x));
      pipefail =
        nonPosix ||
        shell.commands.some((c) => {
          const n = c.name.slice(c.name.lastIndexOf('/') + 1);
          return ['bash', 'zsh', 'ash'].includes(n) && hasFlag(c, 'o') && c.args.includes('pipefail');
        });
      pipefailByStage.set(stageName, pipefail);
    }
    if (i.kind === 'copy') {
      const dest = unquote(i.destination);
      if (!workdir.get() && !absoluteOrVariable(dest) && i.heredocs.length === 0) report('DL3045', range);
    }
    if (i.kind !== 'run') continue;

    const s = scriptOf(i);
    for (const rule of RUN_RULES) if (callsAny(s, rule.programs) && rule.fails(s, i)) report(rule.id, range);

    // DL4006: a pipe without pipefail.
    if (!pipefail && s.commands.some((c) => c.pipedInto)) report('DL4006', range);

    // DL3042: pip's cache (ENV or inline PIP_NO_CACHE_DIR, --no-cache-dir, a cache mount).
    const inline = s.text.includes('PIP_NO_CACHE_DIR=') ? /PIP_NO_CACHE_DIR=([^\s;&|]*)/.exec(s.text) : null;
    const inlineOn = inline !== null && [...TRUTHY].some((t) => unquote(inline[1]).startsWith(t));
    if (
      callsAny(s, ['pip*', 'python*']) &&
      !pipNoCache.get() &&
      !inlineOn &&
      !cacheOrTmpfsWith(i, '.cache/pip') &&
      s.commands.some(
        (c) =>
          isPipInstall(c) &&
          !c.args.includes('--no-cache-dir') &&
          !/pipx|pipenv/.test(c.name) &&
          !(
            c.name.startsWith('python') &&
            c.args.some((a, k) => a === '-m' && /^(pipx|pipenv)$/.test(c.args[k + 1] ?? ''))
          ),
      )
    )
      report('DL3042', range);

    // DL3033 / DL3041: rpm package versions, knowing the ENV and ARG names defined so far.
    if (callsAny(s, ['yum', 'dnf', 'microdnf'])) {
      const defined = new Set([...rpmDefined, ...rpmArgs]);
      if (rpmUnpinned(s, ['yum'], defined)) report('DL3033', range);
      if (rpmUnpinned(s, ['dnf', 'microdnf'], defined)) report('DL3041', range);
    }

    // DL4001: wget and curl in one stage.
    const downloads = s.commands.filter((c) => c.name === 'curl' || c.name === 'wget');
    for (const c of downloads) tools.add(c.name);
    if (downloads.length > 0 && tools.size >= 2) report('DL4001', range);

    // DL3009: apt lists left behind.
    const updates = s.commands.some((c) => hasArgs(c, ['apt', 'apt-get', 'aptitude'], ['update']));
    const cleans = s.commands.some(
      (c) => c.name === 'rm' && c.args.some((a) => a.startsWith('/var/lib/apt/lists')),
    );
    const mounted =
      cacheOrTmpfsWith(i, '/var/lib/apt/lists') ||
      (cacheOrTmpfsWith(i, '/var/lib/apt') && cacheOrTmpfsWith(i, '/var/cache/apt'));
    if (updates && !cleans && !mounted) pending.push({ id: 'DL3009', range, stage: stageName });

    // DL3060: yarn cache.
    const install = s.commands.findIndex((c) => hasArgs(c, 'yarn', ['install']));
    const clean = s.commands.findIndex(
      (c) => c.name === 'yarn' && c.args[0] === 'cache' && c.args[1] === 'clean',
    );
    if (install >= 0 && !cacheOrTmpfsWith(i, '.cache/yarn') && (clean < 0 || clean < install))
      pending.push({ id: 'DL3060', range, stage: stageName });

    // DL3059: consecutive RUNs with the same flags, each a single command.
    const flags = i.flags.map((f) => `${f.name}=${f.value ?? ''}`).join(' ');
    const count = s.commands.length;
    if (!onbuildView && prevRun && prevRun.flags === flags && count < 2 && prevRun.count < 2)
      report('DL3059', range);
    prevRun = { flags, count };
  }
  for (const p of pending) {
    if (onbuildView || p.stage === lastStage || fromImages.has(p.stage)) report(p.id, p.range);
  }
}

function fromRules(df: Dockerfile, report: Report, options: LintOptions): void {
  const aliases = new Set<string>();
  const allowed = options.allowedRegistries ?? [];
  const registryAllowed = (registry: string): boolean =>
    allowed.some((a) =>
      a === '*'
        ? true
        : a.startsWith('*')
          ? registry.endsWith(a.slice(1))
          : a.endsWith('*')
            ? registry.startsWith(a.slice(0, -1))
            : registry === a,
    );
  const imageAllowed = (ref: string): boolean => {
    if (allowed.length === 0 || aliases.has(ref.toLowerCase())) return true;
    const first = ref.split('/')[0];
    const hasRegistry =
      ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (hasRegistry) return registryAllowed(first);
    return ref === 'scratch' || registryAllowed('docker.io') || registryAllowed('hub.docker.com');
  };
  const names = new Set<string>();
  for (const i of df.instructions) {
    if (i.kind === 'from') {
      if (!imageAllowed(i.image)) report('DL3026', i.imageRange);
      if (i.stageName) {
        aliases.add(i.stageName.toLowerCase());
        names.add(i.stageName.toLowerCase());
      }
      const p = i.platform?.trim() ?? null;
      if (p !== null && !p.includes('BUILDPLATFORM') && !p.includes('TARGETPLATFORM'))
        report('DL3029', i.range);
      if (p === '$TARGETPLATFORM' || p === '${TARGETPLATFORM}') report('DL3065', i.range);
      if (i.image.includes('$') || i.image === '') continue;
      if (names.has(i.image.toLowerCase()) && i.image.toLowerCase() !== i.stageName?.toLowerCase()) continue;
      const parsed = parseReferenceCached(i.image);
      if (!parsed.ok || i.image.toLowerCase() === 'scratch') continue;
      if (parsed.tag === null && parsed.digest === null) report('DL3006', i.imageRange, { image: i.image });
      else if (parsed.tag === 'latest' && parsed.digest === null)
        report('DL3007', i.imageRange, { image: i.image });
    } else if (i.kind === 'copy' && i.from !== null && !imageAllowed(unquote(i.from))) {
      report('DL3026', i.fromRange ?? i.range);
    } else if (
      i.kind === 'run' &&
      i.mounts.some((m) => (m.type === 'cache' || m.type === 'bind') && m.from && !imageAllowed(m.from))
    ) {
      report('DL3026', i.range);
    }
  }
}

/** DL3022 and DL3023: `COPY --from` names a stage defined before it, and not its own. */
function copyFromRules(ctx: LintContext, report: Report): void {
  const earlier = new Set<string>();
  const allNames = ctx.stages.map((s) => s.stage.name).filter((n): n is string => n !== null);
  const params = (name: string) => {
    const near = nearestName(unquote(name), allNames, { distinctive: true });
    return { name, stages: stagesList(earlier), suggestion: near ? ` — did you mean '${near}'?` : '' };
  };
  for (const { stage } of ctx.stages) {
    if (stage.name) earlier.add(stage.name);
    for (const i of stage.instructions) {
      if (i.kind !== 'copy' || i.from === null || i.from.includes('$')) continue;
      const value = unquote(i.from).toLowerCase();
      const range = i.fromRange ?? i.range;
      if (value === stage.name || value === String(stage.index)) {
        report('DL3023', range);
        continue;
      }
      if (value.includes(':')) continue;
      if (/^\d+$/.test(value)) {
        if (Number(value) >= stage.index) report('DL3022', range, params(i.from));
        continue;
      }
      if (earlier.has(value)) continue;
      // Stagecraft: a name the catalog knows as an image is pulled as that image, not a typo.
      const definedLater = ctx.stages.some((s) => s.stage.name === value);
      if (definedLater || catalogImage(value) === null) report('DL3022', range, params(i.from));
    }
  }
}

function stagesList(names: ReadonlySet<string>): string {
  return names.size ? [...names].slice(0, 12).join(', ') : 'none are named';
}

function isArchiveOrUrl(src: string): boolean {
  const s = unquote(src);
  return (
    /^https?:\/\//.test(s) ||
    // Stagecraft: git sources are fetched by ADD too.
    /^git@|^git:\/\/|\.git(#.*)?$/.test(s) ||
    isArchive(s)
  );
}

/** DL3011: a port (or range end) above 65535; ports with variables are left alone. */
function badPort(port: string): boolean {
  if (port.includes('$')) return false;
  const spec = port.split('/')[0];
  return spec.split('-').some((n) => /^\d+$/.test(n) && Number(n) > 65535);
}

/** DL3044: an ENV pair refers to a variable another pair of the same ENV defines (not defined before). */
function selfReference(
  pairs: ReadonlyArray<{ key: string; value: string }>,
  defined: ReadonlySet<string>,
): boolean {
  return pairs.some(
    (p, k) =>
      !defined.has(p.key) &&
      pairs.some(
        (q, j) =>
          j !== k &&
          q.value.includes('$') &&
          (q.value.includes(`\${${p.key}}`) || new RegExp(`\\$${p.key}(?![A-Za-z0-9_])`).test(q.value)),
      ),
  );
}

/** Rules that look at one instruction of the file (not ONBUILD triggers). */
function instructionRules(df: Dockerfile, report: Report): void {
  let seenFrom = false;
  const perStage = { cmd: 0, entrypoint: 0, healthcheck: 0 };
  let lastUserRoot: Instruction | null = null;
  const defined = new Set<string>();
  const flushUser = () => {
    if (lastUserRoot) report('DL3002', lastUserRoot.range);
    lastUserRoot = null;
  };
  for (const i of df.instructions) {
    if (i.kind === 'from') {
      seenFrom = true;
      perStage.cmd = perStage.entrypoint = perStage.healthcheck = 0;
      flushUser();
      continue;
    }
    if (!seenFrom && i.kind !== 'arg') report('DL3061', i.range);
    if (i.kind === 'workdir' && !absoluteOrVariable(unquote(i.path)))
      report('DL3000', i.range, { path: unquote(i.path) });
    if ((i.kind === 'cmd' || i.kind === 'entrypoint') && i.command.form === 'shell')
      report('DL3025', i.range, { keyword: i.kind.toUpperCase() });
    if (i.kind === 'healthcheck' && i.command?.form === 'shell')
      report('DL3025', i.range, { keyword: 'HEALTHCHECK CMD' });
    if (i.kind === 'maintainer') report('DL4000', i.range);
    if (i.kind === 'add' && i.heredocs.length === 0 && !i.sources.every(isArchiveOrUrl))
      report('DL3020', i.range);
    if (
      i.kind === 'copy' &&
      i.sources.length + i.heredocs.length > 1 &&
      !unquote(i.destination).endsWith('/')
    )
      report('DL3021', i.range);
    if (i.kind === 'run' && i.command.form === 'shell' && scriptOf(i).commands.some((c) => c.name === 'cd'))
      report('DL3003', i.range);
    if (i.kind === 'expose' && i.ports.some(badPort)) report('DL3011', i.range);
    if (i.kind === 'onbuild' && i.trigger && ['onbuild', 'from', 'maintainer'].includes(i.trigger.kind))
      report('DL3043', i.range);
    if (i.kind === 'env') {
      if (selfReference(i.pairs, defined)) report('DL3044', i.range);
      for (const p of i.pairs) defined.add(p.key);
    }
    if (i.kind === 'arg') for (const d of i.declarations) defined.add(d.name);
    if (
      i.kind === 'copy' &&
      i.from !== null &&
      unquote(i.destination) === '/' &&
      i.sources.some((x) => unquote(x) === '/')
    )
      report('DL3067', i.range);
    if (i.kind === 'user') {
      const u = i.group === null ? i.user : `${i.user}:${i.group}`;
      const root = u === 'root' || u === '0' || u.startsWith('root:') || u.startsWith('0:');
      lastUserRoot = root ? i : null;
    }
  }
  flushUser();
}

const ARCHIVE = [
  '.tar',
  '.Z',
  '.bz2',
  '.gz',
  '.lz',
  '.lzma',
  '.tZ',
  '.tb2',
  '.tbz',
  '.tbz2',
  '.tgz',
  '.tlz',
  '.tpz',
  '.txz',
  '.xz',
];
const UNPACKERS = ['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat'];
const basename = (p: string): string => unquote(p).split(/[/\\]/).pop() ?? '';
const isArchive = (p: string): boolean => ARCHIVE.some((x) => unquote(p).endsWith(x));

/** DL3010: an archive COPYed from the context and then unpacked by a RUN of the same stage. */
function copyThenExtract(df: Dockerfile, report: Report): void {
  let archives: Array<{ name: string; range: SourceRange }> = [];
  const reported = new Set<SourceRange>();
  for (const i of df.instructions) {
    if (i.kind === 'from') archives = [];
    else if (i.kind === 'copy' && i.from === null) {
      const names = isArchive(i.destination)
        ? [basename(i.destination)]
        : i.sources.filter(isArchive).map(basename);
      for (const name of names) archives.push({ name, range: i.range });
    } else if (i.kind === 'run' && archives.length > 0) {
      for (const c of scriptOf(i).commands) {
        const unpacks =
          (c.name === 'tar' &&
            c.args.some(
              (a) =>
                a === '--extract' ||
                a === '--get' ||
                (a.startsWith('-') && !a.startsWith('--') && a.includes('x')),
            )) ||
          UNPACKERS.includes(c.name);
        if (!unpacks) continue;
        const args = argsNoFlags(c).map(basename);
        // The shell reader drops backslashes inside double quotes (a Windows path); read the text too.
        const inText = (name: string) =>
          new RegExp(`[\\\\/\\s"']${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=["'\\s]|$)`).test(
            scriptOf(i).text,
          );
        for (const a of archives) {
          if ((args.includes(a.name) || inText(a.name)) && !reported.has(a.range)) {
            reported.add(a.range);
            report('DL3010', a.range);
          }
        }
      }
    }
  }
}

/** Runs the hadolint rules. */
export function hadolintChecks(
  df: Dockerfile,
  ctx: LintContext,
  report: Report,
  options: LintOptions = {},
): void {
  fromRules(df, report, options);
  copyFromRules(ctx, report);
  instructionRules(df, report);
  copyThenExtract(df, report);
  const { main, onbuild } = views(df);
  foldRules(main, false, report);
  if (onbuild.length > 0) foldRules(onbuild, true, report);
}
