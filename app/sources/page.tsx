import type { Metadata } from 'next';
import { pageMetadata } from '@/components/course/page-metadata';
import { listSources, SOURCE_GROUPS } from '@/lib/catalog/sources';

export const metadata: Metadata = pageMetadata({
  title: 'Sources',
  description:
    'Where every image size, package size and measurement in the Stagecraft course and simulator comes from.',
  path: '/sources/',
});

export default function SourcesPage() {
  const sources = listSources();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-white">Sources</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        Every figure the lessons and the simulator use comes from a public source or was measured for this
        course. Each entry says where, when, and how. A figure without a source is shown as unknown or as a
        labelled estimate.
      </p>
      {SOURCE_GROUPS.map((group) => {
        const entries = sources.filter((s) => s.group === group.id);
        if (entries.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`group-${group.id}`} className="mt-10">
            <h2 id={`group-${group.id}`} className="text-2xl font-semibold text-zinc-950 dark:text-white">
              {group.title}
            </h2>
            {entries.map((entry) => (
              <article key={entry.id} id={entry.id} className="mt-6 scroll-mt-20">
                <h3 className="text-xl font-semibold text-zinc-900 dark:text-zinc-100">
                  {entry.url ? (
                    <a className="underline underline-offset-2" href={entry.url} rel="noreferrer">
                      {entry.title}
                    </a>
                  ) : (
                    entry.title
                  )}
                </h3>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                  {entry.date ? `Read or measured: ${entry.date}` : 'Date: given with each figure'}
                </p>
                <p className="mt-2 text-zinc-700 dark:text-zinc-300">{entry.how}</p>
                {entry.items.length > 0 && (
                  <ul className="mt-3 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                    {entry.items.map((item) => (
                      <li key={item.label}>
                        <code className="font-mono">{item.label}</code>: {item.detail}
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            ))}
          </section>
        );
      })}
    </main>
  );
}
