import type { RunOutcome, SimulatedImage } from '@/lib/build/types';
import { ConfidenceMark } from './confidence-mark';
import { logScale } from './log-scale';
import { imageSizeText, ratioSentence } from './size-text';
import { stageColor } from './stage-colors';
import { verdictLabel } from './verdict-text';

/** One Dockerfile being compared: its label, its final image (null if none) and its run outcome. */
export interface ComparisonItem {
  label: string;
  image: SimulatedImage | null;
  run: RunOutcome | null;
}

/** Props of {@link ComparisonChart} (see the cross-team interfaces). */
export interface ComparisonChartProps {
  items: ComparisonItem[];
}

/** Rows of the comparison table: a heading and how to print one image's value. */
const ROWS: Array<{ head: string; value(item: ComparisonItem): string }> = [
  {
    head: 'Final size',
    value: (i) => (i.image ? imageSizeText(i.image) : '—'),
  },
  {
    head: 'Layers',
    value: (i) =>
      i.image
        ? `${i.image.layers.filter((l) => !l.empty).length} (+${i.image.layers.filter((l) => l.empty).length} metadata only)`
        : '—',
  },
  { head: 'Files', value: (i) => (i.image ? i.image.fileCount.toLocaleString('en-US') : '—') },
  { head: 'Shell', value: (i) => (i.image ? (i.image.facts.shell ?? 'none') : '—') },
  { head: 'Package manager', value: (i) => (i.image ? i.image.facts.packageManager : '—') },
  {
    head: 'User',
    value: (i) =>
      i.image ? `${i.image.facts.user}${i.image.facts.runsAsRoot ? ' (root)' : ' (non-root)'}` : '—',
  },
  {
    head: 'Build tools shipped',
    value: (i) => (i.image ? i.image.facts.buildTools.join(', ') || 'none' : '—'),
  },
  { head: 'docker run', value: (i) => (i.run ? verdictLabel(i.run) : '—') },
];

/**
 * Final image sizes side by side, on a logarithmic scale (said in a visible caption) so a 1.83 MB
 * image is still visible beside an 861 MB one; exact values on every bar; how many times smaller
 * the smallest image is than the others; and a table of layers, files, shell, package manager, user
 * and whether it starts.
 */
export function ComparisonChart({ items }: ComparisonChartProps) {
  const sized = items.filter((i): i is ComparisonItem & { image: SimulatedImage } => i.image !== null);
  const scale = logScale(sized.map((i) => i.image.sizeBytes));
  const smallest = sized.length
    ? sized.reduce((a, b) => (b.image.sizeBytes < a.image.sizeBytes ? b : a))
    : null;
  return (
    <figure className="flex flex-col gap-3 text-sm text-zinc-900 dark:text-zinc-100">
      <div className="flex flex-col gap-2">
        {items.map((item, i) => (
          <div key={`${item.label}-${i}`} className="relative">
            <div className="flex items-baseline justify-between gap-2">
              <span className="font-medium">{item.label}</span>
              <span className="font-semibold tabular-nums" data-testid="comparison-size">
                {item.image ? imageSizeText(item.image) : 'no image'}
              </span>
            </div>
            <div className="relative mt-1 h-5 w-full bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
              {scale.ticks.map((t) => (
                <span
                  key={t.bytes}
                  className="absolute top-0 bottom-0 border-l border-dashed border-zinc-400 dark:border-zinc-500"
                  style={{ left: `${t.fraction * 100}%` }}
                />
              ))}
              {item.image && (
                <div
                  className="relative h-5 rounded-sm motion-safe:transition-[width] motion-safe:duration-500"
                  style={{
                    width: `${Math.max(0.5, scale.fraction(item.image.sizeBytes) * 100)}%`,
                    background: stageColor(i).solid,
                  }}
                />
              )}
            </div>
            {item.image && (
              <div className="mt-0.5">
                <ConfidenceMark confidence={item.image.confidence} />
              </div>
            )}
          </div>
        ))}
        <div aria-hidden="true" className="relative h-4">
          {scale.ticks.map((t, k) => (
            <span
              key={t.bytes}
              className={`absolute top-0 text-[0.7rem] whitespace-nowrap text-zinc-600 dark:text-zinc-400 ${
                k === 0 ? '' : k === scale.ticks.length - 1 ? '-translate-x-full' : '-translate-x-1/2'
              }`}
              style={{ left: `${t.fraction * 100}%` }}
            >
              {t.label}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        Bars use a logarithmic scale: each grid line is 10× the one before ({scale.ticks[0]?.label} to{' '}
        {scale.ticks[scale.ticks.length - 1]?.label}), so a small image stays visible beside a big one. The
        sizes printed are the real values, in Docker&apos;s units (1 MB = 1,000,000 bytes).
      </figcaption>
      {smallest && sized.length > 1 && (
        <ul className="flex flex-col gap-0.5 text-base font-semibold" data-testid="comparison-ratio">
          {sized
            .filter((i) => i !== smallest)
            .map((other, k) => (
              <li key={k}>
                {ratioSentence(smallest.label, smallest.image.sizeBytes, other.label, other.image.sizeBytes)}
              </li>
            ))}
        </ul>
      )}
      {/* Focusable so keyboard users can scroll it sideways when it is wider than the panel. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Comparison table">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">The images compared</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-600">
              <td />
              {items.map((item, i) => (
                <th key={i} scope="col" className="px-2 py-1 font-semibold">
                  <span
                    aria-hidden="true"
                    className="mr-1 inline-block size-3 rounded-sm align-middle"
                    style={{ background: stageColor(i).solid }}
                  />
                  {item.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.head} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-2 font-medium text-zinc-700 dark:text-zinc-300">
                  {row.head}
                </th>
                {items.map((item, i) => (
                  <td key={i} className="px-2 py-1 break-words">
                    {row.value(item)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
