/**
 * A counter of the catalog data registered after start-up (a Debian release's programs, loaded on demand
 * by the simulator worker). Memos of catalog look-ups compare it with the value they were filled at and
 * start again when it moved, so no look-up made before a chunk arrived is served after it.
 */
let generation = 0;

/** The current generation: changes whenever catalog data is registered. */
export function catalogGeneration(): number {
  return generation;
}

/** Called by every registration of catalog data. */
export function catalogDataChanged(): void {
  generation += 1;
}
