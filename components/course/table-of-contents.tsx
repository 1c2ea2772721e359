import type { TocHeading } from '@/lib/course/lessons-headings';

/** The lesson's on-page table of contents: links to its `##` and `###` headings. */
export function TableOfContents({ headings, className }: { headings: TocHeading[]; className?: string }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-label="On this page" className={className}>
      <p className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
        On this page
      </p>
      <ul className="space-y-1 text-sm">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
            <a
              href={`#${heading.id}`}
              className="block py-0.5 text-zinc-700 hover:text-accent-700 dark:text-zinc-300 dark:hover:text-accent-300"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
