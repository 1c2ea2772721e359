import { Island } from '@/components/mdx/island';
import { exampleData } from '@/components/lab/example-data';
import { defaultStdin } from '@/components/lab/run-defaults';
import { loadExercise } from '@/lib/course/exercises';

/** Props of `<Exercise>`. */
export interface ExerciseProps {
  /** The exercise's folder under `content/exercises/`, e.g. `02-shrink-the-calculator`. */
  id: string;
}

/**
 * A graded exercise: its instructions, a lab opened on the starting Dockerfile, the goals checked
 * live by building and running the learner's text in the simulator, hints one at a time and the
 * solution on request. Loaded at build time; an unknown or invalid exercise fails the build.
 *
 * ```mdx
 * <Exercise id="02-shrink-the-calculator" />
 * ```
 */
export function Exercise({ id }: ExerciseProps) {
  const exercise = loadExercise(id);
  return (
    <Island
      name="exercise-lab"
      props={{
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
      }}
    />
  );
}
