'use client';

/**
 * One lab layout everywhere: the editor on the left, the simulated build on the right (stacked on a
 * phone), a toolbar above and the keyboard hint below the editor.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Builder } from '@/lib/plan/types';
import type { SourceRange } from '@/lib/diagnostics';
import { DockerfileEditor } from '@/components/editor/dockerfile-editor';
import { labLanguageSource, workerLanguageSource } from './language-source';
import { DeferredPanel } from './lazy-panel';
import { useNearView } from '@/components/ui/near-view';
import type { SimulationState } from './use-simulation';

/** Props of {@link LabWorkbench}. */
export interface LabWorkbenchProps {
  /** Unique per lab on the page; prefixes element ids. */
  id: string;
  /** Shown above the editor, e.g. "go-calculator · Dockerfile.multi-stage". */
  title: ReactNode;
  /** Accessible name of the editor, e.g. "Dockerfile.multi-stage". */
  editorLabel: string;
  text: string;
  onTextChange(text: string): void;
  /** Visible lines of the editor (fixed height). */
  lines: number;
  readOnly?: boolean;
  simulation: SimulationState;
  target: string | null;
  onTargetChange(target: string | null): void;
  builder: Builder;
  onBuilderChange(builder: Builder): void;
  /** Buttons and status shown in the title bar. */
  toolbar?: ReactNode;
  /** Messages shown under the title bar (restored draft, unreadable data, …). */
  notices?: ReactNode;
  /** Extra content under the editor (e.g. an exercise's goals). */
  belowEditor?: ReactNode;
  /** The title as plain text, naming the simulation panel apart from other labs' (default: `title` if text). */
  panelTitle?: string;
  /** The build context the lab simulates with; given, quick fixes say what they change in size. */
  contextKey?: string;
  /** The exercise whose build options the lab simulates with, or null. */
  exerciseId?: string | null;
  /** Span the lesson area, wider than the reading column. */
  breakout?: boolean;
  /** Joined to a header above it (no top margin, square top corners). */
  attached?: boolean;
}

/** Editor + panel, wired together: clicking the graph selects lines in the editor. */
export function LabWorkbench(props: LabWorkbenchProps) {
  const { id, title, editorLabel, text, onTextChange, lines, readOnly = false, simulation } = props;
  const [reveal, setReveal] = useState<{ range: SourceRange; nonce: number } | null>(null);
  const onRevealRange = useCallback(
    (range: SourceRange) => setReveal((r) => ({ range, nonce: (r?.nonce ?? 0) + 1 })),
    [],
  );
  const { contextKey, target, builder } = props;
  const exerciseId = props.exerciseId ?? null;
  const source = useMemo(
    () =>
      contextKey === undefined
        ? workerLanguageSource
        : labLanguageSource({ contextKey, target, builder, exerciseId }),
    [contextKey, target, builder, exerciseId],
  );
  const hintId = `${id}-keys`;
  const titleId = `${id}-title`;
  const sectionRef = useRef<HTMLElement>(null);
  // The panel's code loads when the lab nears the view.
  const panelWanted = useNearView(sectionRef);

  return (
    <section
      ref={sectionRef}
      aria-labelledby={titleId}
      data-testid="lab"
      data-lab-id={id}
      className={`not-prose overflow-hidden border ${props.attached ? 'mt-0 mb-8 rounded-b-xl' : 'my-8 rounded-xl'} border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-950 ${props.breakout ? 'breakout' : ''}`}
    >
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900">
        <p id={titleId} className="m-0 font-mono text-sm font-semibold text-zinc-800 dark:text-zinc-100">
          {title}
        </p>
        <div className="flex flex-wrap items-center gap-2">{props.toolbar}</div>
      </header>
      {props.notices}
      <div className="grid grid-cols-1 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 border-b border-zinc-200 lg:border-r lg:border-b-0 dark:border-zinc-700">
          {/* A printed lesson shows the whole Dockerfile as it is now, not the editor's visible lines. */}
          <pre
            data-print="only"
            data-testid="lab-print-text"
            className="m-0 overflow-hidden px-3 py-2 font-mono text-xs whitespace-pre-wrap"
          >
            {text}
          </pre>
          <div data-print="hide">
            <DockerfileEditor
              editorId={id}
              value={text}
              onChange={onTextChange}
              diagnostics={simulation.diagnostics}
              readOnly={readOnly}
              label={editorLabel}
              lines={lines}
              source={source}
              reveal={reveal}
            />
            <p
              id={hintId}
              className="m-0 border-t border-zinc-200 px-3 py-1.5 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
            >
              Keys: <kbd>Esc</kbd> then <kbd>Tab</kbd> leaves the editor · <kbd>Ctrl</kbd>+<kbd>Space</kbd>{' '}
              suggests · <kbd>F8</kbd> next problem · <kbd>Ctrl</kbd>+<kbd>M</kbd> makes <kbd>Tab</kbd> move
              focus
            </p>
          </div>
          {props.belowEditor}
        </div>
        <div className="min-w-0 p-3">
          {simulation.error && (
            <p
              role="alert"
              className="mb-2 rounded bg-red-50 px-2 py-1 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
            >
              {simulation.error}
            </p>
          )}
          <DeferredPanel
            wanted={panelWanted}
            answered={simulation.revision > 0}
            result={simulation.result}
            run={simulation.run}
            inventory={simulation.inventory}
            diagnostics={simulation.diagnostics}
            pending={simulation.pending}
            previousSizeBytes={simulation.previousSizeBytes}
            target={props.target}
            onTargetChange={props.onTargetChange}
            builder={props.builder}
            onBuilderChange={props.onBuilderChange}
            onRevealRange={onRevealRange}
            idPrefix={id}
            title={props.panelTitle ?? (typeof title === 'string' ? title : editorLabel)}
          />
        </div>
      </div>
    </section>
  );
}
