import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

/** Human names for the languages code blocks declare. */
const LANGUAGE_LABELS: Record<string, string> = {
  dockerfile: 'Dockerfile',
  go: 'Go',
  java: 'Java',
  python: 'Python',
  shellscript: 'Shell',
  yaml: 'YAML',
  json: 'JSON',
  xml: 'XML',
  ini: 'INI',
  text: 'Text',
};

/**
 * The frame around a highlighted code block: a caption bar with the title or language and a copy button.
 * `children` is the `pre` element.
 */
export function CodeFrame({
  language,
  title,
  children,
}: {
  language: string | null;
  title?: string | null;
  children: ReactNode;
}) {
  const label = title ?? (language ? (LANGUAGE_LABELS[language] ?? language) : 'Code');
  return (
    <figure
      data-code-block=""
      className="not-prose my-6 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-700 dark:bg-[#0d1117]"
    >
      <figcaption className="flex items-center justify-between border-b border-zinc-200 bg-zinc-50 px-3 py-1 text-xs text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
        <span className="min-w-0 font-mono [overflow-wrap:anywhere]">{label}</span>
        <CopyButton />
      </figcaption>
      {children}
    </figure>
  );
}
