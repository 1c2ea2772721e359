/**
 * The panel and the comparison fed with the real simulator's output for every example Dockerfile:
 * whatever the engine computes, the panel must render it, list every stage and draw every node.
 */
import { describe, expect, it } from 'vitest';
import { listExamples, loadExample } from '@/lib/course/examples';
import { runImage } from '@/lib/build/run';
import { ComparisonChart } from './comparison-chart';
import { layoutStageGraph, type LaidOutNode } from './graph-layout';
import { idsOf, render, textOf } from './render-for-tests';
import { SimulationPanel } from './simulation-panel';
import { readableSize } from '@/lib/build/format';
import { imageInventory } from '@/lib/build/inventory';
import { simulateDockerfile } from '@/lib/analyze';

const noop = () => {};
const overlap = (a: LaidOutNode, b: LaidOutNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('with the real simulator', () => {
  const examples = listExamples().map((info) => loadExample(info.id));

  it('finds the examples', () => {
    expect(examples.map((e) => e.id)).toContain('go-calculator');
  });

  for (const builder of ['buildkit', 'legacy'] as const) {
    it(`renders every example Dockerfile (${builder})`, () => {
      for (const example of examples) {
        const items = [];
        for (const df of example.dockerfiles) {
          const result = simulateDockerfile(df.text, { context: example.context, builder });
          const run = result.image ? runImage(result.image) : null;
          const where = `${example.id}/${df.name}`;
          const html = render(SimulationPanel, {
            result,
            run,
            inventory: result.image ? imageInventory(result.image) : null,
            diagnostics: result.diagnostics,
            pending: false,
            previousSizeBytes: null,
            target: null,
            onTargetChange: noop,
            builder,
            onBuilderChange: noop,
            onRevealRange: noop,
            idPrefix: 'real',
          });
          const table = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
          expect(table.match(/<tr/g)?.length ?? 0, where).toBe(result.graph.stages.length);
          const svgNodes = html.match(/aria-label="(\d+: |External image )/g) ?? [];
          expect(svgNodes.length, where).toBe(result.graph.stages.length + result.graph.images.length);
          const ids = idsOf(html);
          expect(new Set(ids).size, where).toBe(ids.length);
          if (result.image) expect(textOf(html), where).toContain(readableSize(result.image.sizeBytes));
          const layout = layoutStageGraph(result.graph);
          for (let i = 0; i < layout.nodes.length; i++)
            for (let j = i + 1; j < layout.nodes.length; j++)
              expect(overlap(layout.nodes[i], layout.nodes[j]), where).toBe(false);
          items.push({ label: df.name, image: result.image, run });
        }
        const chart = textOf(render(ComparisonChart, { items }));
        expect(chart).toContain('logarithmic scale');
      }
    });
  }
});
