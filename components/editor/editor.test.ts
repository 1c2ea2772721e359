import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizeLine } from './dockerfile-tokens';
import { diagnosticsToMarkers, fixesForMarker, fixTitle, MARKER_SEVERITY } from './markers';
import { declaredStages, stageLineSpans } from '@/lib/language/stage-names';
import { editorHeight, visibleLines } from './editor-theme';
import type { Diagnostic } from '@/lib/diagnostics';

describe('placeholder highlighting', () => {
  it('colours instructions, strings, variables and comments like the editor', () => {
    expect(tokenizeLine('ENTRYPOINT ["/app"]')).toEqual([
      { text: 'ENTRYPOINT', kind: 'keyword' },
      { text: ' [', kind: 'plain' },
      { text: '"/app"', kind: 'string' },
      { text: ']', kind: 'plain' },
    ]);
    expect(tokenizeLine('# syntax=docker/dockerfile:1')).toEqual([
      { text: '# syntax=docker/dockerfile:1', kind: 'comment' },
    ]);
    expect(tokenizeLine('RUN echo "$HOME x" ${GOOS}')).toEqual([
      { text: 'RUN', kind: 'keyword' },
      { text: ' echo ', kind: 'plain' },
      { text: '"', kind: 'string' },
      { text: '$HOME', kind: 'variable' },
      { text: ' x"', kind: 'string' },
      { text: ' ', kind: 'plain' },
      { text: '${GOOS}', kind: 'variable' },
    ]);
    expect(tokenizeLine('from ubuntu')[0].kind).toBe('plain');
  });

  it('never loses or adds text', () => {
    fc.assert(
      fc.property(fc.string(), (line) => {
        expect(
          tokenizeLine(line)
            .map((t) => t.text)
            .join(''),
        ).toBe(line);
      }),
    );
  });
});

describe('markers', () => {
  const diag = (over: Partial<Diagnostic>): Diagnostic => ({
    ruleId: 'stagecraft/shell-form-no-shell',
    severity: 'error',
    origin: 'lint',
    message: 'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    hint: 'Use the exec form.',
    range: { start: { line: 3, column: 1 }, end: { line: 3, column: 16 } },
    docsUrl: null,
    lessonPath: '/learn/distroless-images#no-shell',
    ...over,
  });

  it('carries the rule id, the hint and an absolute lesson link', () => {
    const [m] = diagnosticsToMarkers(
      [diag({})],
      'FROM scratch\nCOPY a b\nENTRYPOINT /app\n',
      'https://example.org',
    );
    expect(m.severity).toBe(MARKER_SEVERITY.error);
    expect(m.code).toEqual({
      value: 'stagecraft/shell-form-no-shell',
      target: 'https://example.org/learn/distroless-images#no-shell',
    });
    expect(m.message).toContain('Use the exec form.');
    expect(m.message).toContain('Lesson: https://example.org/learn/distroless-images#no-shell');
    expect([m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn]).toEqual([3, 1, 3, 16]);
  });

  it('prefers the docs link as the target, and clamps stale ranges into the text', () => {
    const [m] = diagnosticsToMarkers(
      [
        diag({
          severity: 'warning',
          docsUrl: 'https://docs.docker.com/x',
          range: { start: { line: 40, column: 9 }, end: { line: 41, column: 1 } },
        }),
      ],
      'FROM a\nRUN b',
      '',
    );
    expect(m.code.target).toBe('https://docs.docker.com/x');
    expect(m.severity).toBe(MARKER_SEVERITY.warning);
    expect(m.startLineNumber).toBe(2);
    expect(m.endColumn).toBeGreaterThan(m.startColumn);
  });
});

describe('stages in the text', () => {
  const text =
    'ARG V=1\nFROM golang:1.22 AS build\nRUN go build\n\nFROM --platform=$BUILDPLATFORM scratch\nCOPY --from=build /app /app';
  it('finds stages with names, images and lines', () => {
    expect(declaredStages(text)).toEqual([
      { index: 0, name: 'build', image: 'golang:1.22', line: 2 },
      { index: 1, name: null, image: 'scratch', line: 5 },
    ]);
  });
  it('spans each stage to the line before the next', () => {
    expect(stageLineSpans(text)).toEqual([
      { index: 0, startLine: 2, endLine: 4 },
      { index: 1, startLine: 5, endLine: 6 },
    ]);
  });
});

describe('editor size', () => {
  it('fits the text between 8 and 28 lines', () => {
    expect(visibleLines('a\nb')).toBe(8);
    expect(visibleLines('x\n'.repeat(12))).toBe(14);
    expect(visibleLines('x\n'.repeat(100))).toBe(28);
    expect(editorHeight(10)).toBe(226);
  });
});

describe('placeholder colours', () => {
  it('use the same colours as the editor themes', async () => {
    const { TOKEN_CLASSES } = await import('./static-dockerfile');
    const { EDITOR_PALETTES } = await import('./editor-theme');
    for (const kind of Object.keys(TOKEN_CLASSES) as Array<keyof typeof TOKEN_CLASSES>) {
      expect(TOKEN_CLASSES[kind]).toContain(`text-[${EDITOR_PALETTES.light.tokens[kind]}]`);
      expect(TOKEN_CLASSES[kind]).toContain(`dark:text-[${EDITOR_PALETTES.dark.tokens[kind]}]`);
    }
  });
});

describe('quick fixes for markers', () => {
  const withFix: Diagnostic = {
    ruleId: 'FromAsCasing',
    severity: 'warning',
    origin: 'lint',
    message: "'as' and 'FROM' keywords' casing do not match",
    hint: null,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 26 } },
    docsUrl: null,
    lessonPath: null,
    fixes: [
      {
        title: 'Write AS in the case of FROM',
        edits: [{ range: { start: { line: 1, column: 18 }, end: { line: 1, column: 20 } }, text: 'AS' }],
      },
    ],
  };

  it("finds the fixes of the marker's diagnostic, in Monaco's range shape", () => {
    expect(fixesForMarker([withFix], { code: 'FromAsCasing', startLineNumber: 1 })).toEqual([
      {
        title: 'Write AS in the case of FROM',
        edits: [{ startLine: 1, startColumn: 18, endLine: 1, endColumn: 20, text: 'AS' }],
      },
    ]);
    expect(fixesForMarker([withFix], { code: { value: 'FromAsCasing' }, startLineNumber: 1 })).toHaveLength(
      1,
    );
  });

  it('offers nothing for another rule or line', () => {
    expect(fixesForMarker([withFix], { code: 'FromAsCasing', startLineNumber: 2 })).toEqual([]);
    expect(fixesForMarker([withFix], { code: 'DL3006', startLineNumber: 1 })).toEqual([]);
  });
});

describe('quick fix titles', () => {
  it('say what the fix changes in size when the simulator told', () => {
    expect(fixTitle('Add --no-install-recommends', '≈ 252 MB → ≈ 237 MB')).toBe(
      'Add --no-install-recommends (≈ 252 MB → ≈ 237 MB)',
    );
    expect(fixTitle('Write AS in the case of FROM', null)).toBe('Write AS in the case of FROM');
  });
});
