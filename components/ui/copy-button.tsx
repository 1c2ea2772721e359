'use client';

import { useRef, useState } from 'react';

/**
 * Copies the text of the nearest code block (the `pre` inside the closest `[data-code-block]`) to the
 * clipboard, and says so for screen readers.
 */
export function CopyButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    const text = ref.current?.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2000);
  };

  return (
    <button
      ref={ref}
      type="button"
      onClick={copy}
      className="rounded px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-700"
    >
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </span>
      <span className="sr-only"> code</span>
    </button>
  );
}
