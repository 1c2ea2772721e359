'use client';
import { useState, type ReactNode } from 'react';
import type { Builder } from '@/lib/plan/types';
import type { RunOutcome, SimulationResult } from '@/lib/build/types';
import type { Diagnostic, SourceRange } from '@/lib/diagnostics';
import { DiagnosticsList } from './diagnostics-list';
import { FileTreeView } from './file-tree-view';
import { GraphControls } from './graph-controls';
import { ImageFacts } from './image-facts';
import { InventoryView } from './inventory-view';
import { LayerBars } from './layer-bars';
import { PanelTabs } from './panel-tabs';
import { RunVerdict } from './run-verdict';
import { SizeHeadline } from './size-headline';
import { stageLabel } from './stage-labels';
import { StageGraphSvg } from './stage-graph-svg';
import { StageTable } from './stage-table';
import { panelLabel } from './panel-label';

/** Props of {@link SimulationPanel} (see the cross-team interfaces). */
export interface SimulationPanelProps {
  /** The last good result, kept while the current text has errors; null before the first one. */
  result: SimulationResult | null;
  /** What `docker run` does with `result.image`, or null when not run (yet). */
  run: RunOutcome | null;
  /** Diagnostics of the current text (may be newer than `result`). */
  diagnostics: Diagnostic[];
  /** True while a newer simulation is being computed. */
  pending: boolean;
  /** The final size before the last edit, or null when there is nothing to compare with. */
  previousSizeBytes: number | null;
  /** `--target` (a stage name or index), or null for the last stage. */
  target: string | null;
  onTargetChange(target: string | null): void;
  builder: Builder;
  onBuilderChange(builder: Builder): void;
  /** Reveal (select and scroll to) a range of the Dockerfile in the editor. */
  onRevealRange(range: SourceRange): void;
  /** Prefix for every element id, unique per panel on the page. */
  idPrefix: string;
  /** What the panel simulates (the lab's title): it names the panel's region apart from others on the page. */
  title?: string;
}

type TabId = 'graph' | 'layers' | 'files' | 'run' | 'inventory';

function Muted({ children }: { children: ReactNode }) {
  return <p className="text-sm text-zinc-600 dark:text-zinc-400">{children}</p>;
}

/**
 * What Docker would do with the Dockerfile, live: the headline size (with the change since the last
 * edit), the problems in the current text, and tabs for the stage graph (with its table), the
 * layers, the files and `docker run`. While the text has errors it keeps showing the last good
 * result, with a banner saying so.
 */
export function SimulationPanel(props: SimulationPanelProps) {
  const { result, run, diagnostics, pending, previousSizeBytes, onRevealRange } = props;
  // Every id inside the panel lives under `<idPrefix>-sim-`, apart from the ids of the lab around it.
  const idPrefix = `${props.idPrefix}-sim`;
  const [tab, setTab] = useState<TabId>('graph');
  const image = result?.image ?? null;
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const stageNames = result?.graph.stages.map(stageLabel) ?? [];

  const graphTab = (
    <div className="flex flex-col gap-3">
      <GraphControls
        graph={result?.graph ?? null}
        target={props.target}
        onTargetChange={props.onTargetChange}
        builder={props.builder}
        onBuilderChange={props.onBuilderChange}
        idPrefix={idPrefix}
      />
      {result ? (
        <>
          <StageGraphSvg graph={result.graph} onRevealRange={onRevealRange} idPrefix={idPrefix} />
          <Legend />
          <StageTable graph={result.graph} onRevealRange={onRevealRange} />
        </>
      ) : (
        <Muted>No stages yet.</Muted>
      )}
    </div>
  );
  const noImage = <Muted>This build produces no image, so there is nothing to show here.</Muted>;
  const tabs = [
    { id: 'graph', label: 'Graph', content: graphTab },
    {
      id: 'layers',
      label: 'Layers',
      content: image ? (
        <LayerBars
          image={image}
          stageNames={stageNames}
          idPrefix={idPrefix}
          onRevealLine={(l) => l.range && onRevealRange(l.range)}
        />
      ) : (
        noImage
      ),
    },
    {
      id: 'files',
      label: 'Files',
      content: image ? <FileTreeView image={image} idPrefix={idPrefix} /> : noImage,
    },
    {
      id: 'run',
      label: 'Run',
      content: image ? (
        <div className="flex flex-col gap-4">
          {run ? <RunVerdict run={run} image={image} /> : <Muted>Not run yet.</Muted>}
          <div>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
              Image facts
            </h3>
            <ImageFacts image={image} />
          </div>
        </div>
      ) : (
        noImage
      ),
    },
    {
      id: 'inventory',
      label: 'Inventory',
      content: image ? <InventoryView image={image} idPrefix={idPrefix} /> : noImage,
    },
  ];

  return (
    <section
      aria-label={panelLabel(props.title)}
      aria-busy={pending}
      className="flex min-w-0 flex-col gap-3 text-zinc-900 dark:text-zinc-100"
      id={idPrefix}
    >
      <div className="sticky top-0 z-10 border-b border-zinc-200 bg-white dark:bg-zinc-950 pb-2 dark:border-zinc-700">
        <SizeHeadline
          image={image}
          run={run}
          previousSizeBytes={previousSizeBytes}
          pending={pending}
          idPrefix={idPrefix}
        />
      </div>
      {hasErrors && (
        <p
          role="status"
          className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
        >
          {image
            ? 'Showing the last build that produced an image; fix the errors below to update it.'
            : 'No image yet: fix the errors below.'}
        </p>
      )}
      <DiagnosticsList diagnostics={diagnostics} onRevealRange={onRevealRange} />
      {!result && !hasErrors && (
        <Muted>{pending ? 'Simulating…' : 'Write a Dockerfile to see what Docker would do.'}</Muted>
      )}
      <PanelTabs
        tabs={tabs}
        selected={tab}
        onSelect={(t) => setTab(t as TabId)}
        idPrefix={idPrefix}
        label="Simulation results"
      />
    </section>
  );
}

function Legend() {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      <span>
        <svg aria-hidden="true" width="28" height="8" className="mr-1 inline align-middle">
          <line x1="0" y1="4" x2="28" y2="4" stroke="currentColor" strokeWidth="2" />
        </svg>
        FROM (starts from)
      </span>
      <span>
        <svg aria-hidden="true" width="28" height="8" className="mr-1 inline align-middle">
          <line x1="0" y1="4" x2="28" y2="4" stroke="currentColor" strokeWidth="2" strokeDasharray="6 4" />
        </svg>
        COPY --from / mount (copies files from)
      </span>
      <span>heavy outline: the target · dashed grey box: skipped</span>
    </p>
  );
}
