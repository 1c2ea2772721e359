/**
 * Quick, forgiving scan of the stages a Dockerfile declares, for completion while the text is being
 * typed (the full parser is not needed, and half-written lines must not stop it).
 */

/** A stage as completion sees it: its index, its name (or null) and the line of its FROM (1-based). */
export interface DeclaredStage {
  index: number;
  name: string | null;
  image: string;
  line: number;
}

const FROM_LINE = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i;

/** The stages declared in `text`, in order. Never throws. */
export function declaredStages(text: string): DeclaredStage[] {
  const stages: DeclaredStage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = FROM_LINE.exec(lines[i]);
    if (!match) continue;
    stages.push({ index: stages.length, name: match[2] ?? null, image: match[1], line: i + 1 });
  }
  return stages;
}

/** The lines each stage spans (from its FROM to the line before the next FROM), for the gutter. */
export interface StageLines {
  index: number;
  startLine: number;
  endLine: number;
}

/** Stage line spans of `text` (1-based, inclusive). Lines before the first FROM belong to no stage. */
export function stageLineSpans(text: string): StageLines[] {
  const stages = declaredStages(text);
  const lineCount = text.split(/\r?\n/).length;
  return stages.map((stage, i) => ({
    index: stage.index,
    startLine: stage.line,
    endLine: i + 1 < stages.length ? stages[i + 1].line - 1 : lineCount,
  }));
}
