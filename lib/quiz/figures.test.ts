import { describe, expect, it } from 'vitest';
import { loadExample } from '../course/examples';
import { simulateEstimateSource } from './figures';
import { loadQuizContent } from './load';
import { checkEstimate, gradeQuestion } from './score';
import type { EstimateQuestion } from './types';
import { simulateDockerfile } from '../analyze';

const content = loadQuizContent();
const estimates = [
  ...content.bank,
  ...[...content.lessonQuizzes.values()].flatMap((q) => q.questions),
].filter((q): q is EstimateQuestion => q.kind === 'estimate');

describe('estimate questions against the real simulator', () => {
  it('has estimate questions', () => {
    expect(estimates.length).toBeGreaterThanOrEqual(3);
  });

  it.each(estimates.map((q) => [q.id, q] as const))(
    '%s: the simulator builds its Dockerfile and the band check uses that figure',
    (_id, q) => {
      const example = loadExample(q.source.example);
      const text = example.dockerfiles.find((d) => d.name === q.source.file)?.text ?? '';
      const result = simulateDockerfile(text, { context: example.context, target: q.source.target ?? null });
      expect(result.image, result.diagnostics.map((d) => d.message).join('; ')).not.toBeNull();
      const bytes = result.image!.sizeBytes;
      expect(simulateEstimateSource(q.source)?.bytes).toBe(bytes);
      const mb = bytes / 1_000_000;
      expect(checkEstimate(q, mb, bytes)?.score).toBe(1);
      expect(
        gradeQuestion(q, mb * (1 + (1.5 * q.tolerancePercent) / 100), { simulatedBytes: bytes }).score,
      ).toBe(0.5);
      expect(gradeQuestion(q, mb * 10, { simulatedBytes: bytes }).score).toBe(0);
    },
  );

  it("accepts the talk's figures for the calculator when the simulator agrees with them", () => {
    const single = estimates.find((q) => q.id === 'estimate-single-stage')!;
    const multi = estimates.find((q) => q.id === 'estimate-multi-stage')!;
    const singleBytes = simulateEstimateSource(single.source)!.bytes;
    const multiBytes = simulateEstimateSource(multi.source)!.bytes;
    expect(checkEstimate(single, 861, singleBytes)?.score).toBe(1);
    expect(checkEstimate(multi, 1.83, multiBytes)?.score).toBe(1);
    // Confusing the two is never accepted.
    expect(checkEstimate(multi, 861, multiBytes)?.score).toBe(0);
    expect(checkEstimate(single, 1.83, singleBytes)?.score).toBe(0);
  });
});
