/**
 * Grading the challenges a learner answers instead of building: "predict" (which stages a `--target`
 * builds, and roughly how big the image is) and "find the biggest layer". The answers come from the
 * simulation of the challenge's Dockerfile, never from the exercise's data, and every miss is explained
 * from the model (a stage's skip reason, where the size comes from). Where the model cannot decide (a
 * size range that spans two bands, two layers whose ranges overlap) every answer it cannot rule out is
 * accepted, and the result says so. Pure and browser-safe; never throws.
 */
import { readableSize } from '../build/format';
import type { Stage } from '../plan/types';
import type { Layer, SimulatedImage, SimulationResult } from '../build/types';

/** A band of image sizes a learner can pick (decimal bytes, `high` exclusive; null: no upper end). */
export interface SizeBand {
  id: string;
  label: string;
  low: number;
  high: number | null;
}

const MB = 1_000_000;

/** The size bands of a prediction, smallest first. */
export const SIZE_BANDS: readonly SizeBand[] = [
  { id: 'under-10mb', label: 'under 10 MB', low: 0, high: 10 * MB },
  { id: '10-100mb', label: '10 MB to 100 MB', low: 10 * MB, high: 100 * MB },
  { id: '100-500mb', label: '100 MB to 500 MB', low: 100 * MB, high: 500 * MB },
  { id: '500mb-1gb', label: '500 MB to 1 GB', low: 500 * MB, high: 1000 * MB },
  { id: 'over-1gb', label: 'over 1 GB', low: 1000 * MB, high: null },
];

/**
 * "Roughly": a size the model gives as one number (an estimate) counts for every band within this
 * fraction of it, so an answer on the other side of a band's edge is not marked wrong.
 */
export const SIZE_TOLERANCE = 0.1;

/** The stage names a prediction offers (BuildKit's names: the `AS` name or `stage-N`). */
export function stageChoices(result: SimulationResult): string[] {
  return result.graph.stages.map((s) => s.displayName || `stage-${s.index}`);
}

/** The lowest and highest size the model allows for an image, before the tolerance. */
function sizeBounds(image: SimulatedImage): { low: number; high: number } {
  const range = image.sizeRange;
  if (range) return { low: range.low, high: range.high ?? Number.POSITIVE_INFINITY };
  if (image.confidence === 'exact') return { low: image.sizeBytes, high: image.sizeBytes };
  return {
    low: image.sizeBytes * (1 - SIZE_TOLERANCE),
    high: image.sizeBytes * (1 + SIZE_TOLERANCE),
  };
}

/** The bands the model cannot rule out for this image, smallest first. */
export function acceptedBands(image: SimulatedImage): SizeBand[] {
  const { low, high } = sizeBounds(image);
  return SIZE_BANDS.filter((band) => low < (band.high ?? Number.POSITIVE_INFINITY) && high >= band.low);
}

function sizeText(image: { sizeBytes: number; confidence: string; sizeRange?: Layer['sizeRange'] }): string {
  const range = image.sizeRange;
  if (range) {
    return range.high === null
      ? `at least ${readableSize(range.low)}`
      : `between ${readableSize(range.low)} and ${readableSize(range.high)}`;
  }
  return `${image.confidence === 'exact' ? '' : '≈ '}${readableSize(image.sizeBytes)}`;
}

/** Where the final image's bytes come from, in one or two sentences. */
export function sizeStory(image: SimulatedImage): string {
  const baseBytes = image.layers.filter((l) => l.line === null).reduce((sum, l) => sum + l.sizeBytes, 0);
  const base = image.base?.input ?? null;
  const own = image.layers.filter((l) => l.line !== null && !l.empty);
  const biggest = own.reduce<Layer | null>(
    (best, l) => (!best || l.sizeBytes > best.sizeBytes ? l : best),
    null,
  );
  const parts = [`The model puts the final image at ${sizeText(image)} (${image.confidence} confidence).`];
  const from =
    base && baseBytes > 0
      ? `Its base image ${base} brings ≈ ${readableSize(baseBytes)}`
      : 'It starts from an empty base (scratch) or another stage';
  parts.push(
    biggest
      ? `${from}; the biggest layer of the Dockerfile, line ${biggest.line} (\`${short(biggest.instruction)}\`), adds ${sizeText(biggest)}.`
      : `${from}; the Dockerfile's own instructions add nothing.`,
  );
  if (image.sizeRange) parts.push(`The size is a range because ${image.sizeRange.because}.`);
  return parts.join(' ');
}

function short(instruction: string): string {
  const line = instruction.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 67)}…` : line;
}

/** A learner's prediction: the stages they expect to be built, and a size band id (null: none picked). */
export interface Prediction {
  stages: string[];
  band: string | null;
}

/** One stage of a graded prediction. */
export interface StageVerdict {
  stage: string;
  /** What the model says. */
  built: boolean;
  /** What the learner said. */
  predicted: boolean;
  correct: boolean;
  /** Why the stage is built or skipped, from the model. */
  why: string;
}

/** The outcome of a prediction. */
export interface PredictionGrade {
  /** True when every stage and the size band are right. */
  passed: boolean;
  /** False when the build produced no image, so nothing could be compared (`message` says why). */
  checked: boolean;
  stages: StageVerdict[];
  size: {
    correct: boolean;
    /** The bands the model accepts (more than one when it cannot tell them apart). */
    accepted: SizeBand[];
    picked: SizeBand | null;
    /** Where the size comes from. */
    story: string;
  } | null;
  message: string;
}

function stageName(stage: Stage): string {
  return stage.displayName || `stage-${stage.index}`;
}

/** Why the model builds `stage`: it is the target, or a built stage needs it (which line, how). */
function whyBuilt(stage: Stage, result: SimulationResult): string {
  if (stage.isTarget) return 'it is the target: its filesystem becomes the image.';
  const needs = result.graph.edges.filter(
    (e) => e.from.kind === 'stage' && e.from.index === stage.index && result.graph.stages[e.to]?.built,
  );
  const first = needs[0];
  if (!first) return 'the builder runs it for this target.';
  const user = result.graph.stages[first.to];
  const how =
    first.kind === 'from'
      ? `starts FROM it`
      : first.kind === 'copy-from'
        ? 'copies files from it'
        : 'mounts it';
  return `${user ? `"${stageName(user)}"` : 'a built stage'} ${how} (line ${first.range.start.line}), so the target needs it.`;
}

/** Grades a prediction against the simulation of the challenge's Dockerfile. Never throws. */
export function gradePrediction(result: SimulationResult, prediction: Prediction): PredictionGrade {
  try {
    const picked = new Set(prediction.stages.map((s) => s.toLowerCase()));
    const stages = result.graph.stages.map((stage): StageVerdict => {
      const name = stageName(stage);
      const predicted = picked.has(name.toLowerCase());
      return {
        stage: name,
        built: stage.built,
        predicted,
        correct: predicted === stage.built,
        why: stage.built
          ? whyBuilt(stage, result)
          : `skipped: ${stage.skippedReason ?? 'the target does not need it'}.`,
      };
    });
    const image = result.image;
    if (!image) {
      const error = result.diagnostics.find((d) => d.severity === 'error');
      return {
        passed: false,
        checked: false,
        stages,
        size: null,
        message: `The build does not produce an image${error ? ` (line ${error.range.start.line}: ${error.message})` : ''}, so there is nothing to compare.`,
      };
    }
    const accepted = acceptedBands(image);
    const band = SIZE_BANDS.find((b) => b.id === prediction.band) ?? null;
    const sizeCorrect = band !== null && accepted.some((b) => b.id === band.id);
    const stagesCorrect = stages.every((s) => s.correct);
    const wrong = stages.filter((s) => !s.correct).length;
    const passed = stagesCorrect && sizeCorrect;
    const message = passed
      ? 'Right: the stages and the size match the simulation.'
      : [
          wrong > 0 ? `${wrong} stage${wrong === 1 ? '' : 's'} wrong.` : 'The stages are right.',
          band === null ? 'No size picked.' : sizeCorrect ? 'The size is right.' : 'The size is off.',
        ].join(' ');
    return {
      passed,
      checked: true,
      stages,
      size: { correct: sizeCorrect, accepted, picked: band, story: sizeStory(image) },
      message,
    };
  } catch (error) {
    return {
      passed: false,
      checked: false,
      stages: [],
      size: null,
      message: `The simulator could not check this (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** One layer a learner can pick in "find the biggest layer": the instruction and its line. */
export interface LayerChoice {
  line: number;
  instruction: string;
}

/** The final image's layers that come from the Dockerfile's instructions, in order (one per line). */
export function layerChoices(result: SimulationResult): LayerChoice[] {
  const seen = new Set<number>();
  const choices: LayerChoice[] = [];
  for (const layer of result.image?.layers ?? []) {
    if (layer.line === null || seen.has(layer.line)) continue;
    seen.add(layer.line);
    choices.push({ line: layer.line, instruction: short(layer.instruction) });
  }
  return choices;
}

/** One layer with its size as the model gives it, after a "find" answer. */
export interface LayerSize extends LayerChoice {
  sizeBytes: number;
  /** The size as text: `≈ 612 MB`, `between 1 MB and 5 MB`, `0 B` for metadata-only steps. */
  sizeText: string;
  /** True for the layers the model cannot rule out as the biggest. */
  biggest: boolean;
  explanation: string;
}

/** The outcome of a "find the biggest layer" answer. */
export interface FindGrade {
  passed: boolean;
  /** False when there was nothing to compare (no image, no layers, no answer). */
  checked: boolean;
  /** Every layer of the Dockerfile with its size, in order. */
  layers: LayerSize[];
  /** What the base image brings, as text, or null for scratch. */
  base: string | null;
  message: string;
}

function bounds(layer: Layer): { low: number; high: number } {
  const range = layer.sizeRange;
  return range
    ? { low: range.low, high: range.high ?? Number.POSITIVE_INFINITY }
    : { low: layer.sizeBytes, high: layer.sizeBytes };
}

/**
 * Grades the line a learner picked as the biggest layer. A layer counts as the biggest when no other
 * layer is surely bigger (its upper bound reaches the largest lower bound), so overlapping unknown
 * sizes accept each of them, and the message says the model cannot tell them apart. Never throws.
 */
export function gradeFind(result: SimulationResult, pickedLine: number | null): FindGrade {
  try {
    const image = result.image;
    if (!image) {
      return {
        passed: false,
        checked: false,
        layers: [],
        base: null,
        message: 'The build does not produce an image, so it has no layers to compare.',
      };
    }
    const own = new Map<number, Layer>();
    for (const layer of image.layers) {
      if (layer.line !== null && !own.has(layer.line)) own.set(layer.line, layer);
    }
    const floor = Math.max(0, ...[...own.values()].map((l) => bounds(l).low));
    const layers = [...own.values()].map((layer): LayerSize => ({
      line: layer.line ?? 0,
      instruction: short(layer.instruction),
      sizeBytes: layer.sizeBytes,
      sizeText: layer.empty ? '0 B (metadata only)' : sizeText(layer),
      biggest: own.size > 0 && bounds(layer).high >= floor && floor > 0,
      explanation: layer.explanation,
    }));
    const baseBytes = image.layers.filter((l) => l.line === null).reduce((sum, l) => sum + l.sizeBytes, 0);
    const base = image.base && baseBytes > 0 ? `${image.base.input}: ≈ ${readableSize(baseBytes)}` : null;
    const winners = layers.filter((l) => l.biggest);
    if (pickedLine === null || winners.length === 0) {
      return {
        passed: false,
        checked: false,
        layers,
        base,
        message: winners.length === 0 ? 'No layer of the Dockerfile adds any bytes.' : 'Pick a layer first.',
      };
    }
    const passed = winners.some((l) => l.line === pickedLine);
    const tie =
      winners.length > 1
        ? ` The model cannot tell lines ${winners.map((w) => w.line).join(' and ')} apart (their sizes overlap), so each counts.`
        : '';
    const top = winners[0];
    const message = passed
      ? `Right: line ${pickedLine} adds the most bytes (${layers.find((l) => l.line === pickedLine)?.sizeText}).${tie}`
      : `Not this one: line ${pickedLine} adds ${layers.find((l) => l.line === pickedLine)?.sizeText ?? 'nothing the model knows of'}, but line ${top.line} (\`${top.instruction}\`) adds ${top.sizeText}.${tie}`;
    return { passed, checked: true, layers, base, message };
  } catch (error) {
    return {
      passed: false,
      checked: false,
      layers: [],
      base: null,
      message: `The simulator could not check this (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
