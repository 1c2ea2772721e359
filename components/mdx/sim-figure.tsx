import { computeFigure, type FigureKind } from '@/lib/course/figures';

/** Props of `<SimFigure>`: what to compute from which example Dockerfile. */
export interface SimFigureProps {
  example: string;
  file: string;
  show: FigureKind;
  /** For `show="ratio"`: the Dockerfile to divide by. */
  versus?: string;
  /** `--target` to build, when not the last stage. */
  target?: string;
}

/**
 * A figure computed by the simulator at build time and printed inline: an image size in Docker's units,
 * a ratio, or a layer or file count. Estimates carry ≈ and their confidence (in the tooltip and for
 * screen readers). When the simulator cannot produce the figure, a plain notice says so instead.
 */
export function SimFigure({ example, file, show, versus, target }: SimFigureProps) {
  const figure = computeFigure({ example, file, show, versus, target: target ?? null });
  if (!figure.ok) {
    return (
      <span className="rounded bg-zinc-100 px-1 text-zinc-700 italic dark:bg-zinc-800 dark:text-zinc-300">
        [figure unavailable: {figure.reason}]
      </span>
    );
  }
  const estimate = figure.confidence !== 'exact';
  const title = estimate
    ? `${figure.description}. Estimated by the simulator, ${figure.confidence} confidence.`
    : `${figure.description}. Computed by the simulator.`;
  return (
    <span
      title={title}
      data-confidence={figure.confidence}
      className="font-semibold whitespace-nowrap tabular-nums underline decoration-dotted underline-offset-4"
    >
      {estimate ? <span aria-hidden="true">≈</span> : null}
      {figure.text}
      <span className="sr-only">
        {estimate
          ? ` (estimated by the simulator, ${figure.confidence} confidence)`
          : ' (computed by the simulator)'}
      </span>
    </span>
  );
}
