'use client';
import { useMemo, type KeyboardEvent } from 'react';
import type { StageGraph } from '@/lib/plan/types';
import type { SourceRange } from '@/lib/diagnostics';
import { cachedLayout, type LaidOutEdge, type LaidOutNode } from './graph-layout';
import { EXTERNAL_COLOR, stageColor } from './stage-colors';
import { baseLabel, edgeLabel, linesText, stageLabel, truncate, wrapText } from './stage-labels';

/** Props of {@link StageGraphSvg}. */
export interface StageGraphSvgProps {
  graph: StageGraph;
  onRevealRange(range: SourceRange): void;
  idPrefix: string;
}

/**
 * The page's global focus outline would draw a box around the whole SVG group; nodes show their own
 * focus ring instead. Inline, because the global rule is unlayered and beats utility classes.
 */
const NO_OUTLINE = { outline: 'none' } as const;

function activate(e: KeyboardEvent, run: () => void) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    run();
  }
}

function edgePath(points: LaidOutEdge['points']): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/**
 * The stage graph drawn as SVG: a box per stage (in its colour) and per external image (grey), solid
 * arrows for FROM, dashed for COPY --from and mount sources; the target outlined heavily and marked
 * "target", skipped stages greyed with the reason written inside. Every node and edge is a button
 * (click, Enter or Space) that reveals its lines in the editor.
 */
export function StageGraphSvg({ graph, onRevealRange, idPrefix }: StageGraphSvgProps) {
  const layout = useMemo(() => cachedLayout(graph), [graph]);
  const arrow = `${idPrefix}-arrow`;
  if (layout.nodes.length === 0) return null;
  return (
    <svg
      viewBox={`0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`}
      width="100%"
      style={{ maxWidth: `${Math.ceil(layout.width) * 1.25}px`, maxHeight: '32rem' }}
      role="group"
      aria-label="Stage graph (the table below lists the same stages)"
      className="mx-auto block text-zinc-900 dark:text-zinc-100"
      fontFamily="var(--font-sans)"
    >
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="fill-zinc-600 dark:fill-zinc-300" />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <g
          key={e.id}
          role="button"
          tabIndex={0}
          aria-label={`${edgeLabel(e.edge, graph)}: show in the editor`}
          className="group cursor-pointer"
          style={NO_OUTLINE}
          onClick={() => onRevealRange(e.edge.range)}
          onKeyDown={(ev) => activate(ev, () => onRevealRange(e.edge.range))}
        >
          <path d={edgePath(e.points)} fill="none" stroke="transparent" strokeWidth={14} />
          <path
            d={edgePath(e.points)}
            fill="none"
            className="stroke-zinc-600 group-hover:stroke-accent-600 group-focus-visible:stroke-accent-600 group-focus-visible:[stroke-width:4] dark:stroke-zinc-300 dark:group-hover:stroke-accent-300 dark:group-focus-visible:stroke-accent-300"
            strokeWidth={e.kind === 'from' ? 2 : 1.75}
            strokeDasharray={e.kind === 'from' ? undefined : '6 4'}
            markerEnd={`url(#${arrow})`}
          />
        </g>
      ))}
      {layout.nodes.map((n) => (
        <GraphNodeBox key={n.id} laid={n} graph={graph} onRevealRange={onRevealRange} />
      ))}
    </svg>
  );
}

function GraphNodeBox({
  laid,
  graph,
  onRevealRange,
}: {
  laid: LaidOutNode;
  graph: StageGraph;
  onRevealRange(range: SourceRange): void;
}) {
  const { x, y, width, height, node } = laid;
  if (node.kind === 'image') {
    const edge = graph.edges.find((e) => e.from.kind === 'image' && e.from.ref === node.ref);
    const reveal = () => edge && onRevealRange(edge.range);
    return (
      <g
        role="button"
        tabIndex={0}
        aria-label={`External image ${node.ref}${edge ? `: show ${linesText(edge.range)}` : ''}`}
        className="group cursor-pointer"
        style={NO_OUTLINE}
        onClick={reveal}
        onKeyDown={(ev) => activate(ev, reveal)}
      >
        <FocusRing x={x} y={y} width={width} height={height} rx={height / 2 + 5} />
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={height / 2}
          fill={EXTERNAL_COLOR.soft}
          stroke={EXTERNAL_COLOR.solid}
          strokeWidth={1.5}
          className="group-focus-visible:stroke-accent-600 group-focus-visible:[stroke-width:3] dark:group-focus-visible:stroke-accent-300"
        />
        <text
          x={x + width / 2}
          y={y + height / 2 + 5}
          textAnchor="middle"
          fontSize={14}
          className="fill-current"
        >
          {truncate(node.ref, 24)}
        </text>
      </g>
    );
  }
  const stage = graph.stages[node.index];
  if (!stage) return null;
  const color = stageColor(stage.index);
  const skipped = !stage.built;
  const title = `${stage.index}: ${stageLabel(stage)}`;
  const sub = skipped
    ? `skipped: ${stage.skippedReason ?? 'not built'}`
    : `FROM ${baseLabel(stage, graph)}${stage.isTarget ? ' · target' : ''}`;
  return (
    <g
      role="button"
      tabIndex={0}
      // The name starts with the visible text (WCAG 2.5.3, label in name).
      aria-label={`${title} ${sub}: show ${linesText(stage.range)}`}
      className="group cursor-pointer"
      style={NO_OUTLINE}
      onClick={() => onRevealRange(stage.range)}
      onKeyDown={(ev) => activate(ev, () => onRevealRange(stage.range))}
      data-skipped={skipped || undefined}
      data-target={stage.isTarget || undefined}
    >
      <FocusRing x={x} y={y} width={width} height={height} rx={12} />
      {stage.isTarget && (
        <rect
          x={x - 4}
          y={y - 4}
          width={width + 8}
          height={height + 8}
          rx={10}
          fill="none"
          stroke={color.solid}
          strokeWidth={2}
        />
      )}
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={7}
        fill={skipped ? 'transparent' : color.soft}
        stroke={skipped ? EXTERNAL_COLOR.solid : color.solid}
        strokeWidth={stage.isTarget ? 3 : 2}
        strokeDasharray={skipped ? '4 3' : undefined}
        className="group-focus-visible:stroke-accent-600 dark:group-focus-visible:stroke-accent-300"
      />
      <rect
        x={x}
        y={y}
        width={6}
        height={height}
        rx={3}
        fill={skipped ? EXTERNAL_COLOR.solid : color.solid}
      />
      <text x={x + 14} y={y + 24} fontSize={15} fontWeight={600} className="fill-current">
        {truncate(title, 22)}
      </text>
      <text
        x={x + 14}
        y={y + 45}
        fontSize={12.5}
        className={skipped ? 'fill-zinc-600 italic dark:fill-zinc-400' : 'fill-zinc-700 dark:fill-zinc-300'}
      >
        {(skipped ? wrapText(sub, 27, 2) : [truncate(sub, 28)]).map((line, i, lines) => (
          <tspan key={i} x={x + 14} dy={i === 0 ? 0 : 17}>
            {/* The space keeps the words apart in the text a screen reader reads across lines. */}
            {i < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A ring around a node, shown only while it has keyboard focus. */
function FocusRing({
  x,
  y,
  width,
  height,
  rx,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
}) {
  return (
    <rect
      x={x - 7}
      y={y - 7}
      width={width + 14}
      height={height + 14}
      rx={rx}
      fill="none"
      strokeWidth={3}
      className="stroke-accent-600 opacity-0 group-focus-visible:opacity-100 dark:stroke-accent-300"
    />
  );
}
