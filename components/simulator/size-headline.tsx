'use client';
import type { RunOutcome, SimulatedImage } from '@/lib/build/types';
import { ConfidenceMark } from './confidence-mark';
import { imageSizeText, sizeDelta } from './size-text';
import { useDebouncedValue } from './use-debounced-value';
import { verdictLabel } from './verdict-text';

/** Props of {@link SizeHeadline}. */
export interface SizeHeadlineProps {
  /** The final image of the last good simulation, or null when there is none yet. */
  image: SimulatedImage | null;
  run: RunOutcome | null;
  /** Size before the last edit, or null (first result, or nothing to compare). */
  previousSizeBytes: number | null;
  pending: boolean;
  idPrefix: string;
}

/** The announcement a screen reader hears after a change settles, or '' when there is nothing to say. */
export function headlineAnnouncement(
  image: SimulatedImage | null,
  run: RunOutcome | null,
  previousSizeBytes: number | null = null,
): string {
  if (!image) return '';
  const delta = sizeDelta(previousSizeBytes, image.sizeBytes);
  const change = delta && delta.direction !== 'same' ? `, ${delta.spoken}` : '';
  const spoken = imageSizeText(image)
    .replace(/^≈ ?/, 'about ')
    .replace(/^≥ ?/, 'at least ')
    .replace('–', ' to ');
  const parts = [`Final image ${spoken}${change}.`];
  if (image.sizeRange) parts.push(`Unknown: ${image.sizeRange.because}.`);
  if (run) parts.push(`docker run: ${verdictLabel(run)}.`);
  return parts.join(' ');
}

/** A size text with its leading `≈`/`≥` muted. */
function SizeFigure({ text }: { text: string }) {
  const m = /^([≈≥] )(.*)$/.exec(text);
  if (!m) return <>{text}</>;
  return (
    <>
      <span className="text-zinc-500 dark:text-zinc-400">{m[1]}</span>
      {m[2]}
    </>
  );
}

/**
 * The headline: the final image's size in Docker's units, large, marked as an estimate, with the
 * change since the last edit, plus a polite live region that announces size and verdict changes once
 * the learner pauses.
 */
export function SizeHeadline({ image, run, previousSizeBytes, pending, idPrefix }: SizeHeadlineProps) {
  const delta = image ? sizeDelta(previousSizeBytes, image.sizeBytes) : null;
  const announcement = useDebouncedValue(headlineAnnouncement(image, run, previousSizeBytes), 900);
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-1" id={`${idPrefix}-headline`}>
      <div>
        <div className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          Final image
        </div>
        <div className="flex items-baseline gap-2">
          <span
            className="text-4xl font-semibold tabular-nums leading-none text-zinc-900 sm:text-5xl dark:text-zinc-50"
            data-testid="final-size"
          >
            {image ? (
              <SizeFigure text={imageSizeText(image)} />
            ) : (
              <span className="text-zinc-500 dark:text-zinc-400">—</span>
            )}
          </span>
          {delta && delta.direction !== 'same' && (
            <span
              className={
                delta.direction === 'down'
                  ? 'text-lg font-semibold text-emerald-700 dark:text-emerald-400'
                  : 'text-lg font-semibold text-amber-800 dark:text-amber-300'
              }
              data-testid="size-delta"
            >
              <span aria-hidden="true">{delta.text}</span>
              <span className="sr-only">{delta.spoken}</span>
            </span>
          )}
          {delta?.direction === 'same' && (
            <span className="text-sm text-zinc-600 dark:text-zinc-400">no change</span>
          )}
        </div>
        {image?.sizeRange && (
          <p
            className="m-0 mt-1 max-w-prose text-xs text-zinc-600 dark:text-zinc-400"
            data-testid="size-unknown"
          >
            Unknown part: {image.sizeRange.because}.
          </p>
        )}
      </div>
      <div className="flex flex-col gap-0.5 pb-0.5">
        {image && <ConfidenceMark confidence={image.confidence} />}
        {run && (
          <span className="text-sm text-zinc-700 dark:text-zinc-300">
            docker run:{' '}
            <strong
              className={
                run.status === 'failed'
                  ? 'text-red-700 dark:text-red-400'
                  : run.status === 'unknown'
                    ? 'text-amber-800 dark:text-amber-300'
                    : undefined
              }
              title={run.status === 'unknown' ? run.because : undefined}
            >
              {verdictLabel(run)}
            </strong>
          </span>
        )}
      </div>
      {pending && (
        <span className="ml-auto inline-flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          <span
            aria-hidden="true"
            className="size-2 rounded-full bg-accent-600 motion-safe:animate-pulse dark:bg-accent-300"
          />
          updating…
        </span>
      )}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
