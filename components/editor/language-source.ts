/**
 * Where the editor gets completion and hover from. The lab passes one (backed by the simulator
 * worker); the editor stays independent of the simulator.
 */
import type { CompletionSuggestion, HoverInfo } from '@/lib/worker/protocol';
import type { FixSpec } from './markers';

/** Completion and hover for a Dockerfile text at a 1-based position. */
export interface LanguageSource {
  complete(text: string, line: number, column: number): Promise<CompletionSuggestion[]>;
  hover(text: string, line: number, column: number): Promise<HoverInfo | null>;
  /**
   * What applying a quick fix's edits to `text` changes in the image's size, as the simulator
   * works it out (`412 MB → 268 MB`, or that it cannot tell and why); null when not known here.
   */
  fixSize?(text: string, edits: FixSpec['edits']): Promise<string | null>;
}
