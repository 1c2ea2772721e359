import { StaticCode } from '@/components/ui/static-code';
import { readExampleFile } from './example-files';
import { MissingExample } from './missing-example';

/** Props of `<Compare>`: an example folder and two or more of its Dockerfiles. */
export interface CompareProps {
  example: string;
  files: string[];
}

/**
 * A side-by-side comparison of Dockerfiles over the same build context. This version shows the files as
 * highlighted static code; the live comparison replaces this body.
 */
export function Compare({ example, files }: CompareProps) {
  return (
    <div className="breakout not-prose grid gap-4 md:grid-cols-2" data-compare={example}>
      {files.map((file) => {
        const text = readExampleFile(example, file);
        return text === null ? (
          <MissingExample key={file} example={example} file={file} />
        ) : (
          <StaticCode key={file} code={text} language="dockerfile" title={file} />
        );
      })}
    </div>
  );
}
