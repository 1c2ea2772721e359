import type { ReactNode } from 'react';
import type { RunOutcome, SimulatedImage } from '@/lib/build/types';
import { dockerErrorText, lessonForRun, verdictLabel } from './verdict-text';

/** Props of {@link RunVerdict}. */
export interface RunVerdictProps {
  run: RunOutcome;
  image: SimulatedImage | null;
}

function Terminal({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="mt-2">
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">{label}</figcaption>
      <pre
        tabIndex={0}
        className="mt-1 max-h-64 overflow-auto rounded-md bg-zinc-950 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-words text-zinc-100"
      >
        {children}
      </pre>
    </figure>
  );
}

/**
 * What `docker run` does with the final image: "starts" with the program's output in a terminal, or
 * Docker's exact error text, then what it means in plain words and the lesson that explains it.
 */
export function RunVerdict({ run, image }: RunVerdictProps) {
  const lesson = lessonForRun(run);
  const command = `$ docker run ${image ? 'my-image' : '…'}`;
  const failed = run.status === 'failed';
  const unknown = run.status === 'unknown';
  if (unknown)
    return (
      <div role="group" aria-label="docker run" className="text-sm">
        <p className="text-base">
          <span className="font-mono">docker run</span>:{' '}
          <strong className="text-amber-800 dark:text-amber-300" data-testid="run-verdict">
            <span aria-hidden="true">? </span>
            {verdictLabel(run)}
          </strong>
        </p>
        <p className="mt-2">
          <span className="font-medium">Why: </span>
          {run.because ? `${run.because.charAt(0).toUpperCase()}${run.because.slice(1)}.` : run.explanation}
        </p>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          The simulator answers only what it can follow. Start the final stage from an image it knows, or set
          ENTRYPOINT/CMD yourself in exec form, and it can tell you.
        </p>
      </div>
    );
  return (
    <div role="group" aria-label="docker run" className="text-sm">
      <p className="text-base">
        <span className="font-mono">docker run</span>:{' '}
        <strong
          className={failed ? 'text-red-700 dark:text-red-400' : 'text-emerald-800 dark:text-emerald-400'}
          data-testid="run-verdict"
        >
          <span aria-hidden="true">{failed ? '✗ ' : '✓ '}</span>
          {verdictLabel(run)}
        </strong>
      </p>
      {run.argv && (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Docker runs: <code className="font-mono">{JSON.stringify(run.argv)}</code>
        </p>
      )}
      {failed ? (
        <Terminal label="Docker's error">
          {command}
          {'\n'}
          <span className="text-red-300">{dockerErrorText(run)}</span>
        </Terminal>
      ) : (
        <Terminal label={run.outputSimulated ? 'Output (simulated)' : 'Output'}>
          {command}
          {'\n'}
          {run.outputSimulated ? run.stdout : '(the program starts; its output is not modelled)'}
          {run.stderr && <span className="text-amber-300">{run.stderr}</span>}
          {run.truncated && (
            <span className="text-zinc-400">{'\n'}… (keeps going: the output is cut here)</span>
          )}
        </Terminal>
      )}
      <p className="mt-2">
        <span className="font-medium">What this means: </span>
        {run.explanation}
      </p>
      {lesson && (
        <p className="mt-1">
          Learn why:{' '}
          <a href={lesson.href} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
            {lesson.title}
          </a>
        </p>
      )}
    </div>
  );
}
