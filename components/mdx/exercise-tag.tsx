import { Island } from '@/components/mdx/island';
import { loadExercise } from '@/lib/course/exercises';
import { exerciseLabProps } from './exercise-data';

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
  return <Island name="exercise-lab" props={exerciseLabProps(loadExercise(id))} />;
}
