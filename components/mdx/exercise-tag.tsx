/** Props of `<Exercise>`: the exercise's id under `content/exercises/`. */
export interface ExerciseProps {
  id: string;
}

/** A graded exercise. This version only marks where it goes; the exercise component replaces this body. */
export function Exercise({ id }: ExerciseProps) {
  return (
    <div
      role="note"
      className="not-prose my-6 rounded-lg border border-zinc-300 px-4 py-3 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
    >
      Exercise <code className="font-mono">{id}</code>
    </div>
  );
}
