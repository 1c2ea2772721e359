/**
 * Lays out the stage graph for drawing as SVG. Uses dagre's layered layout (rank assignment,
 * crossing reduction and coordinate assignment) top to bottom, so the picture reads in the same
 * order as the Dockerfile: base images at the top, the shipped stage at the bottom.
 */
import dagre from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import type { Edge, EdgeKind, GraphNode, StageGraph } from '@/lib/plan/types';

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

/** Widest row (SVG units) before the next unconnected part of the graph goes on a new row. */
const ROW_WIDTH = 700;
const PART_GAP = 24;

type Kept = { id: string; index: number; edge: Edge; from: string; to: string };

/**
 * Position every stage and external image of `graph`, and route every edge whose ends exist.
 * Parts of the graph that are not connected (e.g. a frontend and a backend chain) are laid out
 * separately and packed in rows, so the drawing stays narrow enough to read in a side panel.
 * Never throws; an empty graph gives an empty layout.
 */
export function layoutStageGraph(graph: StageGraph): GraphLayout {
  const known = new Map<string, GraphNode>();
  const sizes = new Map<string, { width: number; height: number }>();
  for (const stage of graph.stages) {
    const node: GraphNode = { kind: 'stage', index: stage.index };
    known.set(nodeId(node), node);
    const extra = stage.built ? 0 : SKIPPED_EXTRA_HEIGHT;
    sizes.set(nodeId(node), { width: STAGE_NODE.width, height: STAGE_NODE.height + extra });
  }
  for (const img of graph.images) {
    const node: GraphNode = { kind: 'image', ref: img.ref };
    known.set(nodeId(node), node);
    sizes.set(nodeId(node), { ...IMAGE_NODE });
  }
  const kept: Kept[] = [];
  graph.edges.forEach((edge, index) => {
    const from = nodeId(edge.from);
    const to = nodeId({ kind: 'stage', index: edge.to });
    if (known.has(from) && known.has(to)) kept.push({ id: `edge-${index}`, index, edge, from, to });
  });

  try {
    const parts = connectedParts([...known.keys()], kept).map((ids) => layoutPart(ids, kept, sizes, known));
    return packParts(parts);
  } catch {
    return fallbackLayout(graph, known);
  }
}

/** Groups of node ids connected by edges, in the order their first node appears in `ids`. */
function connectedParts(ids: string[], edges: Kept[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(id, r);
    return r;
  };
  for (const e of edges) parent.set(find(e.from), find(e.to));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    const list = groups.get(root);
    if (list) list.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}

/** Lay out one connected part with dagre, top to bottom, with its origin at (0, 0). */
function layoutPart(
  ids: string[],
  allEdges: Kept[],
  sizes: Map<string, { width: number; height: number }>,
  known: Map<string, GraphNode>,
): GraphLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 48, edgesep: 16, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const inPart = new Set(ids);
  for (const id of ids) g.setNode(id, { ...(sizes.get(id) ?? STAGE_NODE) });
  const edges = allEdges.filter((e) => inPart.has(e.from));
  // Base edges weigh more, so a stage sits straight under what it starts from.
  for (const e of edges) g.setEdge(e.from, e.to, { weight: e.edge.kind === 'from' ? 4 : 1, minlen: 1 }, e.id);
  dagre.layout(g);
  const nodes: LaidOutNode[] = ids.map((id) => {
    const n = g.node(id);
    return {
      id,
      node: known.get(id) as GraphNode,
      x: (n.x ?? 0) - n.width / 2,
      y: (n.y ?? 0) - n.height / 2,
      width: n.width,
      height: n.height,
    };
  });
  const laidEdges: LaidOutEdge[] = edges.map(({ id, index, edge, from, to }) => {
    const e = g.edge({ v: from, w: to, name: id });
    return { id, index, edge, kind: edge.kind, points: (e?.points ?? []).map((p) => ({ x: p.x, y: p.y })) };
  });
  const width = Math.max(0, ...nodes.map((n) => n.x + n.width));
  const height = Math.max(0, ...nodes.map((n) => n.y + n.height));
  return { nodes, edges: laidEdges, width, height };
}

/** Pack laid-out parts in rows (left to right, then down), with a margin around everything. */
function packParts(parts: GraphLayout[]): GraphLayout {
  const rowWidth = Math.max(ROW_WIDTH, ...parts.map((p) => p.width));
  const nodes: LaidOutNode[] = [];
  const edges: LaidOutEdge[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const part of parts) {
    if (x > 0 && x + part.width > rowWidth) {
      x = 0;
      y += rowHeight + PART_GAP;
      rowHeight = 0;
    }
    const dx = MARGIN + x;
    const dy = MARGIN + y;
    for (const n of part.nodes) nodes.push({ ...n, x: n.x + dx, y: n.y + dy });
    for (const e of part.edges)
      edges.push({ ...e, points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) });
    x += part.width + PART_GAP;
    rowHeight = Math.max(rowHeight, part.height);
    width = Math.max(width, dx + part.width);
  }
  edges.sort((a, b) => a.index - b.index);
  return {
    nodes,
    edges,
    width: nodes.length ? width + MARGIN : 0,
    height: nodes.length ? MARGIN + y + rowHeight + MARGIN : 0,
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
