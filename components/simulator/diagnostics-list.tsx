'use client';
import { useState } from 'react';
import type { Diagnostic, Severity, SourceRange } from '@/lib/diagnostics';

/** Props of {@link DiagnosticsList}. */
export interface DiagnosticsListProps {
  diagnostics: Diagnostic[];
  onRevealRange(range: SourceRange): void;
}

const SEVERITY: Record<Severity, { icon: string; word: string; className: string }> = {
  error: { icon: '✖', word: 'Error', className: 'text-red-700 dark:text-red-400' },
  warning: { icon: '▲', word: 'Warning', className: 'text-amber-800 dark:text-amber-300' },
  info: { icon: 'ℹ', word: 'Note', className: 'text-sky-800 dark:text-sky-300' },
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How many problems show before a "show all" button (errors always show). */
const FIRST = 3;

/** Diagnostics sorted for reading: errors first, then by line. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.range.start.line - b.range.start.line,
  );
}

/**
 * The Dockerfile's problems: severity (icon and word), Docker's message, the rule id, the line (a
 * button that reveals it in the editor), the hint in plain words, and links to Docker's documentation
 * and to the lesson that teaches it.
 */
export function DiagnosticsList({ diagnostics, onRevealRange }: DiagnosticsListProps) {
  const [all, setAll] = useState(false);
  if (diagnostics.length === 0) return null;
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const shown = all ? sorted : sorted.slice(0, Math.max(FIRST, errors));
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, diagnostics.filter((d) => d.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${SEVERITY[s].word.toLowerCase()}${n === 1 ? '' : 's'}`);
  return (
    <div role="group" aria-label="Problems in the Dockerfile" className="text-sm">
      {/* The list's caption, not a heading: the panel sits under headings of any level (a lesson's h2, the
          playground's h1), and a fixed h3 would skip a level under some of them. */}
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        Problems: {counts.join(', ')}
      </p>
      <ul className="flex flex-col gap-2">
        {shown.map((d, i) => {
          const sev = SEVERITY[d.severity];
          return (
            <li
              key={`${d.ruleId}-${d.range.start.line}-${d.range.start.column}-${i}`}
              className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700"
              data-severity={d.severity}
            >
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className={`font-semibold ${sev.className}`}>
                  <span aria-hidden="true">{sev.icon} </span>
                  {sev.word}
                </span>
                <button
                  type="button"
                  onClick={() => onRevealRange(d.range)}
                  className="rounded px-1 text-accent-700 underline underline-offset-2 dark:text-accent-300"
                >
                  line {d.range.start.line}
                </button>
                <code className="text-xs text-zinc-600 dark:text-zinc-400">{d.ruleId}</code>
              </div>
              <p className="mt-1 font-mono text-xs break-words text-zinc-900 dark:text-zinc-100">
                {d.message}
              </p>
              {d.hint && <p className="mt-1 text-zinc-800 dark:text-zinc-200">{d.hint}</p>}
              {(d.docsUrl || d.lessonPath) && (
                <p className="mt-1 flex flex-wrap gap-x-4 text-xs">
                  {d.lessonPath && (
                    <a
                      href={d.lessonPath}
                      className="inline-block py-1 text-accent-700 underline underline-offset-2 dark:text-accent-300"
                    >
                      Lesson: why this matters
                    </a>
                  )}
                  {d.docsUrl && (
                    <a
                      href={d.docsUrl}
                      className="inline-block py-1 text-accent-700 underline underline-offset-2 dark:text-accent-300"
                      rel="noopener noreferrer"
                    >
                      {docsLinkLabel(d.docsUrl, d.ruleId)}
                    </a>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < sorted.length && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="mt-2 rounded border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-800 dark:border-zinc-600 dark:text-zinc-200"
        >
          Show {sorted.length - shown.length} more
        </button>
      )}
    </div>
  );
}

/** Names the page a rule's documentation link opens: Docker's check page, hadolint's wiki, or a Docker guide. */
function docsLinkLabel(url: string, ruleId: string): string {
  if (url.includes('github.com/hadolint')) return `hadolint's page for ${ruleId}`;
  if (url.includes('/build-checks/')) return `Docker's page for ${ruleId}`;
  return 'Docker documentation on this';
}
