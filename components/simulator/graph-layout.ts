/**
 * Lays out the stage graph for drawing as SVG. Uses dagre's layered layout (rank assignment,
 * crossing reduction and coordinate assignment) top to bottom, so the picture reads in the same
 * order as the Dockerfile: base images at the top, the shipped stage at the bottom.
 */
import dagre from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import type { Edge, EdgeKind, GraphNode, StageGraph } from '@/lib/build/plan/types';

/** A positioned node. `x`, `y` are the top-left corner. */
export interface LaidOutNode {
  id: string;
  node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A positioned edge: the graph's edge (by index into `graph.edges`) and its polyline. */
export interface LaidOutEdge {
  id: string;
  index: number;
  edge: Edge;
  kind: EdgeKind;
  points: Array<{ x: number; y: number }>;
}

export interface GraphLayout {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  width: number;
  height: number;
}

/** Node box sizes (SVG user units). Large enough for a 20-character label at a readable size. */
export const STAGE_NODE = { width: 200, height: 60 } as const;
export const IMAGE_NODE = { width: 200, height: 44 } as const;
/** Extra height of a skipped stage's box, whose reason takes a second line. */
export const SKIPPED_EXTRA_HEIGHT = 17;
const MARGIN = 8;

/** Stable id of a graph node, for keys and element ids. */
export function nodeId(node: GraphNode): string {
  return node.kind === 'stage' ? `stage-${node.index}` : `image-${node.ref}`;
}

/**
 * Position every stage and external image of `graph`, and route every edge whose ends exist.
 * Never throws; an empty graph gives an empty layout.
 */
export function layoutStageGraph(graph: StageGraph): GraphLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 48, edgesep: 16, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));

  const known = new Map<string, GraphNode>();
  for (const img of graph.images) {
    const node: GraphNode = { kind: 'image', ref: img.ref };
    known.set(nodeId(node), node);
    g.setNode(nodeId(node), { ...IMAGE_NODE });
  }
  for (const stage of graph.stages) {
    const node: GraphNode = { kind: 'stage', index: stage.index };
    known.set(nodeId(node), node);
    const extra = stage.built ? 0 : SKIPPED_EXTRA_HEIGHT;
    g.setNode(nodeId(node), { width: STAGE_NODE.width, height: STAGE_NODE.height + extra });
  }
  const kept: Array<{ id: string; index: number; edge: Edge; from: string; to: string }> = [];
  graph.edges.forEach((edge, index) => {
    const from = nodeId(edge.from);
    const to = nodeId({ kind: 'stage', index: edge.to });
    if (!known.has(from) || !known.has(to)) return;
    const id = `edge-${index}`;
    // Base edges weigh more, so a stage sits straight under what it starts from.
    g.setEdge(from, to, { weight: edge.kind === 'from' ? 4 : 1, minlen: 1 }, id);
    kept.push({ id, index, edge, from, to });
  });

  try {
    dagre.layout(g);
  } catch {
    return fallbackLayout(graph, known);
  }

  const nodes: LaidOutNode[] = [];
  for (const [id, node] of known) {
    const n = g.node(id);
    const width = n.width;
    const height = n.height;
    nodes.push({ id, node, x: (n.x ?? 0) - width / 2, y: (n.y ?? 0) - height / 2, width, height });
  }
  const edges: LaidOutEdge[] = kept.map(({ id, index, edge, from, to }) => {
    const e = g.edge({ v: from, w: to, name: id });
    return { id, index, edge, kind: edge.kind, points: (e?.points ?? []).map((p) => ({ x: p.x, y: p.y })) };
  });
  const label = g.graph();
  return {
    nodes,
    edges,
    width: Math.max(label.width ?? 0, ...nodes.map((n) => n.x + n.width + MARGIN)),
    height: Math.max(label.height ?? 0, ...nodes.map((n) => n.y + n.height + MARGIN)),
  };
}

/** A plain one-column layout, used only if the layout library fails on some input. */
function fallbackLayout(graph: StageGraph, known: Map<string, GraphNode>): GraphLayout {
  const nodes: LaidOutNode[] = [];
  let y = MARGIN;
  for (const [id, node] of known) {
    const size = node.kind === 'stage' ? STAGE_NODE : IMAGE_NODE;
    nodes.push({ id, node, x: MARGIN, y, ...size });
    y += size.height + 24;
  }
  const centre = (id: string) => nodes.find((n) => n.id === id);
  const edges: LaidOutEdge[] = [];
  graph.edges.forEach((edge, index) => {
    const a = centre(nodeId(edge.from));
    const b = centre(nodeId({ kind: 'stage', index: edge.to }));
    if (!a || !b) return;
    edges.push({
      id: `edge-${index}`,
      index,
      edge,
      kind: edge.kind,
      points: [
        { x: a.x + a.width / 2, y: a.y + a.height },
        { x: b.x + b.width / 2, y: b.y },
      ],
    });
  });
  return { nodes, edges, width: STAGE_NODE.width + 2 * MARGIN, height: y };
}

/**
 * A key that changes only when the drawing would: stages (built, target, base), images and edge
 * ends. Edits that merely move lines keep the key, so the layout can be reused while typing.
 */
export function graphShapeKey(graph: StageGraph): string {
  const stages = graph.stages.map((s) => `${s.index}:${s.built ? 1 : 0}`);
  const images = graph.images.map((i) => i.ref);
  const edges = graph.edges.map((e) => `${nodeId(e.from)}>${e.to}:${e.kind}`);
  return JSON.stringify([stages, images, edges]);
}

/**
 * `layout` for `graph` when it was computed for a graph of the same shape: positions kept, edges
 * re-pointed at `graph`'s edges (whose ranges may have moved).
 */
export function reuseLayout(layout: GraphLayout, graph: StageGraph): GraphLayout {
  return {
    ...layout,
    nodes: layout.nodes,
    edges: layout.edges.map((e) => ({ ...e, edge: graph.edges[e.index] ?? e.edge })),
  };
}

const recent = new Map<string, GraphLayout>();
const RECENT_MAX = 32;

/**
 * {@link layoutStageGraph} with a small cache by {@link graphShapeKey}: typing that does not change
 * the graph's shape reuses the layout instead of laying it out again on every keystroke.
 */
export function cachedLayout(graph: StageGraph): GraphLayout {
  const key = graphShapeKey(graph);
  const hit = recent.get(key);
  if (hit) {
    recent.delete(key);
    recent.set(key, hit);
    return reuseLayout(hit, graph);
  }
  const layout = layoutStageGraph(graph);
  recent.set(key, layout);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
  return layout;
}
