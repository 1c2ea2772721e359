import { describe, expect, it } from 'vitest';
import { skippedStageResult } from './fixtures';
import { baseLabel, dependsOn, edgeLabel, linesText, truncate, wrapText } from './stage-labels';

describe('stage labels', () => {
  const g = skippedStageResult.graph;
  it('names bases, edges and dependencies in words', () => {
    expect(baseLabel(g.stages[0], g)).toBe('ubuntu:22.04');
    expect(baseLabel(g.stages[1], g)).toBe('stage build');
    expect(baseLabel(g.stages[2], g)).toBe('scratch');
    expect(edgeLabel(g.edges[2], g)).toBe('build → final (COPY --from, line 11)');
    expect(dependsOn(g.stages[2], g)).toEqual([
      'build (COPY --from)',
      'gcr.io/distroless/static-debian12 (COPY --from)',
    ]);
  });
  it('says line or lines', () => {
    expect(linesText(g.stages[1].range)).toBe('lines 7–8');
    expect(linesText(g.edges[0].range)).toBe('line 1');
  });
  it('truncates and wraps', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(wrapText("skipped: not needed by target 'final'", 28, 2)).toEqual([
      'skipped: not needed by',
      "target 'final'",
    ]);
    expect(wrapText('a b c d e f g h', 3, 2)).toEqual(['a b', 'c …']);
    expect(wrapText('short', 28, 2)).toEqual(['short']);
    expect(wrapText('abcdefghij', 4, 2)).toEqual(['abcd', 'efg…']);
  });
});
