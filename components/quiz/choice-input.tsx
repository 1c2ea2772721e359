'use client';

import type { ClientOption } from '@/lib/quiz/prepare';
import { Markdown } from '@/components/ui/markdown';

/** Props of the option list of single choice, multiple choice and predict-the-outcome questions. */
export interface ChoiceInputProps {
  name: string;
  options: ClientOption[];
  multiple: boolean;
  /** The chosen option id (single) or ids (multiple). */
  value: string | string[] | undefined;
  onChange(value: string | string[]): void;
  revealed: boolean;
}

/** Radio buttons (one answer) or checkboxes (several), with each option's explanation once revealed. */
export function ChoiceInput({ name, options, multiple, value, onChange, revealed }: ChoiceInputProps) {
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const toggle = (id: string) => {
    if (!multiple) return onChange(id);
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(options.map((o) => o.id).filter((o) => next.has(o)));
  };
  return (
    <ul className="mt-3 space-y-2">
      {options.map((option) => {
        const id = `${name}-${option.id}`;
        const isChosen = chosen.has(option.id);
        const tone = !revealed
          ? 'border-zinc-300 dark:border-zinc-700'
          : option.correct
            ? 'border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40'
            : isChosen
              ? 'border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40'
              : 'border-zinc-300 dark:border-zinc-700';
        return (
          <li key={option.id} className={`rounded-lg border px-3 py-2 ${tone}`}>
            <div className="flex items-start gap-3">
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={isChosen}
                disabled={revealed}
                onChange={() => toggle(option.id)}
                className="mt-1 h-4 w-4 shrink-0 accent-accent-700"
                aria-describedby={revealed ? `${id}-why` : undefined}
              />
              <label htmlFor={id} className="min-w-0 flex-1 cursor-pointer">
                <Markdown html={option.text} />
              </label>
            </div>
            {revealed && (
              <p id={`${id}-why`} className="mt-1 ml-7 text-sm text-zinc-700 dark:text-zinc-300">
                <strong className="font-semibold">
                  {option.correct
                    ? isChosen
                      ? 'Correct, your choice. '
                      : 'Correct answer. '
                    : isChosen
                      ? 'Your choice, not correct. '
                      : ''}
                </strong>
                <Markdown html={option.explanation} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
