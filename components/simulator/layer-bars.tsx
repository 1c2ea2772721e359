'use client';
import { useState } from 'react';
import type { Layer, SimulatedImage } from '@/lib/build/types';
import { ConfidenceMark } from './confidence-mark';
import { readableSize } from '@/lib/build/format';
import { confidenceInfo, imageSizeText, sharePercent } from './size-text';
import { layerColor } from './stage-colors';

/** Props of {@link LayerBars}. */
export interface LayerBarsProps {
  image: SimulatedImage;
  /** Names of stages by index, for "from stage build" labels. */
  stageNames: string[];
  onRevealLine?(layer: Layer): void;
  idPrefix: string;
}

/**
 * The final image's layers as horizontal bars, like `dive`: each with its instruction, size, the
 * colour of the stage that made it and a "why?" button that opens the explanation, its sources and
 * its confidence. Metadata-only layers (0 B) are listed compactly; the total closes the list.
 */
export function LayerBars({ image, stageNames, onRevealLine, idPrefix }: LayerBarsProps) {
  const total = Math.max(1, image.sizeBytes);
  return (
    <div>
      <ol className="flex flex-col gap-1.5" aria-label="Layers of the final image, bottom layer first">
        {image.layers.map((layer, i) =>
          layer.empty ? (
            <EmptyLayerRow key={i} layer={layer} />
          ) : (
            <LayerRow
              key={i}
              layer={layer}
              fraction={Math.min(1, layer.sizeBytes / total)}
              stageName={
                layer.stageIndex === null
                  ? null
                  : (stageNames[layer.stageIndex] ?? `stage ${layer.stageIndex}`)
              }
              onRevealLine={onRevealLine}
              panelId={`${idPrefix}-why-${i}`}
            />
          ),
        )}
      </ol>
      <p className="mt-3 flex flex-wrap items-baseline justify-between gap-2 border-t border-zinc-300 pt-2 dark:border-zinc-600">
        <span className="text-sm font-medium">
          Total: {image.layers.length} layers, {image.layers.filter((l) => l.empty).length} of them metadata
          only
        </span>
        <span className="text-lg font-semibold tabular-nums" data-testid="layers-total">
          {imageSizeText(image)}
        </span>
      </p>
    </div>
  );
}

function EmptyLayerRow({ layer }: { layer: Layer }) {
  return (
    <li className="flex items-baseline gap-2 pl-3 text-xs text-zinc-600 dark:text-zinc-400">
      <span className="min-w-0 flex-1 font-mono break-words">
        {layer.line !== null ? `${layer.line}: ` : ''}
        {layer.instruction}
      </span>
      <span className="shrink-0 tabular-nums">0 B · metadata only</span>
    </li>
  );
}

function LayerRow({
  layer,
  fraction,
  stageName,
  onRevealLine,
  panelId,
}: {
  layer: Layer;
  fraction: number;
  stageName: string | null;
  onRevealLine?(layer: Layer): void;
  panelId: string;
}) {
  const [open, setOpen] = useState(false);
  const color = layerColor(layer.stageIndex);
  const info = confidenceInfo(layer.confidence);
  const widthPct = layer.sizeBytes > 0 ? Math.max(0.75, fraction * 100) : 0;
  return (
    <li
      className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700"
      style={{ borderLeft: `6px solid ${color.solid}` }}
    >
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="min-w-0 flex-1 font-mono text-xs break-words text-zinc-900 dark:text-zinc-100">
          {layer.instruction}
        </span>
        <span className="shrink-0 font-semibold tabular-nums">
          {layer.sizeRange
            ? imageSizeText({
                sizeBytes: layer.sizeBytes,
                confidence: layer.confidence,
                sizeRange: layer.sizeRange,
              })
            : `${info.approx}${readableSize(layer.sizeBytes)}`}
        </span>
      </div>
      <div className="mt-1 h-3 w-full rounded-sm bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
        <div
          className="h-3 rounded-sm motion-safe:transition-[width] motion-safe:duration-500"
          style={{ width: `${widthPct}%`, background: color.solid }}
        />
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          {stageName === null
            ? 'from the base image'
            : /^stage /.test(stageName)
              ? stageName
              : `stage ${stageName}`}
        </span>
        <span className="tabular-nums">{sharePercent(fraction)} of the image</span>
        <ConfidenceMark confidence={layer.confidence} />
        {layer.range && onRevealLine && (
          <button
            type="button"
            className="rounded px-1 text-accent-700 underline underline-offset-2 dark:text-accent-300"
            onClick={() => onRevealLine(layer)}
          >
            line {layer.line}
          </button>
        )}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          className="ml-auto rounded border border-zinc-300 px-2 py-0.5 font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          why? <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
      </div>
      <div id={panelId} hidden={!open} className="mt-2 text-sm text-zinc-800 dark:text-zinc-200">
        <p>{layer.explanation}</p>
        {layer.sizeRange && (
          <p className="mt-1">
            <span className="font-medium">Unknown: </span>
            {layer.sizeRange.because}.
          </p>
        )}
        {layer.citations.length > 0 && (
          <ul className="mt-1 list-disc pl-5 text-xs">
            {layer.citations.map((c, i) => (
              <li key={i}>
                {c.text} <span className="text-zinc-600 dark:text-zinc-400">— source: {c.source}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Confidence: {info.label}. {info.meaning}
        </p>
      </div>
    </li>
  );
}
