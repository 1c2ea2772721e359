import type { ReactNode } from 'react';

/** Props of `<SourceNote>`. */
export interface SourceNoteProps {
  /** The summary line; "Where this number comes from" when absent. */
  title?: string;
  children: ReactNode;
}

/**
 * A collapsed note for where a figure comes from — sources, dates, how it was measured — so the lesson
 * reads without them and a learner who wants them opens the note (react.dev's "Deep Dive" pattern).
 * A native `<details>`: keyboard and screen-reader friendly, no script. Ends with a link to the site's
 * list of every source.
 *
 * ```mdx
 * <SourceNote>
 *   docker-library/repo-info, `repos/ubuntu/local/22.04.md`, August 2026: 77.9 MB.
 * </SourceNote>
 * ```
 */
export function SourceNote({ title, children }: SourceNoteProps) {
  return (
    <details
      className="source-note group my-4 rounded-md border border-zinc-200 px-4 py-2 text-sm dark:border-zinc-700"
      data-source-note=""
    >
      <summary className="cursor-pointer font-semibold text-zinc-800 dark:text-zinc-200">
        {title ?? 'Where this number comes from'}
      </summary>
      <div className="mt-2 text-zinc-700 dark:text-zinc-300 [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">
        {children}
        <p>
          <a href="/sources/" className="underline underline-offset-2">
            All of the course&apos;s sources
          </a>
        </p>
      </div>
    </details>
  );
}
