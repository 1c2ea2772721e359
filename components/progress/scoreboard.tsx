'use client';

/**
 * The learner's scoreboard on the progress page: per exercise worked on, the image the starting Dockerfile
 * builds, their smallest passing image and the goals reached, as a table and as before/after bars.
 */
import { readableSize } from '@/lib/build/format';
import { barFraction, scoreboardRows, type ScoreboardExercise } from '@/lib/progress/scoreboard';
import { useProgress } from './use-progress';

function size(bytes: number | null): string {
  return bytes === null ? '—' : readableSize(bytes);
}

/** The scoreboard (client component); `exercises` are the course's, in course order. */
export function Scoreboard({ exercises }: { exercises: ScoreboardExercise[] }) {
  const { data, ready } = useProgress();
  const rows = ready ? scoreboardRows(data, exercises) : [];
  const sized = rows.filter(
    (r): r is typeof r & { startSizeBytes: number; bestSizeBytes: number } =>
      r.startSizeBytes !== null && r.bestSizeBytes !== null,
  );
  const max = Math.max(0, ...sized.map((r) => Math.max(r.startSizeBytes, r.bestSizeBytes)));
  return (
    <section aria-labelledby="scoreboard-heading" data-testid="scoreboard">
      <h2 id="scoreboard-heading" className="text-xl font-semibold tracking-tight">
        Your scoreboard
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {ready
            ? 'No challenge tried yet. Each lesson ends with challenges; your results appear here.'
            : 'Loading your results…'}
        </p>
      ) : (
        <>
          <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Scoreboard table">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Each challenge you tried: the starting image, your smallest passing image and the goals
                reached
              </caption>
              <thead>
                <tr className="border-b border-zinc-300 dark:border-zinc-700">
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Challenge
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Starting image
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Your best passing image
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    Goals reached
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <a
                        href={`/learn/${row.lesson}/#challenges`}
                        className="text-accent-700 underline-offset-2 hover:underline dark:text-accent-300"
                      >
                        {row.title}
                      </a>
                      {row.passed ? ' ✓' : ''}
                    </th>
                    <td className="py-2 pr-3">{size(row.startSizeBytes)}</td>
                    <td className="py-2 pr-3">
                      {size(row.bestSizeBytes)}
                      {row.factor !== null && row.factor >= 1.05
                        ? ` (${row.factor.toFixed(row.factor >= 10 ? 0 : 1)}× smaller)`
                        : ''}
                    </td>
                    <td className="py-2" title={row.goalsReached.join('\n') || undefined}>
                      {row.goalsReached.length} of {row.goalsTotal}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sized.length > 0 && (
            <figure className="mt-4" data-testid="scoreboard-chart">
              <figcaption className="text-sm text-zinc-700 dark:text-zinc-300">
                Before and after: the starting image and your best passing image (logarithmic scale, sizes as
                the simulator estimates them).
              </figcaption>
              <ul className="mt-2 list-none space-y-3 p-0">
                {sized.map((row) => (
                  <li key={row.id}>
                    <p className="m-0 text-sm font-medium">{row.title}</p>
                    {(
                      [
                        ['Before', row.startSizeBytes, 'bg-zinc-400 dark:bg-zinc-500'],
                        ['After', row.bestSizeBytes, 'bg-emerald-600 dark:bg-emerald-400'],
                      ] as const
                    ).map(([label, bytes, colour]) => (
                      <div key={label} className="mt-1 flex items-center gap-2 text-xs">
                        <span className="w-12 shrink-0 text-zinc-700 dark:text-zinc-300">{label}</span>
                        <span className="h-3 flex-1" aria-hidden="true">
                          <span
                            className={`block h-3 rounded-sm ${colour}`}
                            style={{ width: `${(barFraction(bytes, max) * 100).toFixed(1)}%` }}
                          />
                        </span>
                        <span className="w-16 shrink-0 text-right tabular-nums">{readableSize(bytes)}</span>
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
