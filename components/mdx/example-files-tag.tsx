import fs from 'node:fs';
import path from 'node:path';
import { CodeFrame } from '@/components/ui/code-frame';
import { exampleFileList } from './example-files';

/** Props of `<ExampleFiles>`. */
export interface ExampleFilesProps {
  /** The example whose files to show, e.g. `three-tier-app`. */
  example: string;
  /** Only these files (paths inside the example); all of them when absent. */
  files?: string[];
  /** The summary line; "The example's files" when absent. */
  title?: string;
}

const LANGUAGE: Array<[RegExp, string]> = [
  [/(^|\/)Dockerfile(\.[\w.-]+)?$/, 'dockerfile'],
  [/\.go$/, 'go'],
  [/\.py$/, 'python'],
  [/\.java$/, 'java'],
  [/\.ya?ml$/, 'yaml'],
  [/\.json$/, 'json'],
  [/\.xml$/, 'xml'],
  [/\.(conf|txt|sql|md|properties)$|(^|\/)\.dockerignore$/, 'text'],
];

function languageOf(file: string): string {
  return LANGUAGE.find(([re]) => re.test(file))?.[1] ?? 'text';
}

/**
 * The files of an example, readable on the page: one collapsed `<details>` per file, so a learner can
 * open the `nginx.conf` or `app.py` a lesson talks about. Read at build time, no script needed; the
 * course's own metadata (`example.json`) and lock files are left out. An unknown example or file fails
 * the build.
 *
 * ```mdx
 * <ExampleFiles example="three-tier-app" files={["frontend/nginx.conf", "compose.yaml"]} />
 * ```
 */
export function ExampleFiles({ example, files, title }: ExampleFilesProps) {
  const all = exampleFileList(example);
  const shown = files ?? all;
  const missing = shown.filter((f) => !all.includes(f));
  if (missing.length > 0) {
    throw new Error(`<ExampleFiles example="${example}">: no such file ${missing.join(', ')}`);
  }
  return (
    <section
      aria-label={title ?? "The example's files"}
      className="not-prose my-6 rounded-lg border border-zinc-200 dark:border-zinc-700"
      data-example-files={example}
    >
      <p className="border-b border-zinc-200 px-4 py-2 text-sm font-semibold dark:border-zinc-700">
        {title ?? "The example's files"}
        <span className="font-normal text-zinc-600 dark:text-zinc-400"> — open one to read it</span>
      </p>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-700">
        {shown.map((file) => {
          const text = fs.readFileSync(path.join(exampleDir(example), file), 'utf8');
          return (
            <li key={file}>
              <details className="group px-4 py-2">
                <summary className="cursor-pointer font-mono text-sm [overflow-wrap:anywhere]">
                  {file}
                </summary>
                <div className="mt-2">
                  <CodeFrame language={languageOf(file)} title={file}>
                    <pre className="overflow-x-auto p-3 text-sm">
                      <code>{text.replace(/\n$/, '')}</code>
                    </pre>
                  </CodeFrame>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function exampleDir(example: string): string {
  return path.join(process.cwd(), 'content', 'examples', example);
}
