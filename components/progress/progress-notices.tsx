'use client';

import { useProgress } from './use-progress';

/**
 * Messages about the learner's saved progress (set aside, storage full or unavailable, newer version),
 * each dismissible. `compact` shows a single line per notice with a link to the progress page.
 */
export function ProgressNotices({ compact = false }: { compact?: boolean }) {
  const { notices, store } = useProgress();
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-live="polite" className="not-prose my-4 space-y-2">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className="flex items-start gap-3 rounded-lg border border-amber-400 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
          data-notice={notice.kind}
        >
          <p className="flex-1">
            {notice.message}
            {!compact && notice.asideKey && (
              <>
                {' '}
                The original is kept in this browser&apos;s storage under{' '}
                <code className="font-mono">{notice.asideKey}</code>.
              </>
            )}
            {compact && (
              <>
                {' '}
                <a href="/progress/" className="font-medium underline underline-offset-2">
                  Manage progress
                </a>
              </>
            )}
          </p>
          <button
            type="button"
            onClick={() => store?.dismissNotice(notice.id)}
            className="rounded px-2 font-medium underline underline-offset-2"
          >
            Dismiss<span className="sr-only"> this notice</span>
          </button>
        </div>
      ))}
    </div>
  );
}
