/**
 * The Dockerfile code blocks of a lesson, and what is wrong with them as Dockerfiles. A learner copies
 * these blocks with the Copy button, so each must parse in the project's own parser without errors and
 * must not carry a trailing `#` comment (a `#` that does not start a line is an argument, Dockerfile
 * reference "Format"). A block meant to show a mistake says so in its fence: ```dockerfile mistake.
 * The content test runs the check on every lesson, and lesson compilation refuses a lesson that fails it.
 */
import { parseDockerfile } from '../dockerfile/parse';

/** A fenced Dockerfile block of a lesson. */
export interface LessonDockerfileBlock {
  /** 1-based line of the opening fence in the MDX body. */
  line: number;
  /** The fence's words after the language, e.g. `title="Dockerfile"` or `mistake`. */
  meta: string;
  text: string;
  /** Marked as a deliberate mistake: shown to be wrong, not to be copied. */
  mistake: boolean;
}

/** Every ```dockerfile block in an MDX body, in order. */
export function lessonDockerfileBlocks(body: string): LessonDockerfileBlock[] {
  const blocks: LessonDockerfileBlock[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    const close = end === -1 ? lines.length : end;
    if (open[1].toLowerCase() === 'dockerfile') {
      const meta = open[2].trim();
      blocks.push({
        line: i + 1,
        meta,
        text: lines.slice(i + 1, close).join('\n'),
        mistake: /(^|\s)mistake(\s|$)/.test(meta),
      });
    }
    i = close;
  }
  return blocks;
}

/** Instructions whose arguments are never read by a shell, so a `#` word in them is a real argument. */
const NO_SHELL = new Set([
  'from',
  'copy',
  'add',
  'workdir',
  'user',
  'expose',
  'volume',
  'arg',
  'env',
  'label',
]);

/**
 * What is wrong with one Dockerfile snippet, as sentences naming the line; empty when it is fine.
 * Parser errors, trailing `#` comments after instructions that take plain words, and exec-form JSON
 * followed by more text (which turns the line into shell form) are reported.
 */
export function dockerfileBlockProblems(text: string): string[] {
  const problems: string[] = [];
  let parsed;
  try {
    parsed = parseDockerfile(text);
  } catch (error) {
    return [`the parser threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  for (const d of parsed.diagnostics) {
    if (d.severity === 'error') problems.push(`line ${d.range.start.line}: ${d.message}`);
  }
  for (const instruction of parsed.instructions) {
    const line = instruction.range.start.line;
    const rest = instruction.text.replace(/^\s*\S+\s*/, '');
    if (NO_SHELL.has(instruction.kind) && /(^|\s)#/.test(rest)) {
      problems.push(
        `line ${line}: "${instruction.text.trim()}" has a trailing # comment, which Docker reads as arguments`,
      );
    }
    if (
      (instruction.kind === 'cmd' || instruction.kind === 'entrypoint' || instruction.kind === 'run') &&
      /^\s*\[/.test(rest) &&
      instruction.command.form === 'shell'
    ) {
      problems.push(
        `line ${line}: "${instruction.text.trim()}" starts like exec form but is not a JSON array, so Docker runs it in shell form`,
      );
    }
  }
  return problems;
}

/** Every problem of every unmarked Dockerfile block in an MDX body, each prefixed with the block's line. */
export function lessonDockerfileProblems(body: string): string[] {
  return lessonDockerfileBlocks(body)
    .filter((b) => !b.mistake)
    .flatMap((b) => dockerfileBlockProblems(b.text).map((p) => `block at line ${b.line}, ${p}`));
}
