import { describe, expect, it } from 'vitest';
import type { SimulationPanelProps } from './simulation-panel';
import { SimulationPanel } from './simulation-panel';
import {
  calculatorRun,
  multiStageResult,
  NO_SHELL_ERROR,
  noShellRun,
  sampleDiagnostics,
  singleStageResult,
  skippedStageResult,
} from './fixtures';
import { idsOf, referencedIds, render, textOf } from './render-for-tests';
import { sizeDelta } from './size-text';

const noop = () => {};
function props(over: Partial<SimulationPanelProps> = {}): SimulationPanelProps {
  return {
    result: multiStageResult,
    run: calculatorRun,
    inventory: null,
    diagnostics: [],
    pending: false,
    previousSizeBytes: null,
    target: null,
    onTargetChange: noop,
    builder: 'buildkit',
    onBuilderChange: noop,
    onRevealRange: noop,
    idPrefix: 'lab1',
    ...over,
  };
}

describe('SimulationPanel', () => {
  it('shows the final size large, as an estimate, with the change since the last edit', () => {
    const before = singleStageResult.image!.sizeBytes;
    const html = render(SimulationPanel, props({ previousSizeBytes: before }));
    const text = textOf(html);
    expect(text).toContain('≈1.79 MB');
    expect(text).toContain(sizeDelta(before, multiStageResult.image!.sizeBytes)!.text);
    expect(text).toMatch(/smaller than before the last edit/);
    expect(html).toContain('aria-live="polite"');
  });

  it('lists every stage in the accessible table, greys skipped stages and says why', () => {
    const html = render(SimulationPanel, props({ result: skippedStageResult }));
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    const rows = table.match(/<tr/g) ?? [];
    expect(rows).toHaveLength(1 + skippedStageResult.graph.stages.length);
    for (const name of ['0: build', '1: test', '2: final']) expect(textOf(table)).toContain(name);
    expect(textOf(table)).toContain("skipped: not needed by target 'final'");
    expect(html).toMatch(/data-skipped="true"/);
    expect(textOf(html)).toContain('gcr.io/distroless/static-debian12');
  });

  it('draws one graph node per stage and image, dashed COPY --from edges, the target marked', () => {
    const html = render(SimulationPanel, props({ result: skippedStageResult }));
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const stageNodes = svg.match(/aria-label="\d+: /g) ?? [];
    const imageNodes = svg.match(/aria-label="External image /g) ?? [];
    expect(stageNodes).toHaveLength(3);
    expect(imageNodes).toHaveLength(2);
    expect(svg.match(/stroke-dasharray="6 4"/g)).toHaveLength(2);
    expect(svg.match(/data-target="true"/g)).toHaveLength(1);
  });

  it('offers every stage and the last stage as targets, and a builder radio group', () => {
    const html = render(
      SimulationPanel,
      props({ result: skippedStageResult, target: 'TEST', builder: 'legacy' }),
    );
    expect(html).toContain('last stage (default)');
    expect(html.match(/<option/g)).toHaveLength(4);
    expect(html).toMatch(/<option value="test" selected="">/);
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="legacy"/);
  });

  it("shows Docker's exact error text, what it means and the lesson when the image does not start", () => {
    const text = textOf(render(SimulationPanel, props({ run: noShellRun })));
    expect(text).toContain(NO_SHELL_ERROR);
    expect(text).toContain('fails to start');
    expect(text).toContain(noShellRun.explanation);
    expect(text).toContain('Distroless images: why shell form needs /bin/sh');
  });

  it("shows the program's output when it starts, and the image facts", () => {
    const html = render(SimulationPanel, props({ result: singleStageResult }));
    const text = textOf(html);
    expect(text).toMatch(/docker run\s*:\s*✓ starts/);
    expect(text).toContain('Enter any calculation');
    expect(text).toContain('/usr/bin/dash');
    expect(text).toMatch(/Build tools .*go, gcc/);
  });

  it('keeps the last good result when the text has errors, with a banner', () => {
    const text = textOf(render(SimulationPanel, props({ diagnostics: sampleDiagnostics })));
    expect(text).toContain('Showing the last build that produced an image');
    expect(text).toContain('≈1.79 MB');
    expect(text).toContain('invalid stage index 3');
    expect(text).toContain('plan/unknown-stage');
    expect(text.indexOf('Error')).toBeLessThan(text.indexOf('Warning'));
    const none = textOf(
      render(SimulationPanel, props({ result: null, run: null, diagnostics: sampleDiagnostics })),
    );
    expect(none).toContain('No image yet');
    // A result that never produced an image does not claim an earlier success.
    const failed = textOf(
      render(
        SimulationPanel,
        props({ result: { ...singleStageResult, image: null }, run: null, diagnostics: sampleDiagnostics }),
      ),
    );
    expect(failed).toContain('No image yet');
    expect(failed).not.toContain('last build');
  });

  it('uses tabs Graph, Layers, Files, Run and Inventory with matching panels', () => {
    const html = render(SimulationPanel, props());
    expect(html.match(/role="tab"/g)).toHaveLength(5);
    expect(html.match(/role="tabpanel"/g)).toHaveLength(5);
    expect(html).toMatch(/role="tab"[^>]*>Inventory</);
    expect(html).toMatch(/aria-selected="true"[^>]*>Graph</);
  });

  it('has no duplicate ids and every referenced id exists; prefixes keep two panels apart', () => {
    const a = render(SimulationPanel, props({ result: skippedStageResult, diagnostics: sampleDiagnostics }));
    const ids = idsOf(a);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of referencedIds(a)) expect(ids).toContain(ref);
    const b = idsOf(render(SimulationPanel, props({ idPrefix: 'lab2' })));
    expect(b.filter((id) => ids.includes(id))).toEqual([]);
  });

  it('shows progress while pending', () => {
    const html = render(SimulationPanel, props({ pending: true }));
    expect(html).toContain('aria-busy="true"');
    expect(textOf(html)).toContain('updating…');
  });
});
