import { describe, expect, it } from 'vitest';
import { ComparisonChart } from './comparison-chart';
import { FileTreeView } from './file-tree-view';
import { calculatorRun, multiStageResult, noShellRun, singleStageResult } from './fixtures';
import { LayerBars } from './layer-bars';
import { render, textOf } from './render-for-tests';
import { ratioFactor } from './size-text';

describe('LayerBars', () => {
  const image = singleStageResult.image!;
  const html = render(LayerBars, { image, stageNames: ['build'], idPrefix: 'p' });

  it('gives every non-empty layer a "why?" button that controls a hidden explanation with its sources', () => {
    const full = image.layers.filter((l) => !l.empty);
    expect(html.match(/aria-expanded="false"/g)).toHaveLength(full.length);
    expect(html).toMatch(/<div id="p-why-1" hidden=""/);
    const text = textOf(html);
    expect(text).toContain('source: MEASURED, golang-go on ubuntu:22.04');
    expect(text).toContain('Confidence: high confidence');
  });

  it('lists metadata-only layers compactly and closes with the total', () => {
    const text = textOf(html);
    expect(text).toContain('ENV GO111MODULE=off 0 B · metadata only');
    expect(text).toMatch(/Total: 6 layers, 2 of them metadata only ≈\d+ MB/);
    expect(text).toContain('from the base image');
  });
});

describe('FileTreeView', () => {
  it('renders an ARIA tree with only the top-level folders until opened', () => {
    const html = render(FileTreeView, { image: singleStageResult.image!, idPrefix: 'f' });
    expect(html).toContain('role="tree"');
    expect(html).not.toContain('aria-level="2"');
    const items = html.match(/role="treeitem"/g) ?? [];
    // usr, var, etc, app, root, calculator.go, README.md, bin: largest first.
    expect(items.length).toBe(8);
    expect(textOf(html)).toMatch(/usr\/ .* var\/ .* etc\/ .* app .* bin → usr\/bin/);
  });

  it('labels bulk entries and folder totals in the text', () => {
    const text = textOf(render(FileTreeView, { image: multiStageResult.image!, idPrefix: 'f' }));
    expect(text).toContain('1 file, 1.79 MB');
    expect(text).toContain('app program (static) 1.79 MB');
  });
});

describe('ComparisonChart', () => {
  const items = [
    { label: 'single-stage', image: singleStageResult.image, run: calculatorRun },
    { label: 'multi-stage', image: multiStageResult.image, run: noShellRun },
  ];
  const text = textOf(render(ComparisonChart, { items }));

  it('says the bars use a log scale and prints the exact sizes', () => {
    expect(text).toContain('Bars use a logarithmic scale: each grid line is 10× the one before');
    expect(text).toContain('≈1.79 MB');
  });

  it('computes the ratio', () => {
    const f = ratioFactor(singleStageResult.image!.sizeBytes, multiStageResult.image!.sizeBytes)!;
    expect(text).toContain(`multi-stage is ${f} smaller than single-stage.`);
  });

  it('compares shell, package manager, user and whether it starts', () => {
    expect(text).toMatch(/Shell \/usr\/bin\/dash none/);
    expect(text).toMatch(/Package manager apt none/);
    expect(text).toMatch(/docker run starts fails to start/);
    expect(text).toMatch(/User root \(root\) root \(root\)/);
  });

  it('copes with a missing image', () => {
    const t = textOf(render(ComparisonChart, { items: [{ label: 'broken', image: null, run: null }] }));
    expect(t).toContain('no image');
  });
});

describe('FileTreeView with many files', () => {
  it('renders at most 200 rows of a folder, then a row to show more', () => {
    const image = multiStageResult.image!;
    const files = Array.from({ length: 5_000 }, (_, i) => ({
      path: `/f${i}`,
      kind: 'regular' as const,
      sizeBytes: i + 1,
    }));
    const html = render(FileTreeView, { image: { ...image, files, fileCount: files.length }, idPrefix: 'm' });
    expect(html.match(/role="treeitem"/g)).toHaveLength(201);
    expect(textOf(html)).toContain('Show 200 more (4,800 not shown)');
    expect(textOf(html)).toContain('5,000 files');
  });
});

describe('DiagnosticsList', () => {
  it('shows every error, at most three problems in all, and a button for the rest', async () => {
    const { DiagnosticsList } = await import('./diagnostics-list');
    const { sampleDiagnostics } = await import('./fixtures');
    const warn = sampleDiagnostics[1];
    const many = [warn, warn, warn, warn, sampleDiagnostics[0]];
    const text = textOf(render(DiagnosticsList, { diagnostics: many, onRevealRange: () => {} }));
    expect(text).toContain('Problems: 1 error, 4 warnings');
    expect(text.match(/Warning/g)).toHaveLength(2);
    expect(text).toContain('Show 2 more');
    expect(text.indexOf('invalid stage index 3')).toBeLessThan(text.indexOf('JSON arguments'));
  });
});
