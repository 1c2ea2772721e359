import { describe, expect, it } from 'vitest';
import { createSimulatorClient, tooLongMessage, type WorkerLike } from './client';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A fake worker that answers when told to, and a clock the test moves. */
function setup() {
  const workers: (WorkerLike & { received: WorkerRequest[]; terminated: boolean })[] = [];
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let nextTimer = 1;
  const client = createSimulatorClient(
    () => {
      const w = {
        received: [] as WorkerRequest[],
        terminated: false,
        onmessage: null as WorkerLike['onmessage'],
        onerror: null as WorkerLike['onerror'],
        postMessage(m: WorkerRequest) {
          this.received.push(m);
        },
        terminate() {
          this.terminated = true;
        },
      };
      workers.push(w);
      return w;
    },
    {
      budgetMs: 1000,
      setTimer: (run, ms) => {
        const id = nextTimer++;
        timers.set(id, { at: now + ms, run });
        return id;
      },
      clearTimer: (id) => timers.delete(id as number),
    },
  );
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at <= now) {
        timers.delete(id);
        t.run();
      }
    }
  };
  const answer = (w: WorkerLike, response: WorkerResponse) => w.onmessage?.({ data: response });
  return { client, workers, advance, answer };
}

const simulate = {
  kind: 'simulate' as const,
  contextKey: 'calc',
  text: 'FROM scratch',
  target: null,
  builder: 'buildkit' as const,
  stdin: null,
  exerciseId: null,
};

describe('the simulator client watchdog', () => {
  it('answers in time: no restart', async () => {
    const { client, workers, advance, answer } = setup();
    const p = client.request(simulate);
    advance(900);
    const sent = workers[0].received.at(-1)!;
    answer(workers[0], { kind: 'hover', id: sent.id, hover: null });
    await expect(p).resolves.toEqual({ kind: 'hover', id: sent.id, hover: null });
    advance(5000);
    expect(workers).toHaveLength(1);
  });

  it('past the budget: terminates, says so, restarts with the same contexts, and keeps working', async () => {
    const { client, workers, advance, answer } = setup();
    client.ensureContext('calc', { files: [{ path: 'a', sizeBytes: 1, content: 'a' }] });
    client.ensureExercise('ex', { goals: [] } as never);
    const slow = client.request(simulate);
    const terminal = client.request({
      kind: 'terminal',
      line: 'docker build .',
      sessionKey: 's',
      contextKey: 'calc',
      overlay: [],
    });
    advance(999);
    expect(workers).toHaveLength(1);
    advance(1);
    expect(workers[0].terminated).toBe(true);
    const a = await slow;
    expect(a).toMatchObject({ kind: 'error', message: tooLongMessage('simulate', 1000) });
    expect(a.kind === 'error' && a.message).toContain('This Dockerfile takes too long to simulate');
    await expect(terminal).resolves.toMatchObject({
      message: expect.stringContaining('This command takes too long'),
    });
    expect(workers).toHaveLength(2);
    expect(workers[1].received.map((m) => m.kind)).toEqual(['context', 'exercise']);
    const next = client.request(simulate);
    const sent = workers[1].received.at(-1)!;
    expect(sent.kind).toBe('simulate');
    answer(workers[1], { kind: 'complete', id: sent.id, items: [] });
    await expect(next).resolves.toMatchObject({ kind: 'complete' });
  });

  it('a queue of quick answers does not trip it: the budget runs from the last answer', async () => {
    const { client, workers, advance, answer } = setup();
    const ps = [1, 2, 3].map(() => client.request(simulate));
    for (const m of workers[0].received) {
      advance(800);
      answer(workers[0], { kind: 'hover', id: m.id, hover: null });
    }
    await Promise.all(ps);
    expect(workers).toHaveLength(1);
  });

  it('a crashed worker answers everything waiting', async () => {
    const { client, workers } = setup();
    const p = client.request(simulate);
    workers[0].onerror?.({ message: 'boom' });
    await expect(p).resolves.toMatchObject({ kind: 'error', message: 'The simulator could not run: boom' });
  });
});
