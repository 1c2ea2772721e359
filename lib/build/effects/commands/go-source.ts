/**
 * Reading Go sources the build context put in the image: package, imports, and whether the main
 * package is the course's calculator (recognised by its behaviour strings, not by its file name).
 */

/** What the Go sources of a package say. */
export interface GoSourceInfo {
  files: number;
  isMain: boolean;
  imports: string[];
  /** Program model id when the sources are a program the run models know. */
  program: string | null;
  /** Whether a non-standard-library import is present (a module dependency). */
  thirdParty: boolean;
}

const IMPORT_BLOCK = /import\s*\(([\s\S]*?)\)/g;
const IMPORT_LINE = /import\s+(?:[A-Za-z_.]+\s+)?"([^"]+)"/g;

/** Imports of one Go source file. */
export function goImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_BLOCK)) {
    for (const q of m[1].matchAll(/"([^"]+)"/g)) out.push(q[1]);
  }
  for (const m of source.matchAll(IMPORT_LINE)) out.push(m[1]);
  return out;
}

/** True when the sources are the course's calculator: its prompt and its error messages. */
export function isCalculatorSource(source: string): boolean {
  return (
    source.includes('Enter any calculation') &&
    source.includes('Invalid input. Try again.') &&
    source.includes('Invalid operator. Try again.') &&
    source.includes('Result: ')
  );
}

/** Summarise the Go files (path → content) of one package. */
export function readGoSources(files: ReadonlyArray<{ path: string; content: string }>): GoSourceInfo {
  const imports = new Set<string>();
  let isMain = false;
  let program: string | null = null;
  let count = 0;
  for (const f of files) {
    if (!f.path.endsWith('.go') || f.path.endsWith('_test.go')) continue;
    count++;
    if (/^\s*package\s+main\b/m.test(f.content)) isMain = true;
    for (const i of goImports(f.content)) imports.add(i);
    if (isCalculatorSource(f.content)) program = 'go-calculator';
  }
  const list = [...imports].sort();
  return {
    files: count,
    isMain,
    imports: list,
    program,
    thirdParty: list.some((i) => i.split('/')[0].includes('.')),
  };
}

/** True when an import pulls in the net package (net, net/http, …), which uses cgo when it can. */
export function usesNet(imports: readonly string[]): boolean {
  return imports.some((i) => i === 'net' || i.startsWith('net/') || i === 'os/user');
}
