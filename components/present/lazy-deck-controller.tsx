'use client';

/**
 * The deck's controls, with their code fetched after the page's own scripts instead of among them, so a
 * presentation loads no more JavaScript up front than a lesson page. The server renders the controls and
 * the slides in full, and the inline script of deck-css.ts shows the slide the address names at once;
 * React keeps that HTML as it is until the controls' code has arrived, then hydrates it in place (as the
 * lesson islands do, see components/mdx/island.tsx).
 */
import { lazy, Suspense } from 'react';
import type { DeckControllerProps } from './deck-controller';

const Controller = lazy(() => import('./deck-controller').then((m) => ({ default: m.DeckController })));

/** {@link DeckController}, loaded at once but apart from the page's first scripts. */
export function LazyDeckController(props: DeckControllerProps) {
  return (
    <Suspense fallback={null}>
      <Controller {...props} />
    </Suspense>
  );
}
