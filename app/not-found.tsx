import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-20 sm:px-6">
      <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-zinc-950 dark:text-white">Page not found</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        Like a file copied into a build stage that never ships, this page is not in the final image.
      </p>
      <p className="mt-8 flex flex-wrap gap-4">
        <a href="/" className="font-medium text-accent-700 underline underline-offset-4 dark:text-accent-300">
          Home
        </a>
        <a
          href="/learn/"
          className="font-medium text-accent-700 underline underline-offset-4 dark:text-accent-300"
        >
          All lessons
        </a>
      </p>
    </main>
  );
}
