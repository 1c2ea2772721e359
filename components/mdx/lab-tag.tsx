import { Island } from '@/components/mdx/island';
import { exampleData, exampleDockerfile } from '@/components/lab/example-data';
import { defaultStdin } from '@/components/lab/run-defaults';

/** Props of `<DockerfileLab>`. */
export interface DockerfileLabProps {
  /** Example folder under `content/examples/`, e.g. `go-calculator`. */
  example: string;
  /** One of its Dockerfiles, e.g. `Dockerfile.multi-stage`. */
  file: string;
  /** `--target`: the stage to build (defaults to the last stage). */
  target?: string;
  /** Show the lab without letting the learner edit (the simulation still runs). */
  readOnly?: boolean;
  /** Distinguishes two labs of the same file on one page (also keys the saved draft). */
  id?: string;
}

/**
 * A live Dockerfile lab: the example's Dockerfile in an editor, simulated as the learner types (stage
 * graph, layers, files, `docker run`), with edits kept in the browser. The example is read at build
 * time; an unknown example or file fails the build.
 *
 * ```mdx
 * <DockerfileLab example="go-calculator" file="Dockerfile.multi-stage" />
 * <DockerfileLab example="three-tier-app" file="Dockerfile" target="backend" readOnly />
 * ```
 */
export function DockerfileLab({ example, file, target, readOnly = false, id }: DockerfileLabProps) {
  const data = exampleData(example);
  const text = exampleDockerfile(example, file);
  return (
    <Island
      name="dockerfile-lab"
      props={{
        labId: id ?? `${example}/${file}${target ? `@${target}` : ''}`,
        exampleId: example,
        file,
        originalText: text,
        context: data.context,
        target: target ?? null,
        readOnly,
        stdin: defaultStdin(example),
      }}
    />
  );
}
