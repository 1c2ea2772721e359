import { Island } from '@/components/mdx/island';
import { exampleData } from '@/components/lab/example-data';

/** Props of `<Terminal>`. */
export interface TerminalTagProps {
  /** Example folder under `content/examples/`, e.g. `go-calculator`: its files are the build context. */
  example: string;
  /** Distinguishes two terminals of one example on a page (also the worker's session key). */
  id?: string;
}

/**
 * A simulated docker terminal over an example's build context (`docker build -f Dockerfile.multi-stage
 * -t calc .`, `docker images`, `docker run`, `cat`, `ls`). The example is read at build time; an
 * unknown example fails the build.
 *
 * ```mdx
 * <Terminal example="go-calculator" />
 * ```
 */
export function Terminal({ example, id }: TerminalTagProps) {
  const data = exampleData(example);
  const key = id ?? `terminal-${example}`;
  return (
    <Island
      name="terminal"
      props={{
        id: key,
        contextKey: example,
        context: data.context,
        overlay: [],
        exampleId: example,
        caption: `A simulated docker in the ${example} build context: its Dockerfiles are ${data.dockerfiles.map((d) => d.name).join(', ')}.`,
      }}
    />
  );
}
