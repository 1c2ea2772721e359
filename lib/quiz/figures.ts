/**
 * The simulator's figures for estimate questions, computed at build time (Node only) by simulating the
 * example Dockerfile each question names. The figure is never written in the question data.
 */
import { computeFigure } from '../course/figures';
import type { EstimateFigure } from './prepare';
import type { EstimateSource, Question } from './types';

/** Simulates one estimate source. Null when the example does not build or the simulator fails. */
export function simulateEstimateSource(source: EstimateSource): EstimateFigure | null {
  const result = computeFigure({
    example: source.example,
    file: source.file,
    show: 'size',
    target: source.target ?? null,
  });
  return result.ok ? { bytes: result.value, text: result.text, confidence: result.confidence } : null;
}

/** Figures for every estimate question among `questions`, by question id. */
export function estimateFigures(questions: readonly Question[]): Record<string, EstimateFigure | null> {
  const figures: Record<string, EstimateFigure | null> = {};
  for (const q of questions) if (q.kind === 'estimate') figures[q.id] = simulateEstimateSource(q.source);
  return figures;
}
