import type { StageGraph } from '@/lib/plan/types';
import type { SourceRange } from '@/lib/diagnostics';
import { stageColor } from './stage-colors';
import { baseLabel, dependsOn, linesText, stageLabel } from './stage-labels';

/** Props of {@link StageTable}. */
export interface StageTableProps {
  graph: StageGraph;
  onRevealRange(range: SourceRange): void;
}

/**
 * The stage graph as a table, the screen-reader path to the same facts: every stage (never hidden),
 * what it starts from, whether the builder runs it (and why not), what it depends on, and its lines.
 */
export function StageTable({ graph, onRevealRange }: StageTableProps) {
  return (
    // Focusable so keyboard users can scroll it sideways on a narrow screen.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label="Stages table">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left text-xs text-zinc-600 dark:text-zinc-400">
          Stages ({graph.builder === 'buildkit' ? 'BuildKit' : 'legacy builder'}
          {graph.target !== null && graph.stages[graph.target]
            ? `, target ${stageLabel(graph.stages[graph.target])}`
            : ', no target'}
          )
        </caption>
        <thead>
          <tr className="border-b border-zinc-300 text-xs text-zinc-600 dark:border-zinc-600 dark:text-zinc-400">
            <th scope="col" className="py-1 pr-2 font-medium">
              Stage
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              From
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Built?
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Depends on
            </th>
            <th scope="col" className="py-1 font-medium">
              Lines
            </th>
          </tr>
        </thead>
        <tbody>
          {graph.stages.map((stage) => {
            const deps = dependsOn(stage, graph);
            return (
              <tr
                key={stage.index}
                className={`border-b border-zinc-200 align-top dark:border-zinc-800 ${stage.built ? '' : 'text-zinc-600 dark:text-zinc-400'}`}
              >
                <th scope="row" className="py-1.5 pr-2 font-medium">
                  <span className="inline-flex items-center gap-1.5">
                    <span
                      aria-hidden="true"
                      className="inline-block size-3 shrink-0 rounded-sm"
                      style={{ background: stageColor(stage.index).solid }}
                    />
                    <span>
                      {stage.index}: {stageLabel(stage)}
                    </span>
                  </span>
                  {stage.isTarget && (
                    <span className="ml-1 rounded bg-zinc-200 px-1 text-xs font-semibold text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100">
                      target
                    </span>
                  )}
                </th>
                <td className="py-1.5 pr-2 font-mono text-xs break-words">{baseLabel(stage, graph)}</td>
                <td className="min-w-[7rem] py-1.5 pr-2">
                  {stage.built ? (
                    'built'
                  ) : (
                    <span className="italic">skipped: {stage.skippedReason ?? 'not built'}</span>
                  )}
                </td>
                <td className="py-1.5 pr-2 text-xs">{deps.length ? deps.join(', ') : '—'}</td>
                <td className="py-1.5">
                  <button
                    type="button"
                    className="rounded px-1 text-xs whitespace-nowrap text-accent-700 underline underline-offset-2 hover:bg-zinc-100 dark:text-accent-300 dark:hover:bg-zinc-800"
                    onClick={() => onRevealRange(stage.range)}
                  >
                    {linesText(stage.range)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
