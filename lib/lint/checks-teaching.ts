/**
 * Stagecraft's teaching rules (`stagecraft/…`): findings that need to know which stage ships and what its
 * base image contains (from the catalog): shell form without a shell, RUN without a shell,
 * CMD/ENTRYPOINT that never ship, build tools and full bases in the final image, apt lists left
 * behind, and health checks that call a tool the image lacks.
 */
import type { Instruction, RunInstruction } from '../dockerfile/types';
import type { LintContext, StageFacts } from './context';
import { copiesShell, toolsFrom } from './context';
import { calls, commandsOf, hasCacheMount, removesAptLists } from './checks-hadolint';
import type { Report } from './report';
import { programOf } from './shell-commands';

const BUILD_PACKAGES =
  /^(gcc(-\d+)?|g\+\+(-\d+)?|clang|make|cmake|build-essential|build-base|golang(-[\d.]+)?(-go)?|go|maven|gradle|default-jdk(-headless)?|openjdk-?\d*-jdk(-headless)?|openjdk\d*|musl-dev|libc6-dev|rustc|cargo|nodejs-dev)$/;

/** Whether a shell or busybox was copied in before `upTo` (then we cannot say there is none). */
function shellCopiedIn(facts: StageFacts, upTo: Instruction): boolean {
  if (facts.inherited.shellCopied) return true;
  for (const i of facts.stage.instructions) {
    if (i === upTo) return false;
    if (copiesShell(i)) return true;
  }
  return false;
}

function json(script: string): string {
  return JSON.stringify(script.trim().split(/\s+/).filter(Boolean));
}

function shellRules(facts: StageFacts, report: Report): void {
  if (facts.hasShell !== false) return;
  for (const i of facts.stage.instructions) {
    if (i.kind === 'run' && i.command.form === 'shell' && !shellCopiedIn(facts, i)) {
      report(
        'stagecraft/run-no-shell',
        i.range,
        { base: facts.baseLabel },
        facts.stage.built ? 'error' : 'warning',
      );
    }
    if (!facts.ships) continue;
    if (
      (i.kind === 'cmd' || i.kind === 'entrypoint') &&
      i.command.form === 'shell' &&
      !shellCopiedIn(facts, i)
    ) {
      report('stagecraft/shell-form-no-shell', i.range, {
        keyword: i.kind.toUpperCase(),
        base: facts.baseLabel,
        json: json(i.command.script),
      });
    }
    if (i.kind === 'healthcheck' && i.command?.form === 'shell' && !shellCopiedIn(facts, i)) {
      report('stagecraft/shell-form-no-shell', i.range, {
        keyword: 'HEALTHCHECK CMD',
        base: facts.baseLabel,
        json: json(i.command.script),
      });
    }
  }
}

function unshippedCmd(facts: StageFacts, ctx: LintContext, report: Report): void {
  if (!ctx.multiStage || !ctx.target || facts.ships) return;
  const target = ctx.target.name ?? `stage-${ctx.target.index}`;
  const stage = facts.stage.name ?? `stage-${facts.stage.index}`;
  for (const i of facts.stage.instructions) {
    if (i.kind === 'cmd' || i.kind === 'entrypoint')
      report('stagecraft/cmd-in-unshipped-stage', i.range, { keyword: i.kind.toUpperCase(), stage, target });
  }
}

function buildToolFinding(run: RunInstruction): { what: string; fix: string } | null {
  const cmds = commandsOf(run);
  for (const c of cmds) {
    const p = programOf(c);
    const pkgs =
      (p.name === 'apt-get' ||
        p.name === 'apt' ||
        p.name === 'yum' ||
        p.name === 'dnf' ||
        p.name === 'microdnf') &&
      p.args.includes('install')
        ? p.args
        : p.name === 'apk' && p.args.includes('add')
          ? p.args
          : [];
    const tools = pkgs.filter((a) => !a.startsWith('-') && BUILD_PACKAGES.test(a.split('=')[0]));
    if (tools.length > 0) {
      return {
        what: `Installing ${tools.join(', ')} (compilers and build tools)`,
        fix: 'Install build tools in a build stage and COPY --from it only what the program needs at run time.',
      };
    }
    if (p.name === 'go' && (p.args[0] === 'build' || p.args[0] === 'install')) {
      return {
        what: `\`go ${p.args[0]}\` here means the Go toolchain, with its build cache,`,
        fix: 'Build in a `FROM golang… AS build` stage and COPY --from=build only the binary into the final stage.',
      };
    }
    if (p.name === 'mvn' || p.name === 'mvnw' || p.name === 'gradle' || p.name === 'gradlew') {
      return {
        what: `Running ${p.name} here means the JDK, with the build tool and its repository cache,`,
        fix: 'Package the jar in a build stage and copy only the jar onto a JRE or distroless Java image.',
      };
    }
    if (p.name === 'npm' && (p.args[0] === 'install' || p.args[0] === 'i' || p.args[0] === 'ci')) {
      const prodOnly = p.args.some(
        (a) => a === '--production' || a === '--omit=dev' || a === '--only=production',
      );
      if (!prodOnly && p.args.filter((a) => !a.startsWith('-')).length <= 1) {
        return {
          what: `Everything in devDependencies (\`npm ${p.args[0]}\` without --omit=dev)`,
          fix: 'Use `npm ci --omit=dev` in the final stage, or build in one stage and copy the output.',
        };
      }
    }
  }
  return null;
}

/** The final base runs compiled programs only (scratch, distroless without an interpreter, or a JVM): sources are dead weight there. */
function compiledRuntime(facts: StageFacts): boolean {
  const root = facts.root;
  if (root.kind === 'scratch') return true;
  if (root.kind !== 'image' || root.image === null) return false;
  const runtimes = root.image.runtimes.map((r) => r.name);
  return (root.repository.includes('distroless') && runtimes.length === 0) || runtimes.includes('java');
}

function buildTools(facts: StageFacts, ctx: LintContext, report: Report): void {
  if (!facts.ships) return;
  for (const i of facts.stage.instructions) {
    if (i.kind === 'run') {
      const f = buildToolFinding(i);
      if (f) report('stagecraft/build-tools-in-final', i.range, f);
    }
    if (
      ctx.multiStage &&
      compiledRuntime(facts) &&
      i.kind === 'copy' &&
      i.from === null &&
      i.sources.some((s) => s === '.' || s === './')
    ) {
      report('stagecraft/build-tools-in-final', i.range, {
        what: 'Copying the whole build context (source code and all)',
        fix: 'Copy only the build output from the build stage, e.g. `COPY --from=build /out/app /app`.',
      });
    }
  }
}

const FULL: Array<{ repo: RegExp; unless: RegExp; kind: string; suggestion: string }> = [
  {
    repo: /^golang$/,
    unless: /^$/,
    kind: 'Go toolchain',
    suggestion: 'a static Go binary runs on scratch or gcr.io/distroless/static-debian13',
  },
  {
    repo: /^(maven|gradle)$/,
    unless: /^$/,
    kind: 'build-tool',
    suggestion: 'the jar needs only a JRE: eclipse-temurin:21-jre or gcr.io/distroless/java21-debian13',
  },
  {
    repo: /^(openjdk|eclipse-temurin|amazoncorretto)$/,
    unless: /jre/,
    kind: 'JDK',
    suggestion: 'running a jar needs only a JRE: eclipse-temurin:21-jre or gcr.io/distroless/java21-debian13',
  },
  {
    repo: /^python$/,
    unless: /slim|alpine/,
    kind: 'Python',
    suggestion: 'python:3.13-slim or gcr.io/distroless/python3-debian13 would serve',
  },
  {
    repo: /^node$/,
    unless: /slim|alpine/,
    kind: 'Node.js',
    suggestion: 'node:24-slim or gcr.io/distroless/nodejs24-debian13 would serve',
  },
  {
    repo: /^(ubuntu|debian|fedora|centos|buildpack-deps)$/,
    unless: /slim/,
    kind: 'distribution',
    suggestion: 'a slim or distroless image would serve once the program is built elsewhere',
  },
  {
    repo: /^(rust|gcc)$/,
    unless: /^$/,
    kind: 'compiler',
    suggestion: 'the compiled program can run on a slim, distroless or scratch image',
  },
];

function fullBase(ctx: LintContext, report: Report): void {
  const target = ctx.stages.find((s) => s.isTarget);
  if (!target || target.root.kind !== 'image') return;
  const { repository, tag } = target.root;
  const rule = FULL.find(
    (r) => r.repo.test(repository) && (r.unless.source === '^$' || !r.unless.test(tag ?? '')),
  );
  if (!rule) return;
  const rootStage = target.rootStage;
  report('stagecraft/full-base-in-final', rootStage.from.imageRange, {
    image: target.root.ref,
    kind: rule.kind,
    suggestion: rule.suggestion,
  });
}

function aptCleanup(facts: StageFacts, report: Report): void {
  if (!facts.ships) return;
  for (const i of facts.stage.instructions) {
    if (i.kind !== 'run') continue;
    const cmds = commandsOf(i);
    if (
      calls(cmds, ['apt-get', 'apt'], ['update']).length > 0 &&
      !removesAptLists(cmds) &&
      !hasCacheMount(i, '/var/lib/apt')
    ) {
      report('stagecraft/apt-lists', i.range);
    }
  }
}

function toolPresent(facts: StageFacts, tool: string, upTo: Instruction): boolean | null {
  if (facts.inherited.tools.has(tool)) return true;
  for (const i of facts.stage.instructions) {
    if (i === upTo) break;
    if (toolsFrom(i).includes(tool)) return true;
  }
  const root = facts.root;
  if (root.kind === 'scratch') return false;
  if (root.kind !== 'image' || root.image === null) return null;
  return root.image.manifest.some((e) => e.path.endsWith(`/${tool}`));
}

function healthcheckTools(facts: StageFacts, report: Report): void {
  if (!facts.ships) return;
  for (const i of facts.stage.instructions) {
    if (i.kind !== 'healthcheck' || i.command === null) continue;
    const first =
      i.command.form === 'exec' ? (i.command.argv[0] ?? '') : (i.command.script.trim().split(/\s+/)[0] ?? '');
    const tool = first.slice(first.lastIndexOf('/') + 1);
    if (tool !== 'curl' && tool !== 'wget') continue;
    if (toolPresent(facts, tool, i) === false)
      report('stagecraft/healthcheck-no-tool', i.range, { tool, base: facts.baseLabel });
  }
}

/** A stage whose FROM names an image its publisher no longer builds (the catalog's `retired` data). */
function retiredBase(facts: StageFacts, report: Report): void {
  const base = facts.stage.base;
  if (base.kind !== 'image' || facts.root.kind !== 'image') return;
  const retired = facts.root.image?.retired;
  if (!retired || facts.rootStage !== facts.stage) return;
  report('stagecraft/retired-image', facts.stage.from.imageRange, {
    image: facts.root.ref,
    date: retired.date,
    repository: retired.repository,
    commit: retired.commit.slice(0, 7),
    subject: retired.subject,
    eol: retired.endOfLife ? `, end of life ${retired.endOfLife}` : '',
    fix: retired.replacement
      ? `Use ${retired.replacement}, which the publisher still builds.`
      : 'Move to an image the publisher still builds.',
  });
}

/** Runs the teaching rules. */
export function teachingChecks(ctx: LintContext, report: Report): void {
  for (const facts of ctx.stages) {
    shellRules(facts, report);
    unshippedCmd(facts, ctx, report);
    buildTools(facts, ctx, report);
    aptCleanup(facts, report);
    healthcheckTools(facts, report);
    retiredBase(facts, report);
  }
  fullBase(ctx, report);
}
