/**
 * Completion for the lab's editor. Runs in the simulator worker. Instruction keywords and flags come
 * from `dockerfile-language-service` (its proposals and their documentation); we add what it cannot
 * know: the stages of the current text after `--from=` / `from=` and after `FROM`, and the images
 * and tags of our catalog. Never asks a registry: the service's tag lookup is replaced by the catalog.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem } from 'vscode-languageserver-types';
import { DockerAssist } from 'dockerfile-language-service/lib/dockerAssist';
import { DockerCompletion } from 'dockerfile-language-service/lib/dockerCompletion';
import type { DockerRegistryClient } from 'dockerfile-language-service/lib/dockerRegistryClient';
import type { CompletionItemCapabilities } from 'dockerfile-language-service';
import type { CompletionSuggestion } from './types';
import { declaredStages } from './stage-names';

/** An image the catalog knows, as completion needs it. */
export interface CatalogImageName {
  repository: string;
  tag: string;
  aliases: string[];
  /** e.g. "Ubuntu 22.04.5 LTS (jammy)". */
  description: string;
  /** e.g. "78.1MB (≈, high)". */
  sizeText: string | null;
}

/** A registry client that never goes to the network: the lab knows images only from its catalog. */
const offlineRegistry = { getTags: async () => [] as string[] } as unknown as DockerRegistryClient;

/** LSP constants (the protocol's values), spelled out to avoid a runtime import. */
const MARKDOWN = 'markdown' as const;
const SNIPPET_FORMAT = 2;
const FOLDER_KIND = 19;

const capabilities: CompletionItemCapabilities = {
  snippetSupport: true,
  documentationFormat: [MARKDOWN],
  deprecatedSupport: false,
};

type Range1 = CompletionSuggestion['range'];

function kindOf(item: CompletionItem): CompletionSuggestion['kind'] {
  if (item.label.startsWith('--')) return 'flag';
  if (/^[A-Z]+(?:\s|$)/.test(item.label)) return 'keyword';
  if (item.kind === FOLDER_KIND) return 'folder';
  return 'value';
}

function docText(doc: CompletionItem['documentation']): string | null {
  if (!doc) return null;
  return typeof doc === 'string' ? doc : doc.value;
}

function fromService(text: string, line: number, column: number): CompletionSuggestion[] {
  const document = TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text);
  const assist = new DockerAssist(document, offlineRegistry, capabilities);
  const items = assist.computeProposals({ line: line - 1, character: column - 1 });
  if (!Array.isArray(items)) return [];
  const resolver = new DockerCompletion();
  return items.map((raw) => {
    const item = raw.documentation ? raw : resolver.resolveCompletionItem(raw, [MARKDOWN]);
    const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : null;
    const range: Range1 = edit
      ? {
          startLine: edit.range.start.line + 1,
          startColumn: edit.range.start.character + 1,
          endLine: edit.range.end.line + 1,
          endColumn: edit.range.end.character + 1,
        }
      : { startLine: line, startColumn: column, endLine: line, endColumn: column };
    return {
      label: item.label,
      kind: kindOf(item),
      insertText: edit ? edit.newText : (item.insertText ?? item.label),
      snippet: item.insertTextFormat === SNIPPET_FORMAT,
      range,
      detail: item.detail ?? null,
      documentation: docText(item.documentation),
      sortText: item.sortText ?? null,
    };
  });
}

/** The word being typed that ends at `column` (1-based) and the column where it starts. */
function wordBefore(lineText: string, column: number, pattern: RegExp): { word: string; start: number } {
  const before = lineText.slice(0, column - 1);
  const match = pattern.exec(before);
  const word = match ? match[0] : '';
  return { word, start: column - word.length };
}

function stageSuggestions(
  text: string,
  line: number,
  column: number,
  lineText: string,
): CompletionSuggestion[] {
  const { word, start } = wordBefore(lineText, column, /[A-Za-z0-9_.-]*$/);
  // The stage being written cannot refer to itself (BuildKit reports a cycle), so it is left out.
  const before = declaredStages(text).filter((s) => s.line < line);
  const stages = /^\s*FROM\s/i.test(lineText) ? before : before.slice(0, -1);
  return stages
    .map((s) => {
      const label = s.name ?? String(s.index);
      return {
        label,
        kind: 'stage',
        insertText: label,
        snippet: false,
        range: { startLine: line, startColumn: start, endLine: line, endColumn: column },
        detail: `stage ${s.index}${s.name ? ` (${s.name})` : ''} · FROM ${s.image} · line ${s.line}`,
        documentation: null,
        sortText: `0${String(s.index).padStart(3, '0')}`,
      } satisfies CompletionSuggestion;
    })
    .filter((s) => s.label.toLowerCase().startsWith(word.toLowerCase()));
}

function imageSuggestions(
  text: string,
  line: number,
  column: number,
  lineText: string,
  images: CatalogImageName[],
): CompletionSuggestion[] {
  const { word, start } = wordBefore(lineText, column, /[A-Za-z0-9_.:/@-]*$/);
  const range: Range1 = { startLine: line, startColumn: start, endLine: line, endColumn: column };
  const colon = word.lastIndexOf(':');
  const out: CompletionSuggestion[] = [];
  if (colon > 0) {
    const repository = word.slice(0, colon);
    for (const image of images.filter((i) => i.repository === repository)) {
      for (const tag of [image.tag, ...image.aliases]) {
        out.push({
          label: `${repository}:${tag}`,
          kind: 'tag',
          insertText: `${repository}:${tag}`,
          snippet: false,
          range,
          detail: image.sizeText ? `${image.description} · ${image.sizeText}` : image.description,
          documentation:
            tag === image.tag
              ? null
              : `\`${tag}\` is another tag of \`${repository}:${image.tag}\` in the catalog.`,
          sortText: `1${tag === image.tag ? '0' : '1'}${tag}`,
        });
      }
    }
    return out.filter((s) => s.label.startsWith(word));
  }
  for (const image of images) {
    if (image.repository === 'scratch') continue;
    const ref = `${image.repository}:${image.tag}`;
    out.push({
      label: ref,
      kind: 'image',
      insertText: ref,
      snippet: false,
      range,
      detail: image.sizeText ? `${image.description} · ${image.sizeText}` : image.description,
      documentation: image.aliases.length
        ? `Also tagged: ${image.aliases.map((a) => `\`${a}\``).join(', ')}`
        : null,
      sortText: `1${ref}`,
    });
  }
  out.push({
    label: 'scratch',
    kind: 'image',
    insertText: 'scratch',
    snippet: false,
    range,
    detail: 'the empty image: no files, no layers',
    documentation: null,
    sortText: '0scratch',
  });
  const lower = word.toLowerCase();
  const stages = stageSuggestions(text, line, column, lineText).map((s) => ({ ...s, range }));
  return [...stages, ...out].filter((s) => s.label.toLowerCase().includes(lower));
}

/** Where the cursor is, as far as our own completion cares. */
function contextAt(lineText: string, column: number): 'from-flag' | 'from-image' | 'other' {
  const before = lineText.slice(0, column - 1);
  if (/(?:^|\s)--from=[^\s]*$/i.test(before) || /--mount=\S*(?:^|,)from=[^\s,]*$/i.test(before))
    return 'from-flag';
  if (/^\s*FROM\s+(?:--\S+\s+)*[^\s-][^\s]*$/i.test(before) || /^\s*FROM\s+(?:--\S+\s+)*$/i.test(before)) {
    return 'from-image';
  }
  return 'other';
}

/**
 * Completion proposals at a 1-based line and column of `text`. Never throws: on any failure of the
 * library it returns what our own completion found (possibly nothing).
 */
export function computeCompletions(
  text: string,
  line: number,
  column: number,
  images: CatalogImageName[],
): CompletionSuggestion[] {
  const lineText = text.split(/\r?\n/)[line - 1] ?? '';
  const where = contextAt(lineText, column);
  if (where === 'from-flag') return stageSuggestions(text, line, column, lineText);
  if (where === 'from-image') return imageSuggestions(text, line, column, lineText, images);
  try {
    return fromService(text, line, column);
  } catch {
    return [];
  }
}
