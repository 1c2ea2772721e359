/** Test helper: a terminal line run in a docker session, its output split by stream. */
import { executeLine, streamText } from '../cli/docker/index';
import type { DockerSession } from '../cli/docker/types';

/** What a line printed: exit code, whether the model could not tell, each stream, the notes one a line. */
export function runLine(s: DockerSession, line: string) {
  const r = executeLine(s, line);
  return {
    exitCode: r.exitCode,
    unknown: r.unknown,
    stdout: streamText(r, 'stdout'),
    stderr: streamText(r, 'stderr'),
    notes: streamText(r, 'note').split('\n').filter(Boolean),
  };
}
