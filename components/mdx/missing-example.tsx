/** The box a lesson tag shows when its example file is not there, instead of failing the page. */
export function MissingExample({ example, file }: { example: string; file: string }) {
  return (
    <div
      role="note"
      className="not-prose my-6 rounded-lg border border-dashed border-zinc-400 px-4 py-3 text-sm text-zinc-700 dark:border-zinc-600 dark:text-zinc-300"
    >
      Example not found: <code className="font-mono">{`${example}/${file}`}</code>
    </div>
  );
}
