'use client';

import { useRef, useState } from 'react';
import type { ClientStep } from '@/lib/quiz/prepare';
import { Markdown } from '@/components/ui/markdown';

/** Props of an ordering question's list. */
export interface OrderInputProps {
  name: string;
  /** Steps in the correct order (as in the data). */
  steps: ClientStep[];
  /** The current order of step ids. */
  value: string[];
  onChange(order: string[]): void;
  revealed: boolean;
}

/** A list the learner reorders with "up" and "down" buttons (keyboard and screen-reader friendly). */
export function OrderInput({ name, steps, value, onChange, revealed }: OrderInputProps) {
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const byId = new Map(steps.map((s) => [s.id, s]));
  const correctIndex = new Map(steps.map((s, i) => [s.id, i]));

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= value.length) return;
    const next = [...value];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    const step = byId.get(next[target]);
    setAnnouncement(`${step?.text ?? ''}: moved to position ${target + 1} of ${next.length}.`);
    const key = `${next[target]}:${delta}`;
    requestAnimationFrame(() => {
      const button = buttons.current.get(key);
      if (button && !button.disabled) button.focus();
      else buttons.current.get(`${next[target]}:${-delta}`)?.focus();
    });
  };

  return (
    <>
      <ol className="mt-3 space-y-2">
        {value.map((id, index) => {
          const step = byId.get(id);
          if (!step) return null;
          const right = correctIndex.get(id) === index;
          const tone = !revealed
            ? 'border-zinc-300 dark:border-zinc-700'
            : right
              ? 'border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40'
              : 'border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40';
          return (
            <li key={id} className={`flex items-start gap-3 rounded-lg border px-3 py-2 ${tone}`}>
              <span
                className="mt-0.5 w-6 shrink-0 text-right font-mono text-sm text-zinc-600 dark:text-zinc-400"
                aria-hidden="true"
              >
                {index + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <Markdown html={step.text} />
                {revealed && (
                  <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                    <strong className="font-semibold">
                      {right
                        ? 'In the right place. '
                        : `Belongs at position ${(correctIndex.get(id) ?? 0) + 1}. `}
                    </strong>
                    <Markdown html={step.explanation} />
                  </p>
                )}
              </div>
              {!revealed && (
                <div className="flex shrink-0 gap-1">
                  {([-1, 1] as const).map((delta) => (
                    <button
                      key={delta}
                      type="button"
                      ref={(el) => {
                        buttons.current.set(`${id}:${delta}`, el);
                      }}
                      disabled={delta === -1 ? index === 0 : index === value.length - 1}
                      onClick={() => move(index, delta)}
                      aria-label={`Move "${step.text}" ${delta === -1 ? 'up' : 'down'}`}
                      className="rounded-md border border-zinc-300 px-2 py-1 text-sm hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-600 dark:hover:bg-zinc-800"
                    >
                      <span aria-hidden="true">{delta === -1 ? '↑' : '↓'}</span>
                    </button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="polite" id={`${name}-order-status`}>
        {announcement}
      </p>
    </>
  );
}
