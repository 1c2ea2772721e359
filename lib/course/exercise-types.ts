/**
 * Exercise data: what a learner must achieve, as typed goals graded by outcome through the simulator
 * (never by comparing text), so any Dockerfile that reaches the goals passes. Browser-safe: no Node
 * imports. Read from `content/exercises/NN-name/exercise.json` by `lib/course/exercises.ts`.
 */
import { z } from 'zod';
import { readableSize } from '../build/format';
import type { BuildContext } from '../build/types';

/** `linux/arm64`, `linux/arm/v7`: what `--platform` takes. */
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/** Reusable goal fields: an optional human label that replaces the generated one. */
const labelled = { label: z.string().trim().min(1).optional() };

/** The zod schema of one goal; {@link Goal} is its type. */
export const goalSchema = z.discriminatedUnion('kind', [
  /** The build has no errors and produces an image. */
  z.strictObject({ kind: z.literal('noErrors'), ...labelled }),
  /** The final image is at most `bytes` (decimal, as `docker images` shows it). */
  z.strictObject({ kind: z.literal('maxSize'), bytes: z.number().int().positive(), ...labelled }),
  /** The final image has no /bin/sh. */
  z.strictObject({ kind: z.literal('noShell'), ...labelled }),
  /** The final image has no package manager (apt, apk, dnf, …). */
  z.strictObject({ kind: z.literal('noPackageManager'), ...labelled }),
  /** The final image runs as a user other than root. */
  z.strictObject({ kind: z.literal('nonRoot'), ...labelled }),
  /**
   * The final image's user is a number other than 0 (`65532` or `65532:65532`), which Kubernetes'
   * `runAsNonRoot` can verify; a user name cannot be checked there and is refused.
   */
  z.strictObject({ kind: z.literal('numericUser'), ...labelled }),
  /**
   * The final image's `runtime` (e.g. `python`) has the same major.minor version as in every stage it
   * copies files from that has one: packages installed there were built for that interpreter.
   */
  z.strictObject({ kind: z.literal('sameRuntimeVersion'), runtime: z.string().min(1), ...labelled }),
  /**
   * Every `runtime` (e.g. `go`) in the final image and in the stages it copies from is at least
   * `version` (compared number by number), e.g. a toolchain release that still gets security fixes.
   */
  z.strictObject({
    kind: z.literal('minRuntimeVersion'),
    runtime: z.string().min(1),
    version: z.string().regex(/^\d+(?:\.\d+)*$/),
    ...labelled,
  }),
  /** The final image ships no build tools (compilers, Maven, npm, pip, …). */
  z.strictObject({ kind: z.literal('noBuildTools'), ...labelled }),
  /** `docker run` starts the program (it may exit later). */
  z.strictObject({ kind: z.literal('starts'), stdin: z.string().optional(), ...labelled }),
  /** `docker run` (with this stdin / these args) prints text containing `contains`. */
  z.strictObject({
    kind: z.literal('runOutput'),
    stdin: z.string().optional(),
    args: z.array(z.string()).optional(),
    contains: z.string().min(1),
    ...labelled,
  }),
  /**
   * A "break it" goal: `docker run` (with this stdin) does not get the program running — Docker cannot
   * start it, or it exits with a non-zero code — and what it prints contains `contains`.
   */
  z.strictObject({
    kind: z.literal('runFails'),
    stdin: z.string().optional(),
    contains: z.string().min(1),
    ...labelled,
  }),
  /** Building `--target target` skips the stage named `stage`. */
  z.strictObject({
    kind: z.literal('stageSkipped'),
    target: z.string().min(1),
    stage: z.string().min(1),
    ...labelled,
  }),
  /** The final stage's base image (followed through `FROM <stage>`) contains `matches`. */
  z.strictObject({ kind: z.literal('baseImage'), matches: z.string().min(1), ...labelled }),
  /** The Dockerfile has at least `count` stages. */
  z.strictObject({ kind: z.literal('minStages'), count: z.number().int().positive(), ...labelled }),
  /** The final image contains this path (a file, or a folder with something in it). */
  z.strictObject({ kind: z.literal('hasFile'), path: z.string().startsWith('/'), ...labelled }),
  /**
   * The final image's history holds no secret: no ARG, ENV or LABEL named like one (the
   * SecretsUsedInArgOrEnv patterns, plus `names`) and no value of a `--build-arg` in any CREATED BY.
   */
  z.strictObject({
    kind: z.literal('noSecretInHistory'),
    names: z.array(z.string().min(1)).optional(),
    ...labelled,
  }),
  /** Some RUN of the stages built uses a `--mount=type=…` (at `target`, when given). */
  z.strictObject({
    kind: z.literal('usesMount'),
    type: z.enum(['cache', 'secret', 'ssh', 'bind']),
    target: z.string().min(1).optional(),
    ...labelled,
  }),
  /** Every FROM image is pinned by digest (`@sha256:` and 64 hex digits). */
  z.strictObject({ kind: z.literal('pinnedDigest'), ...labelled }),
  /** The build succeeds for each platform, and no RUN step is emulated. */
  z.strictObject({
    kind: z.literal('multiPlatform'),
    platforms: z.array(z.string().regex(PLATFORM)).min(1),
    ...labelled,
  }),
]);

/** One goal of an exercise. */
export type Goal = z.infer<typeof goalSchema>;

/**
 * What a challenge asks of the learner: `build` (make the goals pass), `break` (make `docker run` fail
 * with a named error), `leak` (fix a secret that shows in `docker history`), all three graded by goals;
 * `predict` (say which stages a `--target` builds and roughly how big the image is, then check) and
 * `find` (pick the instruction that adds the most bytes), both graded from the simulation of the
 * starting Dockerfile, so they have no goals and no solution Dockerfile.
 */
export const CHALLENGE_KINDS = ['build', 'break', 'predict', 'find', 'leak'] as const;

/** One of {@link CHALLENGE_KINDS}. */
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** Kinds answered by the learner and graded from the model, not by goals over an edited Dockerfile. */
export const ANSWER_KINDS: readonly ChallengeKind[] = ['predict', 'find'];

/** True when `kind` is answered (predict, find) rather than built. */
export function isAnswerKind(kind: ChallengeKind): boolean {
  return ANSWER_KINDS.includes(kind);
}

/** The schema of `exercise.json`. */
export const exerciseJsonSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    /** The lesson's URL slug (without the number), e.g. `multi-stage-builds`. */
    lesson: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Which example's build context the exercise builds, e.g. `go-calculator`. */
    example: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** What the challenge asks for (default `build`). */
    kind: z.enum(CHALLENGE_KINDS).optional(),
    /** How hard, from 1 (a first step) to 4 (a stretch). */
    level: z.number().int().min(1).max(4).optional(),
    /** Markdown-lite: paragraphs, `code`, **bold**, and lines starting with "- ". */
    instructions: z.string().trim().min(1),
    /** `--target` for the image the goals check, or null/absent for the last stage. */
    target: z.string().min(1).nullable().optional(),
    /**
     * For `predict` and `find`: the example's Dockerfile the challenge asks about (e.g.
     * `Dockerfile.multi-stage`), instead of a copy in `start/Dockerfile`.
     */
    file: z.string().min(1).optional(),
    /** `--build-arg` values the build is run with. */
    buildArgs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string()).optional(),
    /** Ids of the secrets passed with `--secret id=…` (their values never matter to the model). */
    secrets: z.array(z.string().regex(/^[A-Za-z0-9_.-]+$/)).optional(),
    /** `--platform`: the platforms built; the lab shows the first, grading builds each. */
    platforms: z.array(z.string().regex(PLATFORM)).min(1).optional(),
    /** Required for the goal-graded kinds; absent for `predict` and `find` (graded from the model). */
    goals: z.array(goalSchema).min(1).optional(),
    /** Progressive hints, from a nudge to nearly the answer. */
    hints: z.array(z.string().trim().min(1)).min(3),
  })
  .superRefine((json, ctx) => {
    const kind = json.kind ?? 'build';
    if (isAnswerKind(kind) && json.goals) {
      ctx.addIssue({
        code: 'custom',
        path: ['goals'],
        message: `a "${kind}" challenge is graded from the simulation and has no goals`,
      });
    }
    if (!isAnswerKind(kind) && json.file) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message: `a "${kind}" challenge starts from start/Dockerfile`,
      });
    }
    if (!isAnswerKind(kind) && !json.goals) {
      ctx.addIssue({ code: 'custom', path: ['goals'], message: `a "${kind}" challenge needs goals` });
    }
  });

/** `exercise.json` as validated. */
export type ExerciseJson = z.infer<typeof exerciseJsonSchema>;

/** A goal with the label the UI shows. */
export type LabelledGoal = Goal & { label: string };

/** Everything the exercise UI needs, loaded at build time by `loadExercise`. */
export interface Exercise {
  /** Folder name, e.g. `02-shrink-the-calculator`. */
  id: string;
  title: string;
  /** Lesson URL slug, e.g. `multi-stage-builds`. */
  lesson: string;
  /** What the challenge asks for (`build` when the JSON does not say). */
  kind: ChallengeKind;
  /** How hard, 1–4 (1 when the JSON does not say). */
  level: number;
  instructions: string;
  /** The example whose build context is used. */
  example: string;
  /** `--target` the goals are checked against, or null for the last stage. */
  target: string | null;
  /** Build options the exercise is built with (absent: none). */
  buildArgs?: Record<string, string>;
  secrets?: string[];
  platforms?: string[];
  /** The goals (empty for predict and find). */
  goals: LabelledGoal[];
  hints: string[];
  /** The starting Dockerfile (what the editor opens with). */
  start: string;
  /** A Dockerfile that meets every goal, revealed on request (the starting one for predict and find). */
  solution: string;
  /** The build context (the example's files). */
  context: BuildContext;
}

/** The outcome of one goal for one Dockerfile. */
export interface GoalResult {
  goal: LabelledGoal;
  /** True only when the goal is met (false when it is not, or when it cannot be told). */
  passed: boolean;
  /**
   * `unknown`: the simulator cannot tell (e.g. the final image comes from an image it does not know);
   * the message then says why and what to change so it can tell.
   */
  verdict: 'met' | 'unmet' | 'unknown';
  /** What was measured, e.g. "The final image is ≈ 1.83MB; the limit is 25MB." */
  message: string;
}

/** A short human label for a goal (its own `label` when it has one). */
export function goalLabel(goal: Goal): string {
  if (goal.label) return goal.label;
  switch (goal.kind) {
    case 'noErrors':
      return 'The build succeeds without errors';
    case 'maxSize':
      return `The final image is at most ${readableSize(goal.bytes)}`;
    case 'noShell':
      return 'The final image has no shell';
    case 'noPackageManager':
      return 'The final image has no package manager';
    case 'nonRoot':
      return 'The container runs as a non-root user';
    case 'numericUser':
      return 'The user is a number, so Kubernetes runAsNonRoot can verify it';
    case 'noBuildTools':
      return 'No build tools ship in the final image';
    case 'sameRuntimeVersion':
      return `The build stage's ${goal.runtime} version matches the final image's`;
    case 'minRuntimeVersion':
      return `The ${goal.runtime} that builds or runs it is ${goal.version} or newer`;
    case 'starts':
      return '`docker run` starts the program';
    case 'runOutput':
      return `\`docker run\` prints "${goal.contains}"`;
    case 'runFails':
      return `\`docker run\` fails with an error mentioning "${goal.contains}"`;
    case 'stageSkipped':
      return `Building --target ${goal.target} skips the ${goal.stage} stage`;
    case 'baseImage':
      return `The final stage is based on ${goal.matches}…`;
    case 'minStages':
      return `The Dockerfile has at least ${goal.count} stages`;
    case 'hasFile':
      return `The final image contains ${goal.path}`;
    case 'noSecretInHistory':
      return '`docker history` shows no secret';
    case 'usesMount':
      return `A RUN uses a ${goal.type} mount${goal.target ? ` at ${goal.target}` : ''}`;
    case 'pinnedDigest':
      return 'Every base image is pinned by digest';
    case 'multiPlatform':
      return `It builds for ${goal.platforms.join(' and ')} without emulation`;
  }
}
