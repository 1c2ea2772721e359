'use client';

import type { ClientQuestion } from '@/lib/quiz/prepare';
import { selectableLines } from '@/lib/quiz/selectable-lines';
import { Markdown } from '@/components/ui/markdown';

/** Props of a spot-the-problem Dockerfile. */
export interface LinePickerProps {
  name: string;
  question: Extract<ClientQuestion, { kind: 'spot-line' }>;
  value: number | undefined;
  onChange(line: number): void;
  revealed: boolean;
}

/**
 * The Dockerfile as a list of lines; every instruction line is a radio button, so the learner picks one
 * with the arrow keys or a click. Once revealed, the chosen and the right line show their explanations.
 */
export function LinePicker({ name, question, value, onChange, revealed }: LinePickerProps) {
  const selectable = new Set(selectableLines(question.dockerfile));
  const explanations = new Map(question.lines.map((l) => [l.line, l.text]));
  const lines = question.dockerfile.split('\n');
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-zinc-300 bg-zinc-50 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900">
      {lines.map((text, i) => {
        const line = i + 1;
        const id = `${name}-line-${line}`;
        if (!selectable.has(line)) {
          return (
            <div key={line} className="flex gap-3 px-3 py-0.5 text-zinc-600 dark:text-zinc-400">
              <span className="w-6 shrink-0 text-right select-none">{line}</span>
              <span className="whitespace-pre">{text || ' '}</span>
            </div>
          );
        }
        const chosen = value === line;
        const isAnswer = question.answerLine === line;
        const tone = !revealed
          ? chosen
            ? 'bg-accent-100 dark:bg-accent-900/50'
            : ''
          : isAnswer
            ? 'bg-emerald-100 dark:bg-emerald-950/60'
            : chosen
              ? 'bg-rose-100 dark:bg-rose-950/60'
              : '';
        const showWhy = revealed && (chosen || isAnswer);
        return (
          <div key={line} className={`px-3 py-0.5 ${tone}`}>
            <div className="flex items-start gap-3">
              <input
                id={id}
                type="radio"
                name={name}
                value={line}
                checked={chosen}
                disabled={revealed}
                onChange={() => onChange(line)}
                className="mt-1 h-3.5 w-3.5 shrink-0 accent-accent-700"
                aria-describedby={showWhy ? `${id}-why` : undefined}
              />
              <label htmlFor={id} className="flex min-w-0 flex-1 cursor-pointer gap-3">
                <span className="w-6 shrink-0 text-right text-zinc-600 select-none dark:text-zinc-400">
                  <span className="sr-only">Line </span>
                  {line}
                </span>
                <span className="whitespace-pre">{text}</span>
              </label>
            </div>
            {showWhy && (
              <p
                id={`${id}-why`}
                className="mt-1 mb-1 ml-9 font-sans text-sm whitespace-normal text-zinc-800 dark:text-zinc-200"
              >
                <strong className="font-semibold">
                  {isAnswer
                    ? chosen
                      ? 'The problem, your choice. '
                      : 'The problem. '
                    : 'Your choice, not the problem. '}
                </strong>
                {explanations.has(line) && <Markdown html={explanations.get(line)!} />}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
