import { describe, expect, it } from 'vitest';
import type { StageGraph } from '@/lib/plan/types';
import { layoutStageGraph, type LaidOutNode } from './graph-layout';
import { multiStageResult, singleStageResult, skippedStageResult } from './fixtures';

function overlaps(a: LaidOutNode, b: LaidOutNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(nodes: LaidOutNode[]) {
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++)
      expect(overlaps(nodes[i], nodes[j]), `${nodes[i].id} / ${nodes[j].id}`).toBe(false);
}

/** A chain of `n` stages each copying from all earlier ones, on a few base images. */
function wideGraph(n: number): StageGraph {
  const base = skippedStageResult.graph;
  const stages = Array.from({ length: n }, (_, i) => ({
    ...base.stages[0],
    index: i,
    name: `s${i}`,
    displayName: `s${i}`,
  }));
  const images = [0, 1, 2].map((k) => ({ ref: `img${k}:latest`, usedAs: ['base' as const] }));
  const edges: StageGraph['edges'] = [];
  stages.forEach((_, i) => {
    edges.push({
      from: { kind: 'image', ref: `img${i % 3}:latest` },
      to: i,
      kind: 'from',
      range: base.edges[0].range,
    });
    for (let j = 0; j < i; j++)
      edges.push({ from: { kind: 'stage', index: j }, to: i, kind: 'copy-from', range: base.edges[0].range });
  });
  return { ...base, stages, images, edges };
}

describe('layoutStageGraph', () => {
  it('lays out one node per stage and per external image, without overlaps', () => {
    for (const r of [singleStageResult, multiStageResult, skippedStageResult]) {
      const layout = layoutStageGraph(r.graph);
      expect(layout.nodes).toHaveLength(r.graph.stages.length + r.graph.images.length);
      expect(layout.edges).toHaveLength(r.graph.edges.length);
      expectNoOverlap(layout.nodes);
    }
  });

  it('places a dependency above what depends on it', () => {
    const layout = layoutStageGraph(multiStageResult.graph);
    const y = (id: string) => layout.nodes.find((n) => n.id === id)!.y;
    expect(y('image-ubuntu:22.04')).toBeLessThan(y('stage-0'));
    expect(y('stage-0')).toBeLessThan(y('stage-1'));
  });

  it('routes every edge with at least two points inside the drawing', () => {
    const layout = layoutStageGraph(skippedStageResult.graph);
    for (const e of layout.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      for (const p of e.points) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(layout.width);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('handles ten densely connected stages', () => {
    const layout = layoutStageGraph(wideGraph(10));
    expect(layout.nodes).toHaveLength(13);
    expectNoOverlap(layout.nodes);
  });

  it('drops edges to missing nodes and survives a cycle and an empty graph', () => {
    const g = multiStageResult.graph;
    const odd: StageGraph = {
      ...g,
      edges: [
        ...g.edges,
        { from: { kind: 'stage', index: 9 }, to: 0, kind: 'copy-from', range: g.edges[0].range },
        { from: { kind: 'stage', index: 1 }, to: 0, kind: 'copy-from', range: g.edges[0].range },
        { from: { kind: 'stage', index: 1 }, to: 1, kind: 'copy-from', range: g.edges[0].range },
      ],
    };
    const layout = layoutStageGraph(odd);
    expect(layout.edges).toHaveLength(g.edges.length + 2);
    expectNoOverlap(layout.nodes);
    expect(layoutStageGraph({ ...g, stages: [], images: [], edges: [] }).nodes).toEqual([]);
  });
});

describe('graphShapeKey and reuseLayout', () => {
  it('keeps the key when only ranges move, and changes it when a stage is skipped', async () => {
    const { graphShapeKey, reuseLayout } = await import('./graph-layout');
    const g = skippedStageResult.graph;
    const moved: StageGraph = {
      ...g,
      edges: g.edges.map((e) => ({
        ...e,
        range: {
          start: { line: e.range.start.line + 1, column: 1 },
          end: { line: e.range.end.line + 1, column: 1 },
        },
      })),
    };
    expect(graphShapeKey(moved)).toBe(graphShapeKey(g));
    const reused = reuseLayout(layoutStageGraph(g), moved);
    expect(reused.edges[0].edge.range.start.line).toBe(g.edges[0].range.start.line + 1);
    const legacy: StageGraph = { ...g, stages: g.stages.map((s) => ({ ...s, built: true })) };
    expect(graphShapeKey(legacy)).not.toBe(graphShapeKey(g));
  });
});

describe('cachedLayout', () => {
  it('returns the same positions for the same shape, with the new edges', async () => {
    const { cachedLayout } = await import('./graph-layout');
    const g = multiStageResult.graph;
    const a = cachedLayout(g);
    const shifted: StageGraph = {
      ...g,
      edges: g.edges.map((e) => ({ ...e, range: { ...e.range, start: { line: 40, column: 1 } } })),
    };
    const b = cachedLayout(shifted);
    expect(b.nodes).toBe(a.nodes);
    expect(b.edges[1].edge.range.start.line).toBe(40);
  });
});

describe('unconnected parts', () => {
  it('packs separate chains in rows no wider than about three boxes', () => {
    const base = skippedStageResult.graph;
    const stages = Array.from({ length: 6 }, (_, i) => ({
      ...base.stages[0],
      index: i,
      name: `s${i}`,
      displayName: `s${i}`,
    }));
    const images = stages.map((_, i) => ({ ref: `img${i}:1`, usedAs: ['base' as const] }));
    const edges: StageGraph['edges'] = stages.map((_, i) => ({
      from: { kind: 'image', ref: `img${i}:1` },
      to: i,
      kind: 'from',
      range: base.edges[0].range,
    }));
    const layout = layoutStageGraph({ ...base, stages, images, edges });
    expect(layout.nodes).toHaveLength(12);
    expectNoOverlap(layout.nodes);
    expect(layout.width).toBeLessThanOrEqual(716);
    expect(layout.height).toBeGreaterThan(2 * 104);
    for (const e of layout.edges) {
      const to = layout.nodes.find((n) => n.id === `stage-${e.edge.to}`)!;
      const last = e.points[e.points.length - 1];
      expect(Math.abs(last.y - to.y)).toBeLessThan(2);
    }
  });
});
