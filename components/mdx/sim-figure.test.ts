import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SimFigure } from './sim-figure';

describe('<SimFigure>', () => {
  it('prints the simulated size with its confidence for sighted and screen-reader users', () => {
    const html = renderToStaticMarkup(
      createElement(SimFigure, { example: 'go-calculator', file: 'Dockerfile.single-stage', show: 'size' }),
    );
    expect(html).toMatch(/\d+(\.\d+)? MB/);
    expect(html).toContain('≈');
    expect(html).toMatch(
      /title="Size of the image built from go-calculator\/Dockerfile.single-stage[^"]*confidence\."/,
    );
    expect(html).toMatch(/class="sr-only">[^<]*estimated by the simulator, (high|medium|low) confidence/);
  });

  it('prints a ratio', () => {
    const html = renderToStaticMarkup(
      createElement(SimFigure, {
        example: 'go-calculator',
        file: 'Dockerfile.single-stage',
        show: 'ratio',
        versus: 'Dockerfile.multi-stage',
      }),
    );
    expect(html).toMatch(/\d+×/);
  });

  it('falls back to a visible notice when the figure cannot be computed', () => {
    const html = renderToStaticMarkup(
      createElement(SimFigure, { example: 'go-calculator', file: 'Dockerfile.missing', show: 'size' }),
    );
    expect(html).toContain('[figure unavailable: go-calculator has no Dockerfile.missing]');
  });
});
