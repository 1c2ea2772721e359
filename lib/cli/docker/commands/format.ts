/**
 * `--format` on list commands (`docker ps`, `docker images`, `docker history`) and on inspect:
 * the docker CLI's handling around the template (docker/cli cli/command/formatter/formatter.go
 * for lists, cli/command/inspect/inspector.go for inspect) over the evaluator of ../template.
 */
import { fail, ok, tabwrite } from '../output';
import {
  parseTemplate,
  preFormat,
  renderTemplate,
  TEMPLATE_FUNCS,
  type DataShape,
  type Parsed,
} from '../template';
import type { CommandResult } from '../types';

/** The note for a template part the evaluator does not run. */
export function notEvaluated(part: string): CommandResult {
  return {
    ...ok('', [
      `The simulator does not evaluate ${part} in --format templates (it runs fields and the functions ${[...TEMPLATE_FUNCS].join(', ')}), so what Docker would print is not shown.`,
    ]),
    unknown: true,
  };
}

/** Notes for the values a template printed as `?`. */
export function unknownNotes(reasons: string[]): string[] {
  return reasons.map((why) => `? stands for a value the simulator cannot tell: ${why}.`);
}

/**
 * The parsed template, or what the command prints instead: Docker's parse error (exit `code`: 1 for
 * lists, 64 for inspect) or the note on a part this evaluator does not run.
 */
function parsedOr(source: string, code: number): Extract<Parsed, { ok: true }> | CommandResult {
  const parsed = parseTemplate(source);
  if (parsed.ok) return parsed;
  return 'error' in parsed
    ? fail(`template parsing error: ${parsed.error}`, code)
    : notEvaluated(parsed.unsupported);
}

/** One row per object of a list command, or Docker's `table` with its header row. */
export function formatList(
  format: string,
  rows: Record<string, unknown>[],
  headers: Record<string, string>,
  shape: DataShape,
): CommandResult {
  // `--format json` is `{{json .}}` (formatter.go `IsJSON`).
  const { table, source } = preFormat(format === 'json' ? '{{json .}}' : format);
  const parsed = parsedOr(source, 1);
  if ('stdout' in parsed) return parsed;
  let body = '';
  const unknown: string[] = [];
  for (const row of rows) {
    const r = renderTemplate(parsed, row, shape);
    if (!r.ok)
      return 'error' in r ? fail(`template parsing error: ${r.error}`, 1) : notEvaluated(r.unsupported);
    body += `${r.text}\n`;
    unknown.push(...r.unknown);
  }
  const notes = unknownNotes([...new Set(unknown)]);
  if (!table) return ok(body, notes);
  const header = renderTemplate(parsed, null, shape, headers);
  const head = header.ok ? header.text : '';
  return ok(tabwrite(`${head}\n${body}`), notes);
}

/** Inspect's `--format`: each object's result on its line; a parse error exits 64. */
export function formatInspect(
  format: string,
  docs: unknown[],
  shape: DataShape,
): { stdout: string; errors: string[]; notes: string[] } | CommandResult {
  if (format === 'json') return { stdout: `${JSON.stringify(docs)}\n`, errors: [], notes: [] };
  const parsed = parsedOr(format, 64);
  if ('stdout' in parsed) return parsed;
  let stdout = '';
  const errors: string[] = [];
  const unknown: string[] = [];
  for (const doc of docs) {
    const r = renderTemplate(parsed, doc, shape);
    if (!r.ok) {
      if ('unsupported' in r) return notEvaluated(r.unsupported);
      errors.push(`template parsing error: ${r.error}`);
      continue;
    }
    stdout += `${r.text}\n`;
    unknown.push(...r.unknown);
  }
  // An empty result is one empty line (inspector.go `TemplateInspector.Flush`).
  return { stdout: stdout || '\n', errors, notes: unknownNotes([...new Set(unknown)]) };
}

/** `--filter` on a list command: a real flag the simulator does not apply, said instead of a false list. */
export function filterNotModelled(command: string, filters: string[]): CommandResult {
  return {
    ...ok('', [
      `${command} --filter (${filters.join(', ')}) is not modelled, so which rows Docker would list is not shown; without --filter the simulator lists them all.`,
    ]),
    unknown: true,
  };
}
