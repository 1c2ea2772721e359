/**
 * The terminal's frame: title, caption and the keyboard hint. The placeholder shown before the
 * terminal's code arrives uses it too, so nothing moves when the terminal appears.
 */
import type { ReactNode } from 'react';

/** Props of {@link TerminalFrame}. */
export interface TerminalFrameProps {
  id: string;
  caption: string;
  children: ReactNode;
  /** True while the terminal's code is still loading. */
  busy?: boolean;
}

/** Section with the terminal's heading, its content and the keys it understands. */
export function TerminalFrame({ id, caption, children, busy = false }: TerminalFrameProps) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      aria-busy={busy || undefined}
      data-testid="terminal"
      className="not-prose my-8 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-950"
    >
      <header className="border-b border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900">
        <h2
          id={`${id}-title`}
          className="m-0 font-mono text-sm font-semibold text-zinc-800 dark:text-zinc-100"
        >
          Terminal
        </h2>
        <p className="m-0 mt-1 text-sm text-zinc-700 dark:text-zinc-300">{caption}</p>
      </header>
      {children}
      <p
        id={`${id}-keys`}
        className="m-0 border-t border-zinc-200 px-3 py-1.5 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
      >
        Keys: <kbd>Enter</kbd> runs · <kbd>↑</kbd>/<kbd>↓</kbd> history · <kbd>Ctrl</kbd>+<kbd>R</kbd>{' '}
        searches it · <kbd>Tab</kbd> completes (on an empty line it moves on) · <kbd>Ctrl</kbd>+<kbd>C</kbd>{' '}
        interrupts · <kbd>Ctrl</kbd>+<kbd>D</kbd> ends the input · <kbd>Ctrl</kbd>+<kbd>A</kbd>/<kbd>E</kbd>/
        <kbd>U</kbd>/<kbd>K</kbd>/<kbd>W</kbd> edit the line · <kbd>Ctrl</kbd>+<kbd>L</kbd> clears. Everything
        here is simulated (no Docker runs); lines starting with # are the simulator’s own notes.
      </p>
    </section>
  );
}
