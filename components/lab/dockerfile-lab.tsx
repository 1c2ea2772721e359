'use client';

/**
 * A lesson's lab: one example Dockerfile, editable (or read-only), simulated live, with the learner's
 * edits kept in this browser and a "Reset to the original" action.
 */
import { useState } from 'react';
import type { Builder } from '@/lib/plan/types';
import type { BuildContext } from '@/lib/build/types';
import { visibleLines } from '@/components/editor/editor-theme';
import { LabWorkbench } from './lab-workbench';
import { useLabDraft } from './use-lab-draft';
import { useSimulation } from './use-simulation';

/** Props of {@link DockerfileLab}: plain data prepared at build time by the MDX tag. */
export interface DockerfileLabProps {
  /** Unique on the page; also the key of the saved draft. */
  labId: string;
  exampleId: string;
  file: string;
  originalText: string;
  context: BuildContext;
  target?: string | null;
  readOnly?: boolean;
  /** Standard input for `docker run`, or null. */
  stdin: string | null;
}

/** Makes a string safe for element ids. */
export function domId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The lab (client component). */
export function DockerfileLab(props: DockerfileLabProps) {
  const { labId, exampleId, file, originalText, context, readOnly = false, stdin } = props;
  const draft = useLabDraft(readOnly ? null : labId, originalText);
  const [target, setTarget] = useState<string | null>(props.target ?? null);
  const [builder, setBuilder] = useState<Builder>('buildkit');
  const [lines] = useState(() => visibleLines(originalText));
  const simulation = useSimulation({
    text: draft.text,
    contextKey: exampleId,
    context,
    target,
    builder,
    stdin,
    exerciseId: null,
  });
  const id = domId(`lab-${labId}`);

  return (
    <LabWorkbench
      id={id}
      contextKey={exampleId}
      breakout
      title={
        <>
          {exampleId} · {file}
          {readOnly && (
            <span className="ml-2 font-sans font-normal text-zinc-600 dark:text-zinc-400">(read-only)</span>
          )}
        </>
      }
      editorLabel={file}
      panelTitle={`${exampleId} · ${file}${target ? ` (--target ${target})` : ''}`}
      text={draft.text}
      onTextChange={draft.setText}
      lines={lines}
      readOnly={readOnly}
      simulation={simulation}
      target={target}
      onTargetChange={setTarget}
      builder={builder}
      onBuilderChange={setBuilder}
      toolbar={
        !readOnly && (
          <>
            <span className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
              {draft.changed ? 'Edited · saved in this browser' : 'Original'}
            </span>
            <button
              type="button"
              onClick={draft.reset}
              disabled={!draft.changed}
              className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700"
            >
              Reset to the original
            </button>
          </>
        )
      }
      notices={<LabNotices restored={draft.restored} notice={draft.notice} />}
    />
  );
}

/** Messages under a lab's title bar. */
export function LabNotices({ restored, notice }: { restored: boolean; notice: string | null }) {
  if (!restored && !notice) return null;
  return (
    <div className="border-b border-zinc-200 px-3 py-1.5 text-xs dark:border-zinc-700" role="status">
      {restored && (
        <p className="m-0 text-zinc-700 dark:text-zinc-300">Your edits from last time were restored.</p>
      )}
      {notice && <p className="m-0 text-amber-800 dark:text-amber-200">{notice}</p>}
    </div>
  );
}
