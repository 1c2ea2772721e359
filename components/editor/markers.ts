/**
 * Diagnostics → editor markers. Kept free of Monaco so it can be tested: severities are Monaco's
 * numeric values (Error 8, Warning 4, Info 2), and the caller passes the result to `setModelMarkers`.
 */
import type { Diagnostic } from '@/lib/diagnostics';

/** Monaco's `MarkerSeverity` values. */
export const MARKER_SEVERITY = { error: 8, warning: 4, info: 2 } as const;

/** A marker in Monaco's shape (`IMarkerData`), minus the Uri of the link, which the caller builds. */
export interface MarkerSpec {
  severity: number;
  message: string;
  /** The rule id, linked to `target` (an absolute URL) when there is one. */
  code: { value: string; target: string | null };
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * One marker per diagnostic, clamped to the text (a stale range never points past the end). The
 * message carries the rule id, the hint and where to read more; `origin` makes lesson paths absolute.
 */
export function diagnosticsToMarkers(diagnostics: Diagnostic[], text: string, origin: string): MarkerSpec[] {
  const lines = text.split(/\r?\n/);
  const clampLine = (n: number) => Math.min(Math.max(1, Math.floor(n) || 1), lines.length);
  return diagnostics.map((d) => {
    const startLine = clampLine(d.range.start.line);
    const endLine = Math.max(startLine, clampLine(d.range.end.line));
    const startMax = (lines[startLine - 1]?.length ?? 0) + 1;
    const endMax = (lines[endLine - 1]?.length ?? 0) + 1;
    const startColumn = Math.min(Math.max(1, d.range.start.column || 1), startMax);
    let endColumn = Math.min(Math.max(1, d.range.end.column || 1), endMax);
    // An empty range would be invisible: mark the whole line instead.
    if (endLine === startLine && endColumn <= startColumn)
      endColumn = endMax > startColumn ? endMax : startColumn + 1;
    const lesson = d.lessonPath ? `${origin}${d.lessonPath}` : null;
    const more = [d.hint, lesson ? `Lesson: ${lesson}` : null, d.docsUrl ? `Docs: ${d.docsUrl}` : null]
      .filter(Boolean)
      .join('\n');
    return {
      severity: MARKER_SEVERITY[d.severity] ?? MARKER_SEVERITY.info,
      message: more ? `${d.message}\n${more}` : d.message,
      code: { value: d.ruleId, target: d.docsUrl ?? lesson },
      source: 'stagecraft',
      startLineNumber: startLine,
      startColumn,
      endLineNumber: endLine,
      endColumn,
    };
  });
}

/** The parts of a Monaco marker a quick fix is matched on. */
export interface MarkerKey {
  code?: string | { value: string } | undefined;
  startLineNumber: number;
}

/** A quick fix in Monaco's range shape, for one marker. */
export interface FixSpec {
  title: string;
  edits: Array<{ startLine: number; startColumn: number; endLine: number; endColumn: number; text: string }>;
}

/**
 * The quick fixes of the diagnostic a marker was made from (same rule id, same first line), with
 * ranges in Monaco's shape.
 */
export function fixesForMarker(diagnostics: Diagnostic[], marker: MarkerKey): FixSpec[] {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  const d = diagnostics.find((x) => x.ruleId === code && x.range.start.line === marker.startLineNumber);
  return (d?.fixes ?? []).map((f) => ({
    title: f.title,
    edits: f.edits.map((e) => ({
      startLine: e.range.start.line,
      startColumn: e.range.start.column,
      endLine: e.range.end.line,
      endColumn: e.range.end.column,
      text: e.text,
    })),
  }));
}

/** A quick fix's title with what it changes in size: `Add --no-install-recommends (412 MB → 268 MB)`. */
export function fixTitle(title: string, size: string | null): string {
  return size ? `${title} (${size})` : title;
}
