/** The site footer: what the numbers are, and that nothing leaves the browser. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-[90rem] px-4 py-8 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        <p>
          Stagecraft teaches multi-stage Docker builds and distroless images. Image sizes shown in the course
          come from a model of Docker&apos;s build, with the source of every figure; they are estimates, not
          measurements of your machine.
        </p>
        <p className="mt-2">
          Everything runs in your browser: no accounts, no tracking, no requests to other sites.
        </p>
      </div>
    </footer>
  );
}
