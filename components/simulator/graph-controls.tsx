'use client';
import type { Builder, StageGraph } from '@/lib/plan/types';
import { stageLabel } from './stage-labels';

/** Props of {@link GraphControls}. */
export interface GraphControlsProps {
  graph: StageGraph | null;
  /** The `--target` in force: a stage name or index as text, or null for the last stage. */
  target: string | null;
  onTargetChange(target: string | null): void;
  builder: Builder;
  onBuilderChange(builder: Builder): void;
  idPrefix: string;
}

const LAST = '\u0000last';

/**
 * The build's knobs: `--target` (every stage by name or index, or the last stage) and the builder
 * (BuildKit, which skips stages the target does not need, or the legacy builder, which runs them all).
 */
export function GraphControls({
  graph,
  target,
  onTargetChange,
  builder,
  onBuilderChange,
  idPrefix,
}: GraphControlsProps) {
  const stages = graph?.stages ?? [];
  const match =
    target === null
      ? null
      : stages.find((s) => s.name === target.toLowerCase() || String(s.index) === target.trim());
  const known = target === null || match !== undefined;
  const value = target === null ? LAST : match ? (match.name ?? String(match.index)) : target;
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
      <label className="flex flex-col gap-0.5" htmlFor={`${idPrefix}-target`}>
        <span className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Target (--target)</span>
        <select
          id={`${idPrefix}-target`}
          value={value}
          onChange={(e) => onTargetChange(e.target.value === LAST ? null : e.target.value)}
          className="rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100"
        >
          <option value={LAST}>last stage (default)</option>
          {stages.map((s) => (
            <option key={s.index} value={s.name ?? String(s.index)}>
              {s.index}: {stageLabel(s)}
            </option>
          ))}
          {!known && target !== null && <option value={target}>{target} (not found)</option>}
        </select>
      </label>
      <fieldset className="flex flex-col gap-0.5">
        <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Builder</legend>
        <div className="inline-flex overflow-hidden rounded border border-zinc-400 dark:border-zinc-500">
          {(['buildkit', 'legacy'] as const).map((b) => (
            <label
              key={b}
              className="cursor-pointer px-2.5 py-1 has-[:checked]:bg-zinc-800 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent-600 dark:has-[:checked]:bg-zinc-200 dark:has-[:checked]:text-zinc-900"
            >
              <input
                type="radio"
                name={`${idPrefix}-builder`}
                value={b}
                checked={builder === b}
                onChange={() => onBuilderChange(b)}
                className="sr-only"
              />
              {b === 'buildkit' ? 'BuildKit' : 'Legacy'}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
