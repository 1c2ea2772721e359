/** Vitest global setup: one line when the corpus is absent, so its skipped tests are explained. */
import { CORPUS_ABSENT, CORPUS_PRESENT } from './corpus';

export default function setup(): void {
  if (!CORPUS_PRESENT) console.log(`Corpus tests skipped: ${CORPUS_ABSENT}.`);
}
