/**
 * Grades a learner's Dockerfile against an exercise's goals by outcome: the text is simulated (and
 * run) and each goal checks what came out, so any Dockerfile that reaches the goals passes.
 * Pure and browser-safe; never throws (a goal that cannot be checked fails with a message saying why).
 */
import { readableSize } from './size-text';
import type { StageGraph } from '../build/plan/types';
import { runImage } from '../build/run/index';
import { simulate } from '../build/simulate/index';
import type { BuildContext, RunOutcome, SimulatedImage, SimulationResult } from '../build/types';
import { goalLabel, type Goal, type GoalResult, type LabelledGoal } from './exercise-types';

/** What grading needs from an exercise: its goals and the target they are checked against. */
export interface Gradable {
  goals: Goal[];
  target?: string | null;
}

type Check = { passed: boolean; message: string };

/** Caches simulations per target and runs per input, so a goal list costs one build. */
class Session {
  private readonly builds = new Map<string, SimulationResult>();
  private readonly runs = new Map<string, RunOutcome>();

  constructor(
    private readonly text: string,
    private readonly context: BuildContext,
    readonly target: string | null,
  ) {}

  build(target: string | null = this.target): SimulationResult {
    const key = target ?? '';
    let result = this.builds.get(key);
    if (!result) {
      result = simulate(this.text, { context: this.context, target });
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
  return image.confidence === 'exact' ? readableSize(image.sizeBytes) : `≈${readableSize(image.sizeBytes)}`;
}

function quoteOutput(run: RunOutcome): string {
  const text = `${run.stdout}${run.stderr}`.trim().split('\n').slice(-2).join(' ⏎ ');
  return text
    ? `; it printed "${text.length > 160 ? `${text.slice(0, 157)}…` : text}"`
    : '; it printed nothing';
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
  const image = result.image;
  if (goal.kind === 'noErrors') {
    const error = firstError(result);
    if (error || !image) return noImage(result);
    return { passed: true, message: 'The build has no errors.' };
  }
  if (!image) return noImage(result);
  switch (goal.kind) {
    case 'maxSize':
      return {
        passed: image.sizeBytes <= goal.bytes,
        message: `The final image is ${approx(image)} (${image.confidence} confidence); the limit is ${readableSize(goal.bytes)}.`,
      };
    case 'noShell':
      return image.facts.shell === null
        ? { passed: true, message: 'The final image has no shell.' }
        : { passed: false, message: `The final image has a shell at ${image.facts.shell}.` };
    case 'noPackageManager':
      return image.facts.packageManager === 'none'
        ? { passed: true, message: 'The final image has no package manager.' }
        : { passed: false, message: `The final image still has ${image.facts.packageManager}.` };
    case 'nonRoot':
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
        message: numeric
          ? `The container runs as ${user}, which is root.`
          : `The user is "${user}", a name: Kubernetes runAsNonRoot cannot verify that it is not root, so it refuses to start the pod. Give the uid, e.g. USER 65532:65532.`,
      };
    }
    case 'noBuildTools':
      return image.facts.buildTools.length === 0
        ? { passed: true, message: 'No build tools in the final image.' }
        : { passed: false, message: `The final image ships ${image.facts.buildTools.join(', ')}.` };
    case 'hasFile': {
      const prefix = `${goal.path.replace(/\/+$/, '')}/`;
      const found = image.files.some((f) => f.path === goal.path || f.path.startsWith(prefix));
      return {
        passed: found,
        message: found ? `${goal.path} is in the final image.` : `${goal.path} is not in the final image.`,
      };
    }
    case 'starts': {
      const run = session.run(image, goal.stdin, undefined);
      return run.status === 'started'
        ? { passed: true, message: `The program starts (${(run.argv ?? []).join(' ')}).` }
        : { passed: false, message: `Docker cannot start it: ${run.stderr.trim() || run.explanation}` };
    }
    case 'runOutput': {
      const run = session.run(image, goal.stdin, goal.args);
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
): GoalResult[] {
  const session = new Session(dockerfileText, context, exercise.target ?? null);
  return exercise.goals.map((goal) => {
    const labelled: LabelledGoal = { ...goal, label: goalLabel(goal) };
    try {
      return { goal: labelled, ...checkGoal(goal, session) };
    } catch (error) {
      return {
        goal: labelled,
        passed: false,
        message: `The simulator could not check this goal (${error instanceof Error ? error.message : String(error)}).`,
      };
    }
  });
}

/** True when every goal passed (and there was at least one). */
export function allGoalsPassed(results: GoalResult[]): boolean {
  return results.length > 0 && results.every((r) => r.passed);
}
