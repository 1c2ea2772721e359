import { describe, expect, it } from 'vitest';
import type { SimulatedImage } from '../build/types';
import {
  SIZE_BANDS,
  acceptedBands,
  gradeFind,
  gradePrediction,
  layerChoices,
  stageChoices,
} from './challenges';
import { listExercises, loadExercise } from './exercises';
import { simulateDockerfile } from '../analyze';

const THREE_TIER = loadExercise('03-predict-the-backend-target');
const backend = simulateDockerfile(THREE_TIER.start, { context: THREE_TIER.context, target: 'backend' });
const SINGLE = loadExercise('01-find-the-biggest-layer');
const single = simulateDockerfile(SINGLE.start, { context: SINGLE.context, target: null });

describe('predict: which stages, how big', () => {
  it('offers every stage by BuildKit name, and accepts the stages and band the model gives', () => {
    expect(stageChoices(backend)).toEqual(['frontend-build', 'backend-build', 'backend', 'frontend']);
    const band = acceptedBands(backend.image as SimulatedImage);
    expect(band.map((b) => b.id)).toEqual(['100-500mb']);
    const grade = gradePrediction(backend, { stages: ['backend-build', 'backend'], band: '100-500mb' });
    expect(grade).toMatchObject({ passed: true, checked: true });
    expect(grade.stages.every((s) => s.correct)).toBe(true);
  });

  it('explains a skipped stage the learner ticked with the skip reason, and a missed one with what needs it', () => {
    const grade = gradePrediction(backend, { stages: ['frontend-build', 'backend'], band: '100-500mb' });
    expect(grade.passed).toBe(false);
    const front = grade.stages.find((s) => s.stage === 'frontend-build');
    expect(front).toMatchObject({ built: false, predicted: true, correct: false });
    expect(front?.why).toMatch(/skipped: not needed by the target stage 'backend'/);
    const build = grade.stages.find((s) => s.stage === 'backend-build');
    expect(build).toMatchObject({ built: true, predicted: false, correct: false });
    expect(build?.why).toMatch(/"backend" copies files from it \(line 22\)/);
    expect(grade.message).toBe('2 stages wrong. The size is right.');
  });

  it('marks a wrong size band and says where the size comes from', () => {
    const grade = gradePrediction(backend, { stages: ['backend-build', 'backend'], band: 'over-1gb' });
    expect(grade.passed).toBe(false);
    expect(grade.size?.correct).toBe(false);
    expect(grade.size?.story).toMatch(
      /base image gcr\.io\/distroless\/java17-debian13:nonroot brings ≈ 200 MB/,
    );
    expect(grade.size?.story).toMatch(/line 22/);
    expect(gradePrediction(backend, { stages: ['backend-build', 'backend'], band: null }).message).toMatch(
      /No size picked/,
    );
  });

  it('accepts both bands near an edge for an estimate, and every band a size range spans', () => {
    const image = {
      ...(backend.image as SimulatedImage),
      sizeBytes: 95_000_000,
      confidence: 'medium' as const,
    };
    expect(acceptedBands(image).map((b) => b.id)).toEqual(['10-100mb', '100-500mb']);
    const exact = { ...image, confidence: 'exact' as const };
    expect(acceptedBands(exact).map((b) => b.id)).toEqual(['10-100mb']);
    const ranged = { ...image, sizeRange: { low: 50_000_000, high: null, because: 'x' } };
    expect(acceptedBands(ranged).map((b) => b.id)).toEqual(SIZE_BANDS.slice(1).map((b) => b.id));
  });

  it('says there is nothing to compare when the build fails, and never throws', () => {
    const broken = simulateDockerfile('FROM scratch\nCOPY --from=nowhere /a /a\n', {
      context: { files: [] },
    });
    const grade = gradePrediction(broken, { stages: [], band: 'under-10mb' });
    expect(grade.passed).toBe(false);
    for (const text of ['', 'FROM', '\u0000{{', 'FROM a AS a\nFROM a AS a\n']) {
      const r = simulateDockerfile(text, { context: { files: [] } });
      expect(() => gradePrediction(r, { stages: ['a'], band: 'x' })).not.toThrow();
      expect(gradePrediction(r, { stages: ['a'], band: 'x' }).passed).toBe(false);
    }
  });
});

describe('find the biggest layer', () => {
  it('lists the final image’s instructions and accepts only the apt-get line', () => {
    const choices = layerChoices(single);
    expect(choices.map((c) => c.line)).toEqual([6, 9, 11, 13, 15]);
    expect(gradeFind(single, 6)).toMatchObject({ passed: true, checked: true });
    const wrong = gradeFind(single, 13);
    expect(wrong.passed).toBe(false);
    expect(wrong.message).toMatch(/line 13 adds ≈ 2\.\d+ MB, but line 6 .* adds ≈ \d+ MB/);
  });

  it('shows every size after the answer, metadata steps as 0 B, and the base image apart', () => {
    const grade = gradeFind(single, 6);
    expect(grade.layers.find((l) => l.line === 9)?.sizeText).toBe('0 B (metadata only)');
    expect(grade.layers.filter((l) => l.biggest).map((l) => l.line)).toEqual([6]);
    expect(grade.base).toMatch(/^ubuntu:22\.04: ≈ \d+/);
  });

  it('accepts each layer whose size range overlaps the biggest, and says the model cannot tell them apart', () => {
    const image = single.image as SimulatedImage;
    const layers = image.layers.map((l) =>
      l.line === 13 ? { ...l, sizeRange: { low: 1, high: null, because: 'unknown writes' } } : l,
    );
    const fuzzy = { ...single, image: { ...image, layers } };
    const grade = gradeFind(fuzzy, 13);
    expect(grade.passed).toBe(true);
    expect(grade.message).toMatch(/cannot tell lines 6 and 13 apart/);
  });

  it('asks for an answer first, and never throws on a failed build', () => {
    expect(gradeFind(single, null)).toMatchObject({
      passed: false,
      checked: false,
      message: 'Pick a layer first.',
    });
    for (const text of ['', 'FROM', '\u0000{{']) {
      const r = simulateDockerfile(text, { context: { files: [] } });
      expect(gradeFind(r, 1).passed).toBe(false);
    }
  });
});

describe('the course’s answer challenges are fair', () => {
  const answered = listExercises().filter((e) => e.kind === 'predict' || e.kind === 'find');

  it.each(answered.map((e) => e.id))('%s has one answer the model can decide', (id) => {
    const e = loadExercise(id);
    const result = simulateDockerfile(e.start, { context: e.context, target: e.target });
    expect(result.image, 'the Dockerfile builds').not.toBeNull();
    if (e.kind === 'predict') {
      expect(acceptedBands(result.image as SimulatedImage)).toHaveLength(1);
      expect(stageChoices(result).length).toBeGreaterThan(1);
    } else {
      const grade = gradeFind(result, layerChoices(result)[0]?.line ?? null);
      expect(grade.layers.filter((l) => l.biggest)).toHaveLength(1);
      expect(layerChoices(result).length).toBeGreaterThan(2);
    }
  });
});
