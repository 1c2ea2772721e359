'use client';

/**
 * A comparison of two or more Dockerfiles over the same build context: each side editable and
 * simulated live, with their final images compared in one chart (sizes, layers, files, shell,
 * package manager, user, whether it starts).
 */
import { useMemo, useState } from 'react';
import type { BuildContext, RunOutcome, SimulatedImage } from '@/lib/build/types';
import { visibleLines } from '@/components/editor/editor-theme';
import { ComparisonChart, type ComparisonItem } from '@/components/simulator/comparison-chart';
import { CompareSide } from './compare-side';
import { domId } from './dockerfile-lab';

/** Props of {@link CompareLab}: plain data prepared at build time by the MDX tag. */
export interface CompareLabProps {
  compareId: string;
  exampleId: string;
  files: Array<{ name: string; label: string; text: string }>;
  context: BuildContext;
  stdin: string | null;
}

/** The comparison (client component). */
export function CompareLab({ compareId, exampleId, files, context, stdin }: CompareLabProps) {
  const [results, setResults] = useState<Array<{ image: SimulatedImage | null; run: RunOutcome | null }>>(
    () => files.map(() => ({ image: null, run: null })),
  );
  // Every side gets the same height, so the editors line up.
  const lines = useMemo(() => Math.max(...files.map((f) => visibleLines(f.text))), [files]);
  const reporters = useMemo(
    () =>
      files.map(
        (_, index) => (image: SimulatedImage | null, run: RunOutcome | null) =>
          setResults((all) =>
            all[index].image === image && all[index].run === run
              ? all
              : all.map((r, i) => (i === index ? { image, run } : r)),
          ),
      ),
    [files],
  );
  const items: ComparisonItem[] = files.map((f, i) => ({
    label: f.name,
    image: results[i].image,
    run: results[i].run,
  }));
  const id = domId(`compare-${compareId}`);
  const columns = files.length >= 3 ? 'xl:grid-cols-3' : 'lg:grid-cols-2';

  return (
    <section aria-labelledby={`${id}-title`} className="not-prose breakout my-8" data-testid="compare">
      <p id={`${id}-title`} className="mb-2 text-sm font-semibold text-zinc-800 dark:text-zinc-100">
        Compare: {files.map((f) => f.name).join(' · ')}{' '}
        <span className="font-normal text-zinc-600 dark:text-zinc-400">(each side is editable)</span>
      </p>
      <div className={`grid grid-cols-1 gap-4 ${columns}`}>
        {files.map((f, i) => (
          <CompareSide
            key={f.name}
            id={`${id}-${i}`}
            draftId={`compare:${exampleId}/${f.name}`}
            exampleId={exampleId}
            file={f.name}
            label={f.label}
            originalText={f.text}
            context={context}
            stdin={stdin}
            lines={lines}
            onResult={reporters[i]}
          />
        ))}
      </div>
      <div className="mt-4 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
        <ComparisonChart items={items} />
      </div>
    </section>
  );
}
