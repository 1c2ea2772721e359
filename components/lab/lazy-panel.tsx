'use client';

/**
 * The simulation panel (stage graph layout, layers, files, `docker run`) is fetched only when its lab
 * comes near the viewport, so a lesson's first load carries none of it. Until
 * then a server-rendered skeleton with the panel's headline and tab bar holds its place.
 */
import { lazy, memo, Suspense, useEffect, type ComponentType } from 'react';
import type { SimulationPanelProps } from '@/components/simulator/simulation-panel';
import { panelLabel } from '@/components/simulator/panel-label';

type Panel = ComponentType<SimulationPanelProps>;

/** Downloads tried before the panel gives up (a flaky connection, a deploy in between). */
const ATTEMPTS = 3;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Shown in place of the panel when its code cannot be fetched at all. */
function PanelUnavailable() {
  return (
    <p
      role="alert"
      className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      The simulation panel could not be loaded; reload the page to try again.
    </p>
  );
}

async function fetchPanel(): Promise<{ default: Panel }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const loaded = await import('@/components/simulator/simulation-panel');
      // Memoised: the panel re-renders only when its data changes, not on every keystroke.
      return { default: memo(loaded.SimulationPanel) };
    } catch {
      if (attempt >= ATTEMPTS) return { default: PanelUnavailable };
      await wait(1000 * attempt);
    }
  }
}

/** The panel's code, fetched on first render (shared by every lab on the page). */
const LazyPanel = lazy(fetchPanel);

/** Props of {@link DeferredPanel}: the panel's own, plus whether it may load now. */
export interface DeferredPanelProps extends SimulationPanelProps {
  /** True once the lab is near the viewport. */
  wanted: boolean;
  /** True once the simulator has answered at least once (a result or an error). */
  answered: boolean;
}

/**
 * The simulation panel once wanted, loaded and answered; its skeleton before. The skeleton stays until
 * the first answer so that the live panel arrives whole: shown earlier, it would say "Simulating…" and
 * then push its own tabs down by the height of the problems list when the answer came (a layout shift
 * of 0.021 on the playground's desktop layout).
 */
export function DeferredPanel({ wanted, answered, ...props }: DeferredPanelProps) {
  // The code is fetched as soon as it is wanted, while the first simulation runs.
  useEffect(() => {
    if (wanted) void import('@/components/simulator/simulation-panel').catch(() => undefined);
  }, [wanted]);
  const skeleton = <PanelSkeleton idPrefix={props.idPrefix} title={props.title} />;
  if (!wanted || !answered) return skeleton;
  return (
    <Suspense fallback={skeleton}>
      <LazyPanel {...props} />
    </Suspense>
  );
}

const TABS = ['Graph', 'Layers', 'Files', 'Run'];

/** What the panel looks like before its code arrives: the headline and the tab bar, inert. */
export function PanelSkeleton({ idPrefix, title }: { idPrefix: string; title?: string }) {
  return (
    <section
      aria-label={panelLabel(title)}
      aria-busy="true"
      className="flex min-h-64 min-w-0 flex-col gap-3 text-zinc-900 dark:text-zinc-100"
      id={`${idPrefix}-sim`}
      data-testid="panel-skeleton"
    >
      <div className="border-b border-zinc-200 pb-2 dark:border-zinc-700">
        <div className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          Final image
        </div>
        <span className="text-4xl font-semibold leading-none text-zinc-500 sm:text-5xl dark:text-zinc-400">
          —
        </span>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Simulating…</p>
      <div
        aria-hidden="true"
        className="flex gap-1 border-b border-zinc-300 text-sm text-zinc-600 dark:border-zinc-600 dark:text-zinc-400"
      >
        {TABS.map((t) => (
          <span key={t} className="px-3 py-1.5">
            {t}
          </span>
        ))}
      </div>
    </section>
  );
}
