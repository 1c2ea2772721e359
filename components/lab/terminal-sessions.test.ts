import { describe, expect, it } from 'vitest';
import { runImage } from '@/lib/build/run';
import { loadExample } from '@/lib/course/examples';
import { createWorkerHandler } from '@/lib/worker/handler';
import type { TerminalTarget, WorkerResponse } from '@/lib/worker/protocol';
import { createTerminalSessions } from './terminal-sessions';
import { simulateDockerfile } from '@/lib/analyze';

const calc = loadExample('go-calculator');
const multi = calc.dockerfiles.find((d) => d.name === 'Dockerfile.multi-stage')!.text;

function text(answer: WorkerResponse): string {
  return answer.kind === 'terminal' ? answer.output.map((c) => c.text).join('') : `unexpected ${answer.kind}`;
}

describe('terminal requests in the simulator worker', () => {
  const handle = createWorkerHandler({
    simulate: simulateDockerfile,
    runImage,
    images: () => [],
    now: () => 0,
    terminals: createTerminalSessions,
  });
  handle({ kind: 'context', id: 1, key: 'go-calculator', context: calc.context });
  const target = (overlay: TerminalTarget['overlay']): TerminalTarget => ({
    sessionKey: 'playground',
    contextKey: 'go-calculator',
    overlay,
  });

  it('builds the edited Dockerfile, keeps the image for the next line, and completes its name', () => {
    const built = handle({
      kind: 'terminal',
      id: 2,
      line: 'docker build -t calc .',
      ...target([{ path: 'Dockerfile', content: multi }]),
    });
    expect(built).toMatchObject({ kind: 'terminal', exitCode: 0, clear: false });
    expect(text(built)).toContain('naming to docker.io/library/calc:latest');
    const images = handle({ kind: 'terminal', id: 3, line: 'docker images', ...target([]) });
    expect(text(images)).toMatch(/calc\s+latest\s+[0-9a-f]{12}\s+.*1\.79MB/);
    expect(handle({ kind: 'terminal-complete', id: 4, line: 'docker run ca', ...target([]) })).toEqual({
      kind: 'terminal-complete',
      id: 4,
      line: 'docker run calc ',
      candidates: ['calc'],
    });
  });

  it('without the overlay there is no Dockerfile in the example’s context', () => {
    const answer = handle({ kind: 'terminal', id: 5, line: 'docker build .', ...target([]) });
    expect(answer).toMatchObject({ kind: 'terminal', exitCode: 1 });
    expect(text(answer)).toContain('open Dockerfile: no such file or directory');
  });
});
