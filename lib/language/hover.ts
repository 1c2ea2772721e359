/**
 * Hover documentation for instructions, flags and directives, from `dockerfile-language-service`,
 * plus what a stage name or an image reference means in the current text. Runs in the worker.
 */
import { DockerHover } from 'dockerfile-language-service/lib/dockerHover';
import { MarkdownDocumentation } from 'dockerfile-language-service/lib/dockerMarkdown';
import { PlainTextDocumentation } from 'dockerfile-language-service/lib/dockerPlainText';
import type { HoverInfo } from './types';
import type { CatalogImageName } from './completion';
import { declaredStages } from './stage-names';

let hover: DockerHover | null = null;

function wordAt(lineText: string, column: number): { word: string; start: number; end: number } | null {
  const re = /[A-Za-z0-9_.:/@-]+/g;
  for (let m = re.exec(lineText); m; m = re.exec(lineText)) {
    const start = m.index + 1;
    const end = start + m[0].length;
    if (column >= start && column <= end) return { word: m[0], start, end };
  }
  return null;
}

function ourHover(text: string, line: number, column: number, images: CatalogImageName[]): HoverInfo | null {
  const lineText = text.split(/\r?\n/)[line - 1] ?? '';
  const found = wordAt(lineText, column);
  if (!found) return null;
  const range = { startLine: line, startColumn: found.start, endLine: line, endColumn: found.end };
  const value = found.word.replace(/^--from=/i, '').replace(/^from=/i, '');
  const stages = declaredStages(text);
  const stage = stages.find((s) => s.name !== null && s.name.toLowerCase() === value.toLowerCase());
  if (stage && /--from=|from=|^\s*FROM\s/i.test(lineText)) {
    return {
      markdown: `**Stage ${stage.index}: \`${stage.name}\`** — \`FROM ${stage.image}\` (line ${stage.line})`,
      range,
    };
  }
  if (/^\s*FROM\s/i.test(lineText)) {
    const [repository, tag = 'latest'] = value.split(':');
    const image = images.find(
      (i) => i.repository === repository && (i.tag === tag || i.aliases.includes(tag)),
    );
    if (image) {
      const size = image.sizeText ? ` · ${image.sizeText}` : '';
      return { markdown: `**${image.repository}:${image.tag}** — ${image.description}${size}`, range };
    }
  }
  return null;
}

/** Markdown hover at a 1-based position, or null. Never throws. */
export function computeHover(
  text: string,
  line: number,
  column: number,
  images: CatalogImageName[],
): HoverInfo | null {
  try {
    const ours = ourHover(text, line, column, images);
    if (ours) return ours;
    hover ??= new DockerHover(new MarkdownDocumentation(), new PlainTextDocumentation());
    const result = hover.onHover(text, { line: line - 1, character: column - 1 }, ['markdown']);
    if (!result) return null;
    const contents = result.contents;
    const markdown =
      typeof contents === 'string'
        ? contents
        : Array.isArray(contents)
          ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n')
          : contents.value;
    const r = result.range;
    return {
      markdown,
      range: r
        ? {
            startLine: r.start.line + 1,
            startColumn: r.start.character + 1,
            endLine: r.end.line + 1,
            endColumn: r.end.character + 1,
          }
        : null,
    };
  } catch {
    return null;
  }
}
