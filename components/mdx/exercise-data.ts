/**
 * Build-time props of the exercise and challenge islands (server only): an exercise as its lab or its
 * answer UI needs it. Answered challenges get the choices the simulation of their Dockerfile offers (stage
 * names, layers) but not the answers: the learner's check simulates again in the browser.
 */
import type { ChallengeItem } from '@/components/challenges/types';
import type { ExerciseLabProps } from '@/components/lab/exercise-lab';
import { exampleData } from '@/components/lab/example-data';
import { defaultStdin } from '@/components/lab/run-defaults';
import { layerChoices, stageChoices } from '@/lib/course/challenges';
import { loadExercise, type Exercise } from '@/lib/course/exercises';
import { simulateDockerfile } from '@/lib/analyze';

function startResult(exercise: Exercise) {
  return simulateDockerfile(exercise.start, { context: exercise.context, target: exercise.target });
}

/** The props of an exercise's lab, with the starting image's size for the scoreboard. */
export function exerciseLabProps(exercise: Exercise): ExerciseLabProps {
  return {
    id: exercise.id,
    title: exercise.title,
    instructions: exercise.instructions,
    exampleId: exercise.example,
    target: exercise.target,
    ...(exercise.buildArgs ? { buildArgs: exercise.buildArgs } : {}),
    ...(exercise.secrets ? { secrets: exercise.secrets } : {}),
    ...(exercise.platforms ? { platforms: exercise.platforms } : {}),
    goals: exercise.goals,
    hints: exercise.hints,
    start: exercise.start,
    solution: exercise.solution,
    // The example's own context object, the one its labs get: the page data then holds it once.
    context: exampleData(exercise.example).context,
    stdin: defaultStdin(exercise.example),
    startSizeBytes: startResult(exercise).image?.sizeBytes ?? null,
  };
}

/** One challenge of a ladder, loaded by id. Throws (failing the build) for an unknown exercise. */
export function challengeItem(id: string): ChallengeItem {
  const exercise = loadExercise(id);
  const head = { id, title: exercise.title, kind: exercise.kind, level: exercise.level };
  if (exercise.kind !== 'predict' && exercise.kind !== 'find') {
    return { ...head, body: 'lab', lab: { ...exerciseLabProps(exercise), titled: false } };
  }
  const answered = {
    id,
    instructions: exercise.instructions,
    hints: exercise.hints,
    exampleId: exercise.example,
    context: exampleData(exercise.example).context,
    target: exercise.target,
    dockerfile: exercise.start,
  };
  const result = startResult(exercise);
  return exercise.kind === 'predict'
    ? { ...head, body: 'predict', predict: { ...answered, stages: stageChoices(result) } }
    : { ...head, body: 'find', find: { ...answered, layers: layerChoices(result) } };
}
