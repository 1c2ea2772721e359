import type { ReactNode } from 'react';
import { listSources } from '@/lib/catalog/sources';

/** Props of `<SourceNote>`. */
export interface SourceNoteProps {
  /** The summary line; "Where this number comes from" when absent. */
  title?: string;
  /**
   * Anchors of entries on the Sources page (`/sources/#<id>`) the note's facts come from, linked by their
   * titles. An id the page does not have fails the build, naming it.
   */
  ids?: string[];
  children?: ReactNode;
}

let titles: Map<string, string> | null = null;

/** The Sources page's entry titles by anchor, read once per build. */
function sourceTitle(id: string): string {
  titles ??= new Map(listSources().map((entry) => [entry.id, entry.title]));
  const title = titles.get(id);
  if (title === undefined) throw new Error(`<SourceNote>: the Sources page has no entry "${id}"`);
  return title;
}

/**
 * A collapsed note for where a figure comes from — sources, dates, how it was measured — so the lesson
 * reads without them and a learner who wants them opens the note (react.dev's "Deep Dive" pattern).
 * A native `<details>`: keyboard and screen-reader friendly, no script; printed open (print.css). Ends
 * with links to the Sources page's entries it names and to the whole list.
 *
 * ```mdx
 * <SourceNote ids={["repo-info"]}>
 *   docker-library/repo-info, `repos/ubuntu/local/22.04.md`, August 2026: 77.9 MB.
 * </SourceNote>
 * ```
 */
export function SourceNote({ title, ids = [], children }: SourceNoteProps) {
  const entries = ids.map((id) => ({ id, title: sourceTitle(id) }));
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
          {entries.length > 0 && (
            <>
              On the Sources page:{' '}
              {entries.map((entry, i) => (
                <span key={entry.id}>
                  {i > 0 && '; '}
                  <a href={`/sources/#${entry.id}`} className="underline underline-offset-2">
                    {entry.title}
                  </a>
                </span>
              ))}
              .{' '}
            </>
          )}
          <a href="/sources/" className="underline underline-offset-2">
            All of the course&apos;s sources
          </a>
        </p>
      </div>
    </details>
  );
}
