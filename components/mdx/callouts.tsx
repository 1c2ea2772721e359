import type { ReactNode } from 'react';

type CalloutKind = 'note' | 'warning' | 'interview';

const STYLES: Record<CalloutKind, { label: string; box: string; title: string; icon: string }> = {
  note: {
    label: 'Note',
    box: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40',
    title: 'text-sky-900 dark:text-sky-200',
    icon: 'M12 8h.01M11 12h1v4h1',
  },
  warning: {
    label: 'Warning',
    box: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
    title: 'text-amber-900 dark:text-amber-200',
    icon: 'M12 9v4M12 17h.01',
  },
  interview: {
    label: 'In the interview',
    box: 'border-accent-300 bg-accent-50 dark:border-accent-700 dark:bg-accent-900/30',
    title: 'text-accent-900 dark:text-accent-100',
    icon: 'M8 10h8M8 14h5',
  },
};

function Callout({ kind, title, children }: { kind: CalloutKind; title?: string; children: ReactNode }) {
  const style = STYLES[kind];
  return (
    // A note beside the text, not a landmark: a lesson has many callouts of one kind ("In the interview"),
    // and landmarks of one role must have names of their own.
    <div
      role="note"
      aria-label={title ?? style.label}
      className={`callout my-6 rounded-lg border-l-4 px-4 py-3 ${style.box} [&>*:first-child]:mt-0 [&>*:last-child]:mb-0`}
      data-callout={kind}
    >
      <p className={`not-prose mb-1 flex items-center gap-2 text-sm font-semibold ${style.title}`}>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="9" />
          <path d={style.icon} />
        </svg>
        {title ?? style.label}
      </p>
      <div className="[&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}

/** A side note that adds context without interrupting the lesson. `title` replaces the default "Note". */
export function Note({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="note" title={title}>
      {children}
    </Callout>
  );
}

/** A pitfall the learner should avoid. `title` replaces the default "Warning". */
export function Warning({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="warning" title={title}>
      {children}
    </Callout>
  );
}

/** How to use the lesson's point in a job interview. `title` replaces the default "In the interview". */
export function InterviewTip({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="interview" title={title}>
      {children}
    </Callout>
  );
}
