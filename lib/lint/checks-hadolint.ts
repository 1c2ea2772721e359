/**
 * hadolint's rules that fit multi-stage builds (FACTS.md §5b), made stage-aware where hadolint is
 * not: a stage name or `scratch` is not an untagged image, `COPY --from=image:tag` is not an
 * unknown alias, and rules about image size (apt lists, recommends, caches, layer count) apply only
 * to the stages that ship.
 */
import { parseReferenceCached } from '../catalog/cache';
import type { Dockerfile, Instruction, RunInstruction } from '../dockerfile/types';
import type { LintContext, StageFacts } from './context';
import { catalogImage } from './context';
import type { Report } from './report';
import { programOf, runScripts, splitCommands, type SimpleCommand } from './shell-commands';

const commandCache = new WeakMap<RunInstruction, SimpleCommand[]>();

/** The simple commands of a RUN (cached per instruction). */
export function commandsOf(run: RunInstruction): SimpleCommand[] {
  let c = commandCache.get(run);
  if (!c) {
    c = splitCommands(runScripts(run.command, run.heredocs));
    commandCache.set(run, c);
  }
  return c;
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

function fromRules(ctx: LintContext, report: Report): void {
  for (const { stage } of ctx.stages) {
    if (stage.base.kind !== 'image' || stage.from.image.includes('$') || stage.base.ref === '') continue;
    const parsed = parseReferenceCached(stage.base.ref);
    if (!parsed.ok) continue;
    if (parsed.tag === null && parsed.digest === null)
      report('DL3006', stage.from.imageRange, { image: stage.from.image });
    else if (parsed.tag === 'latest' && parsed.digest === null)
      report('DL3007', stage.from.imageRange, { image: stage.from.image });
  }
}

function copyFromRules(facts: StageFacts, names: ReadonlySet<string>, report: Report): void {
  for (const i of facts.stage.instructions) {
    if (i.kind !== 'copy' || i.from === null || i.from.includes('$')) continue;
    const value = i.from.toLowerCase();
    const range = i.fromRange ?? i.range;
    if (value === facts.stage.name || value === String(facts.stage.index)) {
      report('DL3023', range);
      continue;
    }
    const plainWord = /^[a-z][a-z0-9_.-]*$/.test(value) && !value.includes('.');
    if (plainWord && !names.has(value) && catalogImage(value) === null) {
      report('DL3022', range, {
        name: i.from,
        stages: names.size ? [...names].slice(0, 12).join(', ') : 'none are named',
      });
    }
  }
}

function relativeDest(dest: string): boolean {
  return dest !== '' && !dest.startsWith('/') && !dest.startsWith('$') && !/^[A-Za-z]:[\\/]/.test(dest);
}

function isRemoteOrArchive(src: string): boolean {
  return (
    /^(https?|git):\/\//.test(src) ||
    src.startsWith('git@') ||
    /\.(tar|tgz|tar\.\w+|tbz2?|txz|zip|gz|bz2|xz)$/i.test(src)
  );
}

function stageRules(facts: StageFacts, report: Report): void {
  const root = facts.root;
  let workdirSet =
    (root.kind === 'image' &&
      root.image !== null &&
      root.image.workdir !== '/' &&
      root.image.workdir !== '') ||
    facts.inherited.anyWorkdir;
  let pipefail = facts.inherited.pipefail;
  const pipCacheOff =
    facts.inherited.pipNoCache ||
    facts.stage.instructions.some(
      (i) => i.kind === 'env' && i.pairs.some((p) => p.key === 'PIP_NO_CACHE_DIR'),
    );
  let previous: Instruction | null = null;
  for (const i of facts.stage.instructions) {
    if (i.kind === 'workdir') workdirSet = true;
    if (i.kind === 'shell' && i.argv.includes('pipefail')) pipefail = true;
    if ((i.kind === 'copy' || i.kind === 'add') && relativeDest(i.destination) && !workdirSet)
      report('DL3045', i.range);
    if (
      i.kind === 'add' &&
      i.heredocs.length === 0 &&
      i.sources.length > 0 &&
      !i.sources.some(isRemoteOrArchive)
    )
      report('DL3020', i.range);
    if (i.kind === 'run') {
      const cmds = commandsOf(i);
      if (cmds.some((c) => programOf(c).name === 'cd')) report('DL3003', i.range);
      if (i.command.form === 'shell' && !pipefail && cmds.some((c) => c.pipedInto)) report('DL4006', i.range);
      if (facts.ships) shippedRunRules(i, cmds, pipCacheOff, report);
      if (facts.ships && previous?.kind === 'run' && previous.flags.length === 0 && i.flags.length === 0)
        report('DL3059', i.range);
    }
    previous = i;
  }
}

function shippedRunRules(
  i: RunInstruction,
  cmds: SimpleCommand[],
  pipCacheOff: boolean,
  report: Report,
): void {
  const installs = calls(cmds, ['apt-get', 'apt'], ['install']);
  if (installs.length > 0) {
    if (!removesAptLists(cmds) && !hasCacheMount(i, '/var/lib/apt')) report('DL3009', i.range);
    const noRec = installs.every(
      (c) =>
        c.words.includes('--no-install-recommends') ||
        c.words.some((w) => /APT::Install-Recommends=(false|0)/i.test(w)),
    );
    if (!noRec) report('DL3015', i.range);
  }
  const apk = calls(cmds, ['apk'], ['add']);
  if (apk.some((c) => !c.words.includes('--no-cache')) && !hasCacheMount(i, '/var/cache/apk'))
    report('DL3019', i.range);
  const pip = calls(cmds, ['pip', 'pip3'], ['install']).concat(
    cmds.filter(
      (c) =>
        /^python[0-9.]*$/.test(programOf(c).name) && c.words.includes('pip') && c.words.includes('install'),
    ),
  );
  if (
    !pipCacheOff &&
    pip.some((c) => !c.words.includes('--no-cache-dir')) &&
    !hasCacheMount(i, '/root/.cache')
  )
    report('DL3042', i.range);
}

function lastUserRule(ctx: LintContext, report: Report): void {
  const target = ctx.stages.find((s) => s.isTarget);
  if (!target) return;
  let last: Instruction | null = target.inherited.lastUser;
  for (const i of target.stage.instructions) if (i.kind === 'user') last = i;
  if (last && last.kind === 'user' && (last.user === 'root' || last.user === '0'))
    report('DL3002', last.range);
}

/** Runs the hadolint rules. */
export function hadolintChecks(df: Dockerfile, ctx: LintContext, report: Report): void {
  for (const i of df.instructions) {
    if (i.kind === 'from') break;
    if (i.kind !== 'arg') report('DL3061', i.range);
  }
  fromRules(ctx, report);
  const names = new Set(ctx.graph.stages.map((s) => s.name).filter((n): n is string => n !== null));
  for (const facts of ctx.stages) {
    copyFromRules(facts, names, report);
    stageRules(facts, report);
  }
  lastUserRule(ctx, report);
}
