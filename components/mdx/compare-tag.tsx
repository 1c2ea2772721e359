import { Island } from '@/components/mdx/island';
import { exampleData, exampleDockerfile } from '@/components/lab/example-data';
import { defaultStdin } from '@/components/lab/run-defaults';

/** Props of `<Compare>`. */
export interface CompareProps {
  /** Example folder under `content/examples/`: every file builds this same context. */
  example: string;
  /** Two or more of its Dockerfiles, e.g. `["Dockerfile.single-stage", "Dockerfile.multi-stage"]`. */
  files: string[];
  /** Distinguishes two comparisons of the same files on one page. */
  id?: string;
}

/**
 * Two or more Dockerfiles over the same build context, side by side: each editable and simulated
 * live, their final images compared in a chart (on a log scale, which it says) and a table. Read at
 * build time; an unknown example or file fails the build.
 *
 * ```mdx
 * <Compare example="go-calculator" files={["Dockerfile.single-stage", "Dockerfile.multi-stage"]} />
 * ```
 */
export function Compare({ example, files, id }: CompareProps) {
  const data = exampleData(example);
  const sides = files.map((name) => ({
    name,
    label: data.dockerfiles.find((d) => d.name === name)?.label ?? name,
    text: exampleDockerfile(example, name),
  }));
  return (
    <Island
      name="compare-lab"
      props={{
        compareId: id ?? `${example}:${files.join('+')}`,
        exampleId: example,
        files: sides,
        context: data.context,
        stdin: defaultStdin(example),
      }}
    />
  );
}
