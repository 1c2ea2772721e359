/** Props of `<Quiz>`: the quiz's id under `content/quizzes/`. */
export interface QuizProps {
  id: string;
}

/** A lesson's end-of-lesson check. This version only marks where it goes; the quiz replaces this body. */
export function Quiz({ id }: QuizProps) {
  return (
    <div
      role="note"
      className="not-prose my-6 rounded-lg border border-zinc-300 px-4 py-3 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
    >
      Check your understanding: quiz <code className="font-mono">{id}</code>
    </div>
  );
}
