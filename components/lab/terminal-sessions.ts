/**
 * The worker's side of the simulated terminals: one docker session per terminal (its images and
 * build cache survive between command lines), each seeing a registered build context with the
 * terminal's overlay files (the Dockerfile being edited) laid over it.
 */
import { completeLine, createDockerSession, executeLine, type DockerSession } from '@/lib/cli/docker';
import type { BuildContext } from '@/lib/build/types';
import type { TerminalTarget, WorkerResponse } from '@/lib/worker/protocol';

/** Sessions kept per worker; a page has a handful of terminals at most. */
const MAX_SESSIONS = 20;

function withOverlay(context: BuildContext, overlay: TerminalTarget['overlay']): BuildContext {
  if (overlay.length === 0) return context;
  const paths = new Set(overlay.map((f) => f.path));
  const encoder = new TextEncoder();
  return {
    files: [
      ...context.files.filter((f) => !paths.has(f.path)),
      ...overlay.map((f) => ({
        path: f.path,
        sizeBytes: encoder.encode(f.content).length,
        content: f.content,
      })),
    ],
  };
}

/** The terminal sessions of one worker, reading contexts through `contextOf`. */
export function createTerminalSessions(contextOf: (key: string) => BuildContext) {
  const sessions = new Map<string, DockerSession>();

  function sessionFor(target: TerminalTarget): DockerSession {
    const context = withOverlay(contextOf(target.contextKey), target.overlay);
    let session = sessions.get(target.sessionKey);
    if (!session) {
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value ?? '');
      session = createDockerSession({ context });
      sessions.set(target.sessionKey, session);
    }
    // The learner may have edited the Dockerfile or picked another example since the last line.
    session.context = context;
    return session;
  }

  return {
    run(id: number, line: string, target: TerminalTarget): WorkerResponse {
      const result = executeLine(sessionFor(target), line);
      return { kind: 'terminal', id, output: result.output, exitCode: result.exitCode, clear: result.clear };
    },
    complete(id: number, line: string, target: TerminalTarget): WorkerResponse {
      const completion = completeLine(sessionFor(target), line);
      return { kind: 'terminal-complete', id, line: completion.line, candidates: completion.candidates };
    },
  };
}
