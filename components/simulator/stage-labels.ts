/**
 * Words for stages, images and edges, shared by the stage graph, its table and the layer bars.
 */
import type { Edge, GraphNode, Stage, StageGraph } from '@/lib/plan/types';
import type { SourceRange } from '@/lib/diagnostics';

/** What a learner calls a stage: its name, or `stage N` for an unnamed one. */
export function stageLabel(stage: Stage): string {
  return stage.name ?? (stage.displayName ? stage.displayName : `stage ${stage.index}`);
}

/** What a stage starts from, as text: `ubuntu:22.04`, `scratch` or `stage build`. */
export function baseLabel(stage: Stage, graph: StageGraph): string {
  const b = stage.base;
  if (b.kind === 'scratch') return 'scratch';
  if (b.kind === 'image') return b.ref;
  const parent = graph.stages[b.stageIndex];
  return parent ? `stage ${stageLabel(parent)}` : `stage ${b.stageIndex}`;
}

/** The label of any graph node. */
export function nodeLabel(node: GraphNode, graph: StageGraph): string {
  if (node.kind === 'image') return node.ref;
  const stage = graph.stages[node.index];
  return stage ? stageLabel(stage) : `stage ${node.index}`;
}

const EDGE_WORDS: Record<Edge['kind'], string> = {
  from: 'FROM',
  'copy-from': 'COPY --from',
  'mount-from': 'RUN --mount from',
};

/** An edge in words: `build → final (COPY --from, line 8)`. */
export function edgeLabel(edge: Edge, graph: StageGraph): string {
  const to = graph.stages[edge.to];
  const toLabel = to ? stageLabel(to) : `stage ${edge.to}`;
  return `${nodeLabel(edge.from, graph)} → ${toLabel} (${EDGE_WORDS[edge.kind]}, ${linesText(edge.range)})`;
}

/** `line 3` or `lines 1–5`. */
export function linesText(range: SourceRange): string {
  const a = range.start.line;
  const b = range.end.line;
  return a === b || b < a ? `line ${a}` : `lines ${a}–${b}`;
}

/** The stages a stage depends on (its base and its `--from` sources), as labels, without duplicates. */
export function dependsOn(stage: Stage, graph: StageGraph): string[] {
  const out: string[] = [];
  for (const e of graph.edges) {
    if (e.to !== stage.index) continue;
    const label = `${nodeLabel(e.from, graph)} (${EDGE_WORDS[e.kind]})`;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** Shorten `text` to at most `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * Break `text` into at most `maxLines` lines of at most `maxChars` characters, at spaces where
 * possible; the last line ends with an ellipsis when text is left over.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    const next = line ? `${line} ${w}` : w;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    else {
      lines.push(w.slice(0, maxChars));
      words[i] = w.slice(maxChars);
      i--;
    }
    line = line ? w : '';
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
    i = words.length;
  }
  if (i < words.length || line) lines[lines.length - 1] = truncate(`${lines[lines.length - 1]} …`, maxChars);
  return lines;
}
