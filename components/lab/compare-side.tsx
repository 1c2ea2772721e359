'use client';

/**
 * One Dockerfile of a comparison: an editable editor with its headline size and diagnostics count.
 * Simulates on its own (one worker request per side) and reports its image to the comparison.
 */
import { useEffect } from 'react';
import type { BuildContext, RunOutcome, SimulatedImage } from '@/lib/build/types';
import { DockerfileEditor } from '@/components/editor/dockerfile-editor';
import { readableSize } from '@/lib/build/format';
import { imageSizeText } from '@/components/simulator/size-text';
import { workerLanguageSource } from './language-source';
import { useLabDraft } from './use-lab-draft';
import { useSimulation } from './use-simulation';

/** Props of {@link CompareSide}. */
export interface CompareSideProps {
  id: string;
  draftId: string;
  exampleId: string;
  file: string;
  label: string;
  originalText: string;
  context: BuildContext;
  stdin: string | null;
  lines: number;
  onResult(image: SimulatedImage | null, run: RunOutcome | null): void;
}

/** An editable side of a comparison. */
export function CompareSide(props: CompareSideProps) {
  const { id, draftId, exampleId, file, label, originalText, context, stdin, lines, onResult } = props;
  const draft = useLabDraft(draftId, originalText);
  const simulation = useSimulation({
    text: draft.text,
    contextKey: exampleId,
    context,
    target: null,
    builder: 'buildkit',
    stdin,
    exerciseId: null,
  });
  const image = simulation.result?.image ?? null;
  const errors = simulation.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = simulation.diagnostics.length - errors;

  useEffect(() => {
    onResult(image, simulation.run);
  }, [image, simulation.run, onResult]);

  return (
    <div
      className="flex min-w-0 flex-col overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700"
      data-testid="compare-side"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900">
        <p
          className="m-0 font-mono text-sm font-semibold text-zinc-800 dark:text-zinc-100"
          id={`${id}-label`}
        >
          {file}
          <span className="ml-2 font-sans font-normal text-zinc-600 dark:text-zinc-400">{label}</span>
        </p>
        <p
          className="m-0 text-sm tabular-nums text-zinc-800 dark:text-zinc-100"
          aria-live="polite"
          data-testid="compare-size"
        >
          {image
            ? image.sizeRange
              ? imageSizeText(image)
              : `≈ ${readableSize(image.sizeBytes)}`
            : 'no image'}
          {simulation.pending && (
            <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">simulating…</span>
          )}
        </p>
      </div>
      <DockerfileEditor
        editorId={id}
        value={draft.text}
        onChange={draft.setText}
        diagnostics={simulation.diagnostics}
        label={file}
        lines={lines}
        source={workerLanguageSource}
        reveal={null}
      />
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-zinc-200 px-3 py-1.5 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        <span>
          {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}
          {draft.restored && ' · your edits from last time'}
        </span>
        <button
          type="button"
          onClick={draft.reset}
          disabled={!draft.changed}
          className="rounded border border-zinc-300 bg-white px-2 py-0.5 font-medium text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100"
        >
          Reset to the original
        </button>
      </div>
      {draft.notice && (
        <p className="m-0 px-3 pb-1.5 text-xs text-amber-800 dark:text-amber-200">{draft.notice}</p>
      )}
    </div>
  );
}
