/**
 * The simulate tool as a function: arguments and file access in, output and exit code out, so
 * tests run it in-process.
 */
import { dirname, resolve } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { formatSize } from '../../build/format';
import { readContextFolder } from '../../build/context/read-folder';
import { runImage } from '../../build/run/index';
import { parseArgs, USAGE } from './args';
import { toJson } from './report-json';
import { toText } from './report-text';
import { simulatePlatforms } from '../../analyze';

/** Where the tool writes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 buildable, 1 the Dockerfile has errors, 2 bad usage or unreadable file. */
export function runSimulateCli(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr(`simulate: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(args.dockerfile, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr(
      `simulate: cannot read the Dockerfile ${args.dockerfile}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? err)}\n`,
    );
    return 2;
  }
  const contextDir = resolve(args.context ?? dirname(args.dockerfile));
  try {
    if (!statSync(contextDir).isDirectory()) throw new Error('not a folder');
  } catch {
    io.stderr(`simulate: the build context ${contextDir} is not a readable folder\n`);
    return 2;
  }
  const context = readContextFolder(contextDir);
  const builds = simulatePlatforms(text, {
    context,
    target: args.target,
    buildArgs: args.buildArgs,
    builder: args.builder,
    platforms: args.platforms,
  });
  const reports = builds.map(({ result }) => {
    const run = args.run ? (result.image ? runImage(result.image, { stdin: args.stdin }) : null) : undefined;
    return { result, run, doc: toJson(args.dockerfile, result, run, formatSize) };
  });
  if (args.json) {
    // One platform: one document; several: an array of documents, one per platform (lib/cli/SCHEMA.md).
    const json = reports.length === 1 ? reports[0].doc : reports.map((r) => r.doc);
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const texts = reports.map((r) => toText(r.doc, r.result, r.run, formatSize));
    io.stdout(
      reports.length === 1
        ? texts[0]
        : reports.map((r, i) => `=== ${r.doc.platform} ===\n${texts[i]}`).join('\n'),
    );
  }
  return builds.some(({ result }) => result.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
