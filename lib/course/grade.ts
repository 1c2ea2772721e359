/**
 * Grades a learner's Dockerfile against an exercise's goals by outcome: the text is simulated (and
 * run) and each goal checks what came out, so any Dockerfile that reaches the goals passes.
 * Pure and browser-safe; never throws (a goal that cannot be checked fails with a message saying why).
 */
import { readableSize } from '../build/format';
import { compareDottedVersions } from '../catalog/versions';
import type { StageGraph } from '../plan/types';
import { runImage } from '../build/run/index';
import { probeImage } from '../build/run/lookup';
import { emulatedRuns } from '../build/simulate/platforms';
import { looksLikeSecretName } from '../lint/checks-build';
import type { BuildContext, RunOutcome, SimulatedImage, SimulationResult } from '../build/types';
import { goalLabel, type Goal, type GoalResult, type LabelledGoal } from './exercise-types';
import { simulateDockerfile } from '../analyze';

/** What grading needs from an exercise: its goals and the target they are checked against. */
export interface Gradable {
  goals: Goal[];
  target?: string | null;
  /** Build options (`--build-arg`, `--secret id=`, `--platform`; the first platform is the lab's). */
  buildArgs?: Record<string, string>;
  secrets?: string[];
  platforms?: string[];
}

/** What a build is run with, besides the text and the context. */
interface BuildOptions {
  buildArgs?: Record<string, string>;
  secrets?: string[];
  platform?: string;
}

type Check = { passed: boolean; message: string; unknown?: true };

/** A goal the simulator cannot check: why, and what to change so that it can. */
function cantTell(what: string, because: string, change: string): Check {
  return {
    passed: false,
    unknown: true,
    message: `Can't tell ${what}: ${because.replace(/\.$/, '')}. ${change}`,
  };
}

const KNOWN_BASE =
  'Build the final stage FROM an image the simulator knows (for example gcr.io/distroless/static-debian12 or alpine:3.20) so it can check this.';

/** Caches simulations per target and runs per input, so a goal list costs one build. */
class Session {
  private readonly builds = new Map<string, SimulationResult>();
  private readonly runs = new Map<string, RunOutcome>();

  constructor(
    private readonly text: string,
    private readonly context: BuildContext,
    readonly target: string | null,
    prebuilt?: { result: SimulationResult; run?: RunOutcome | null; stdin?: string },
    readonly options: BuildOptions = {},
  ) {
    if (prebuilt) {
      this.builds.set(target ?? '', prebuilt.result);
      if (prebuilt.run) this.runs.set(JSON.stringify([prebuilt.stdin ?? null, null]), prebuilt.run);
    }
  }

  build(target: string | null = this.target, platform?: string): SimulationResult {
    const key = platform === undefined ? (target ?? '') : `${target ?? ''}\u0000${platform}`;
    let result = this.builds.get(key);
    if (!result) {
      result = simulateDockerfile(this.text, {
        context: this.context,
        target,
        buildArgs: this.options.buildArgs,
        secrets: this.options.secrets,
        platform: platform ?? this.options.platform,
      });
      this.builds.set(key, result);
    }
    return result;
  }

  run(image: SimulatedImage, stdin: string | undefined, args: string[] | undefined): RunOutcome {
    const key = JSON.stringify([stdin ?? null, args ?? null]);
    let outcome = this.runs.get(key);
    if (!outcome) {
      outcome = runImage(image, { stdin, args });
      this.runs.set(key, outcome);
    }
    return outcome;
  }
}

function firstError(result: SimulationResult): string | null {
  const error = result.diagnostics.find((d) => d.severity === 'error');
  return error ? `line ${error.range.start.line}: ${error.message}` : null;
}

function noImage(result: SimulationResult): Check {
  const error = firstError(result);
  return {
    passed: false,
    message: error
      ? `The build does not produce an image (${error}).`
      : 'The build does not produce an image.',
  };
}

/** `3.13.5` → `3.13`; a version without a minor stays as it is. */
/**
 * The part of a runtime's version that installed packages depend on: major.minor for Python (each
 * minor has its own site-packages and extension ABI), the major for Node.js (native add-ons are built
 * per NODE_MODULE_VERSION, which changes with the major) and Java (the class file version).
 */
function abiOf(runtime: string, version: string): string {
  if (runtime === 'node' || runtime === 'java') return /^(\d+)/.exec(version)?.[1] ?? version;
  return /^(\d+\.\d+)/.exec(version)?.[1] ?? version;
}

/**
 * Compares the final image's `runtime` with the same runtime in the stages the target copies from.
 * Fails, saying why, when either side cannot be told (unknown is not a match).
 */
function sameRuntimeVersion(runtime: string, result: SimulationResult): Check {
  const target = result.graph.target;
  const final = result.image?.facts.runtimes.find((r) => r.name === runtime);
  if (target === null || !final) {
    return { passed: false, message: `The final image has no ${runtime} the simulator knows of.` };
  }
  const sources = new Set(
    result.graph.edges
      .filter((e) => e.to === target && e.kind === 'copy-from' && e.from.kind === 'stage')
      .flatMap((e) => (e.from.kind === 'stage' ? [e.from.index] : [])),
  );
  const found: string[] = [];
  for (const index of sources) {
    const version = result.stages[index]?.facts.runtimes.find((r) => r.name === runtime)?.version;
    if (!version) continue;
    if (abiOf(runtime, version) !== abiOf(runtime, final.version)) {
      return {
        passed: false,
        message: `The final image runs ${runtime} ${abiOf(runtime, final.version)}, but stage ${index} that it copies from has ${runtime} ${abiOf(runtime, version)}: packages built there target the wrong version.`,
      };
    }
    found.push(version);
  }
  if (found.length === 0) {
    return {
      passed: false,
      message: `Can't tell: no stage the final image copies from has a ${runtime} version the simulator knows.`,
    };
  }
  return { passed: true, message: `Both run ${runtime} ${abiOf(runtime, final.version)}.` };
}

/**
 * Checks `runtime` in the final image and in every stage it copies from against a minimum version.
 * Fails, saying so, when no such stage has a version the simulator knows (unknown is not a pass).
 */
function minRuntimeVersion(runtime: string, min: string, result: SimulationResult): Check {
  const target = result.graph.target;
  if (target === null) return { passed: false, message: 'The build has no final stage.' };
  const indexes = [
    target,
    ...result.graph.edges
      .filter((e) => e.to === target && e.kind === 'copy-from' && e.from.kind === 'stage')
      .flatMap((e) => (e.from.kind === 'stage' ? [e.from.index] : [])),
  ];
  const found: string[] = [];
  for (const index of new Set(indexes)) {
    const stage = result.stages[index];
    const version = stage?.facts.runtimes.find((r) => r.name === runtime)?.version;
    if (!version) continue;
    const where = index === target ? 'the final image' : `stage ${index}`;
    if (compareDottedVersions(version, min) < 0) {
      return {
        passed: false,
        message: `${where[0]!.toUpperCase()}${where.slice(1)} has ${runtime} ${version}, older than ${min}.`,
      };
    }
    found.push(`${runtime} ${version} in ${where}`);
  }
  if (found.length === 0) {
    return {
      passed: false,
      unknown: true,
      message: `Can't tell: neither the final image nor a stage it copies from has a ${runtime} version the simulator knows.`,
    };
  }
  return { passed: true, message: `${found.join(', ')}: ${min} or newer.` };
}

/** The base image of the target stage, following `FROM <stage>` back to an image or scratch. */
function rootBase(graph: StageGraph): string | null {
  let index = graph.target;
  const seen = new Set<number>();
  while (index !== null && !seen.has(index)) {
    seen.add(index);
    const stage = graph.stages[index];
    if (!stage) return null;
    if (stage.base.kind === 'scratch') return 'scratch';
    if (stage.base.kind === 'image') return stage.base.ref;
    index = stage.base.stageIndex;
  }
  return null;
}

function approx(image: SimulatedImage): string {
  const r = image.sizeRange;
  if (r && r.high !== null) return `between ${readableSize(r.low)} and ${readableSize(r.high)}`;
  return image.confidence === 'exact' ? readableSize(image.sizeBytes) : `≈${readableSize(image.sizeBytes)}`;
}

/** The last two lines a run printed, ending kept: programs and Docker's start errors put the cause last. */
function quoteOutput(run: RunOutcome): string {
  const text = `${run.stdout}${run.stderr}`.trim().split('\n').slice(-2).join(' ⏎ ');
  return text
    ? `; it printed "${text.length > 160 ? `…${text.slice(-159)}` : text}"`
    : '; it printed nothing';
}

/** Names of the mounts of the RUN steps the build runs. */
function usesMount(type: string, target: string | undefined, result: SimulationResult): Check {
  const want = target === undefined ? null : target.replace(/\/+$/, '') || '/';
  const seen: string[] = [];
  for (const index of result.graph.buildOrder) {
    const stage = result.graph.stages[index];
    for (const ins of stage?.instructions ?? []) {
      if (ins.kind !== 'run') continue;
      for (const m of ins.mounts) {
        seen.push(`${m.type}${m.target ? ` at ${m.target}` : ''} (line ${ins.range.start.line})`);
        const at = m.target?.replace(/\/+$/, '') || null;
        if (m.type === type && (want === null || at === want))
          return {
            passed: true,
            message: `Line ${ins.range.start.line} mounts a ${type} mount${m.target ? ` at ${m.target}` : ''}.`,
          };
      }
    }
  }
  return {
    passed: false,
    message:
      seen.length === 0
        ? `No RUN of the stages built uses --mount=type=${type}.`
        : `No RUN uses --mount=type=${type}${want ? `,target=${want}` : ''}; the mounts are: ${seen.join(', ')}.`,
  };
}

const DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Every FROM image pinned by digest. */
function pinnedDigest(result: SimulationResult): Check {
  const refs = result.graph.stages.flatMap((s) => (s.base.kind === 'image' ? [s.base.ref] : []));
  if (refs.length === 0) return { passed: false, message: 'No stage starts FROM an image.' };
  const loose = refs.filter((r) => !DIGEST.test(r));
  return loose.length === 0
    ? {
        passed: true,
        message: `All ${refs.length} base image${refs.length === 1 ? ' is' : 's are'} pinned by digest.`,
      }
    : {
        passed: false,
        message: `Not pinned by digest: ${[...new Set(loose)].join(', ')}. A tag can move; add @sha256:<digest> (docker buildx imagetools inspect shows it).`,
      };
}

/** Builds each platform: every one must produce an image and none may run a RUN step emulated. */
function multiPlatform(platforms: string[], session: Session): Check {
  const unknown: string[] = [];
  for (const platform of platforms) {
    const result = session.build(session.target, platform);
    if (!result.image) {
      const error = firstError(result);
      return {
        passed: false,
        message: `The build for ${platform} fails${error ? ` (${error})` : ''}.`,
      };
    }
    const emulated = emulatedRuns(result.graph);
    if (emulated.length > 0)
      return {
        passed: false,
        message: `For ${platform}, the RUN on line ${emulated.map((e) => e.line).join(', ')} runs under QEMU emulation: build that stage FROM --platform=$BUILDPLATFORM and cross-compile with TARGETOS/TARGETARCH.`,
      };
    for (const d of result.diagnostics) if (d.ruleId === 'simulate/platform-unknown') unknown.push(d.message);
  }
  if (unknown.length > 0)
    return cantTell(
      `whether every base image exists for ${platforms.join(' and ')}`,
      unknown[0],
      'Use base images whose platforms the catalog lists (distroless, golang 1.25).',
    );
  return { passed: true, message: `It builds for ${platforms.join(' and ')}, and every RUN runs natively.` };
}

/** No secret-like ARG/ENV/LABEL and no --build-arg value in the final image's history. */
function noSecretInHistory(
  image: SimulatedImage,
  names: readonly string[],
  buildArgs: Readonly<Record<string, string>>,
): Check {
  const extra = new Set(names.map((n) => n.toLowerCase()));
  const secretName = (n: string) => looksLikeSecretName(n) || extra.has(n.toLowerCase());
  for (const layer of image.layers) {
    if (layer.line === null) continue;
    const m = /^(ARG|ENV|LABEL)\s+(.*)$/i.exec(layer.createdBy ?? layer.instruction);
    if (m) {
      const keys = [...m[2].matchAll(/(?:^|\s)([A-Za-z_][\w.-]*)(?==|\s|$)/g)].map((k) => k[1]);
      const named = keys.find(secretName);
      if (named)
        return {
          passed: false,
          message: `Line ${layer.line}: ${m[1].toUpperCase()} ${named} is in the image's history (docker history shows it). Read it from a secret mount instead.`,
        };
    }
    const history = layer.createdBy ?? layer.instruction;
    for (const [key, value] of Object.entries(buildArgs)) {
      if (value.length >= 4 && history.includes(value))
        return {
          passed: false,
          message: `Line ${layer.line}: the value of --build-arg ${key} shows in docker history ("${history.length > 100 ? `${history.slice(0, 97)}…` : history}").`,
        };
    }
  }
  for (const key of [...Object.keys(image.config.env), ...Object.keys(image.config.labels)])
    if (secretName(key))
      return { passed: false, message: `The image's configuration sets ${key}: docker inspect shows it.` };
  return {
    passed: true,
    message:
      'docker history of the final image shows no secret-like ARG, ENV or LABEL and no build-argument value.',
  };
}

/** A run the model cannot judge: why, and what to change so that it can; null when it can. */
function unknownRun(run: RunOutcome, what: string): Check | null {
  if (run.status !== 'unknown') return null;
  return cantTell(
    what,
    run.because ?? run.explanation,
    'Set ENTRYPOINT or CMD yourself, in exec form, to a program the image is known to have.',
  );
}

function checkGoal(goal: Goal, session: Session): Check {
  if (goal.kind === 'stageSkipped') {
    const graph = session.build(goal.target).graph;
    if (graph.target === null)
      return { passed: false, message: `There is no stage called "${goal.target}" to build.` };
    const stage = graph.stages.find((s) => s.name === goal.stage.toLowerCase());
    if (!stage) return { passed: false, message: `There is no stage called "${goal.stage}".` };
    return stage.built
      ? {
          passed: false,
          message: `Building --target ${goal.target} also builds "${goal.stage}": the target depends on it.`,
        }
      : {
          passed: true,
          message: `Building --target ${goal.target} skips "${goal.stage}" (${stage.skippedReason ?? 'not needed'}).`,
        };
  }
  const result = session.build();
  if (goal.kind === 'minStages') {
    const count = result.graph.stages.length;
    return {
      passed: count >= goal.count,
      message: `The Dockerfile has ${count} stage${count === 1 ? '' : 's'}.`,
    };
  }
  if (goal.kind === 'baseImage') {
    const base = rootBase(result.graph);
    if (base === null) return { passed: false, message: 'The final stage has no base image.' };
    return { passed: base.includes(goal.matches), message: `The final stage starts from ${base}.` };
  }
  if (goal.kind === 'usesMount') return usesMount(goal.type, goal.target, result);
  if (goal.kind === 'pinnedDigest') return pinnedDigest(result);
  if (goal.kind === 'multiPlatform') return multiPlatform(goal.platforms, session);
  const image = result.image;
  if (goal.kind === 'noErrors') {
    const error = firstError(result);
    if (error || !image) return noImage(result);
    return { passed: true, message: 'The build has no errors.' };
  }
  if (!image) return noImage(result);
  switch (goal.kind) {
    case 'maxSize': {
      const range = image.sizeRange;
      if (range && range.low <= goal.bytes && (range.high === null || range.high > goal.bytes))
        return cantTell(
          `whether the final image is under ${readableSize(goal.bytes)}`,
          `its size is ${range.high === null ? `at least ${readableSize(range.low)}` : `between ${readableSize(range.low)} and ${readableSize(range.high)}`} because ${range.because}`,
          'Replace the unknown part (an image or command the simulator does not model) with one it knows.',
        );
      if (range && range.low > goal.bytes)
        return {
          passed: false,
          message: `The final image is at least ${readableSize(range.low)}; the limit is ${readableSize(goal.bytes)}.`,
        };
      return {
        passed: image.sizeBytes <= goal.bytes,
        message: `The final image is ${approx(image)} (${image.confidence} confidence); the limit is ${readableSize(goal.bytes)}.`,
      };
    }
    case 'noShell':
      if (image.facts.shell === null && image.facts.unknown?.shell)
        return cantTell('whether the final image has a shell', image.facts.unknown.shell, KNOWN_BASE);
      return image.facts.shell === null
        ? { passed: true, message: 'The final image has no shell.' }
        : { passed: false, message: `The final image has a shell at ${image.facts.shell}.` };
    case 'noPackageManager':
      if (image.facts.unknown?.packageManager)
        return cantTell(
          'whether the final image has a package manager',
          image.facts.unknown.packageManager,
          KNOWN_BASE,
        );
      return image.facts.packageManager === 'none'
        ? { passed: true, message: 'The final image has no package manager.' }
        : { passed: false, message: `The final image still has ${image.facts.packageManager}.` };
    case 'nonRoot':
      if (image.facts.unknown?.user)
        return cantTell(
          'which user the container runs as',
          image.facts.unknown.user,
          'Set it yourself with USER (for example USER 65532:65532).',
        );
      return image.facts.runsAsRoot
        ? { passed: false, message: `The container runs as ${image.facts.user || 'root'}.` }
        : { passed: true, message: `The container runs as ${image.facts.user}.` };
    case 'numericUser': {
      const user = image.facts.user || 'root';
      const numeric = /^\d+(:\d+)?$/.exec(user) !== null;
      if (numeric && !image.facts.runsAsRoot) {
        return { passed: true, message: `The container runs as ${user}, a number Kubernetes can check.` };
      }
      return {
        passed: false,
        message:
          numeric || image.facts.runsAsRoot
            ? `The container runs as ${user}${user === 'root' ? '' : ', which is root'}.`
            : `The user is "${user}", a name: Kubernetes runAsNonRoot cannot verify that it is not root, so it refuses to start the pod. Give the uid, e.g. USER 65532:65532.`,
      };
    }
    case 'sameRuntimeVersion':
      return sameRuntimeVersion(goal.runtime, result);
    case 'minRuntimeVersion':
      return minRuntimeVersion(goal.runtime, goal.version, result);
    case 'noBuildTools':
      if (image.facts.buildTools.length === 0 && image.facts.unknown?.buildTools)
        return cantTell(
          'whether the final image ships build tools',
          image.facts.unknown.buildTools,
          KNOWN_BASE,
        );
      return image.facts.buildTools.length === 0
        ? { passed: true, message: 'No build tools in the final image.' }
        : { passed: false, message: `The final image ships ${image.facts.buildTools.join(', ')}.` };
    case 'hasFile': {
      const prefix = `${goal.path.replace(/\/+$/, '')}/`;
      const found = image.files.some((f) => f.path === goal.path || f.path.startsWith(prefix));
      const probe = found ? null : probeImage(image, goal.path.replace(/\/+$/, '') || '/');
      if (probe?.presence === 'unknown')
        return cantTell(
          `whether ${goal.path} is in the final image`,
          probe.because,
          'Copy it in with COPY so the simulator can follow it.',
        );
      return {
        passed: found,
        message: found ? `${goal.path} is in the final image.` : `${goal.path} is not in the final image.`,
      };
    }
    case 'starts': {
      const run = session.run(image, goal.stdin, undefined);
      const unknown = unknownRun(run, 'whether the program starts');
      if (unknown) return unknown;
      return run.status === 'started'
        ? { passed: true, message: `The program starts (${(run.argv ?? []).join(' ')}).` }
        : { passed: false, message: `Docker cannot start it: ${run.stderr.trim() || run.explanation}` };
    }
    case 'runFails': {
      const run = session.run(image, goal.stdin, undefined);
      const unknown = unknownRun(run, 'whether docker run fails');
      if (unknown) return unknown;
      if (run.status === 'started' && (run.exitCode === 0 || run.truncated)) {
        return {
          passed: false,
          message: `The program still runs (${(run.argv ?? []).join(' ')}): Docker starts it and it does not fail.`,
        };
      }
      const text = `${run.stderr}\n${run.stdout}\n${run.explanation}`;
      const found = text.includes(goal.contains);
      const what =
        run.status === 'failed' ? 'Docker cannot start it' : `the program exits with code ${run.exitCode}`;
      return {
        passed: found,
        message: found
          ? `${what}, and the error mentions "${goal.contains}"${quoteOutput(run)}.`
          : `${what}, but not with an error mentioning "${goal.contains}"; it is another error${quoteOutput(run)}.`,
      };
    }
    case 'noSecretInHistory':
      return noSecretInHistory(image, goal.names ?? [], session.options.buildArgs ?? {});
    case 'runOutput': {
      const run = session.run(image, goal.stdin, goal.args);
      const unknown = unknownRun(run, 'what the program prints');
      if (unknown) return unknown;
      if (run.status !== 'started') {
        return { passed: false, message: `Docker cannot start it: ${run.stderr.trim() || run.explanation}` };
      }
      const found = `${run.stdout}\n${run.stderr}`.includes(goal.contains);
      if (!found && !run.outputSimulated) {
        return {
          passed: false,
          message: `The program starts, but the simulator does not model its output (${run.explanation}).`,
        };
      }
      return {
        passed: found,
        message: found
          ? `The output contains "${goal.contains}".`
          : `The output does not contain "${goal.contains}"${quoteOutput(run)}.`,
      };
    }
  }
}

/**
 * Checks `dockerfileText` against every goal of `exercise`, building `context`. Returns one result per
 * goal, in order, each saying what was measured. Never throws.
 */
export function gradeExercise(
  exercise: Gradable,
  dockerfileText: string,
  context: BuildContext,
  prebuilt?: { result: SimulationResult; run?: RunOutcome | null; stdin?: string },
): GoalResult[] {
  const session = new Session(dockerfileText, context, exercise.target ?? null, prebuilt, {
    buildArgs: exercise.buildArgs,
    secrets: exercise.secrets,
    platform: exercise.platforms?.[0],
  });
  return exercise.goals.map((goal): GoalResult => {
    const labelled: LabelledGoal = { ...goal, label: goalLabel(goal) };
    try {
      const check = checkGoal(goal, session);
      return {
        goal: labelled,
        passed: check.passed,
        verdict: check.unknown ? 'unknown' : check.passed ? 'met' : 'unmet',
        message: check.message,
      };
    } catch (error) {
      return {
        goal: labelled,
        passed: false,
        verdict: 'unmet',
        message: `The simulator could not check this goal (${error instanceof Error ? error.message : String(error)}).`,
      };
    }
  });
}

/** True when every goal passed (and there was at least one). */
export function allGoalsPassed(results: GoalResult[]): boolean {
  return results.length > 0 && results.every((r) => r.passed);
}
