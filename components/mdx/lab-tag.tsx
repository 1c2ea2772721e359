import { StaticCode } from '@/components/ui/static-code';
import { readExampleFile } from './example-files';
import { MissingExample } from './missing-example';

/** Props of `<DockerfileLab>`: the example folder, the Dockerfile in it, an optional target stage, read-only. */
export interface DockerfileLabProps {
  example: string;
  file: string;
  target?: string;
  readOnly?: boolean;
}

/**
 * A Dockerfile lab. This version shows the example's Dockerfile as highlighted static code; the live editor
 * and simulation replace this body.
 */
export function DockerfileLab({ example, file }: DockerfileLabProps) {
  const text = readExampleFile(example, file);
  if (text === null) return <MissingExample example={example} file={file} />;
  return (
    <div className="breakout" data-lab={`${example}/${file}`}>
      <StaticCode code={text} language="dockerfile" title={file} />
    </div>
  );
}
