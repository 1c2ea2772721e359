/**
 * The course's exercises (`content/exercises/NN-name/`), read at build time (Node only). Each folder
 * holds `exercise.json` (title, lesson, example, kind, level, instructions, target, goals, hints),
 * `start/Dockerfile` and `solution/Dockerfile` (no solution for `predict` and `find`, which are graded
 * from the simulation of the starting Dockerfile). A malformed exercise fails the build with an {@link ExerciseContentError}
 * naming the file. Grading lives in the browser-safe `./grade`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContentJson } from './content-json';
import { DEFAULT_EXAMPLES_DIR, loadExample } from './examples';
import {
  exerciseJsonSchema,
  goalLabel,
  isAnswerKind,
  type ChallengeKind,
  type Exercise,
  type ExerciseJson,
} from './exercise-types';

export type { ChallengeKind, Exercise, GoalResult, Goal, LabelledGoal } from './exercise-types';

/** Default location of the exercises, relative to the repository root. */
export const DEFAULT_EXERCISES_DIR = path.join(process.cwd(), 'content', 'exercises');

/** An exercise as listed (no Dockerfile texts or context). */
export interface ExerciseInfo {
  id: string;
  title: string;
  lesson: string;
  example: string;
  kind: ChallengeKind;
  level: number;
}

/** A problem in an exercise's files; `file` is the absolute path of the offending file. */
export class ExerciseContentError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ExerciseContentError';
    this.file = file;
  }
}

const ID_PATTERN = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readJson(dir: string): ExerciseJson {
  const file = path.join(dir, 'exercise.json');
  return readContentJson(file, exerciseJsonSchema, (message) => new ExerciseContentError(file, message));
}

function readDockerfile(dir: string, part: 'start' | 'solution'): string {
  const file = path.join(dir, part, 'Dockerfile');
  if (!fs.existsSync(file)) throw new ExerciseContentError(file, `${part}/Dockerfile is missing`);
  const text = fs.readFileSync(file, 'utf8');
  if (text.trim() === '') throw new ExerciseContentError(file, `${part}/Dockerfile is empty`);
  return text;
}

function exerciseIds(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && ID_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Every exercise under `dir` (default `content/exercises`), in course order (by folder number). */
export function listExercises(dir: string = DEFAULT_EXERCISES_DIR): ExerciseInfo[] {
  return exerciseIds(dir).map((id) => {
    const json = readJson(path.join(dir, id));
    return {
      id,
      title: json.title,
      lesson: json.lesson,
      example: json.example,
      kind: json.kind ?? 'build',
      level: json.level ?? 1,
    };
  });
}

/**
 * Loads one exercise with everything its UI needs: instructions, labelled goals, hints, the start and
 * solution Dockerfiles and the example's build context. Throws an {@link ExerciseContentError} naming
 * the file when the exercise is missing or invalid (or names an example that does not exist).
 */
export function loadExercise(
  id: string,
  dir: string = DEFAULT_EXERCISES_DIR,
  examplesDir: string = DEFAULT_EXAMPLES_DIR,
): Exercise {
  const exerciseDir = path.join(dir, id);
  if (!ID_PATTERN.test(id) || !fs.existsSync(exerciseDir)) {
    throw new ExerciseContentError(exerciseDir, `no exercise called "${id}"`);
  }
  const json = readJson(exerciseDir);
  let context;
  try {
    context = loadExample(json.example, examplesDir).context;
  } catch (error) {
    throw new ExerciseContentError(
      path.join(exerciseDir, 'exercise.json'),
      `example "${json.example}" cannot be loaded (${(error as Error).message})`,
    );
  }
  const kind = json.kind ?? 'build';
  let start: string;
  if (json.file) {
    const file = json.file;
    const listed = loadExample(json.example, examplesDir).dockerfiles.find((d) => d.name === file);
    if (!listed) {
      throw new ExerciseContentError(
        path.join(exerciseDir, 'exercise.json'),
        `example "${json.example}" has no Dockerfile called "${file}"`,
      );
    }
    if (fs.existsSync(path.join(exerciseDir, 'start'))) {
      throw new ExerciseContentError(
        path.join(exerciseDir, 'start'),
        `the challenge names the example's ${file}; a start folder would be a second copy`,
      );
    }
    start = listed.text;
  } else {
    start = readDockerfile(exerciseDir, 'start');
  }
  if (isAnswerKind(kind) && fs.existsSync(path.join(exerciseDir, 'solution'))) {
    throw new ExerciseContentError(
      path.join(exerciseDir, 'solution'),
      `a "${kind}" challenge is graded from the simulation and has no solution folder`,
    );
  }
  return {
    id,
    title: json.title,
    lesson: json.lesson,
    kind,
    level: json.level ?? 1,
    instructions: json.instructions,
    example: json.example,
    target: json.target ?? null,
    ...(json.buildArgs ? { buildArgs: json.buildArgs } : {}),
    ...(json.secrets ? { secrets: json.secrets } : {}),
    ...(json.platforms ? { platforms: json.platforms } : {}),
    goals: (json.goals ?? []).map((goal) => ({ ...goal, label: goalLabel(goal) })),
    hints: json.hints,
    start,
    solution: isAnswerKind(kind) ? start : readDockerfile(exerciseDir, 'solution'),
    context,
  };
}
