'use client';

/**
 * The terminal's code is fetched only when it comes near the viewport, so a
 * page's first load carries none of it. Until then its frame holds the place.
 */
import { lazy, Suspense, useRef } from 'react';
import { useNearView } from '@/components/ui/near-view';
import type { TerminalProps } from './terminal';
import { TerminalFrame } from './terminal-frame';

const LazyTerminal = lazy(() => import('./terminal').then((m) => ({ default: m.Terminal })));

/** What fills the frame before the terminal is live: the same height, inert. */
export function TerminalPlaceholder({ id, caption }: { id: string; caption: string }) {
  return (
    <TerminalFrame id={id} caption={caption} busy>
      <p className="m-0 h-[25.25rem] bg-zinc-950 px-3 py-2 font-mono text-sm text-zinc-400">
        Loading the terminal…
      </p>
    </TerminalFrame>
  );
}

/** {@link Terminal}, loaded when wanted. */
export function DeferredTerminal(props: TerminalProps) {
  const ref = useRef<HTMLDivElement>(null);
  const wanted = useNearView(ref);
  const placeholder = <TerminalPlaceholder id={props.id} caption={props.caption} />;
  return (
    <div ref={ref}>
      {wanted ? (
        <Suspense fallback={placeholder}>
          <LazyTerminal {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
