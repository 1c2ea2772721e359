/**
 * Where the editor gets completion and hover from. The lab passes one (backed by the simulator
 * worker); the editor stays independent of the simulator.
 */
import type { CompletionSuggestion, HoverInfo } from '@/lib/worker/protocol';

/** Completion and hover for a Dockerfile text at a 1-based position. */
export interface LanguageSource {
  complete(text: string, line: number, column: number): Promise<CompletionSuggestion[]>;
  hover(text: string, line: number, column: number): Promise<HoverInfo | null>;
}
