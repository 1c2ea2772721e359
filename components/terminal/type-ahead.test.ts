import { describe, expect, it } from 'vitest';
import { pasteLines, TypeAhead, type TypeAheadState } from './type-ahead';

/** A runner whose lines finish only when the test says so. */
function gatedRunner() {
  const ran: string[] = [];
  const gates: Array<() => void> = [];
  const run = (line: string) =>
    new Promise<void>((resolve) => {
      ran.push(line);
      gates.push(resolve);
    });
  const finishNext = async () => {
    gates.shift()?.();
    // Let the queue's loop take its next line.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { ran, run, finishNext };
}

describe('type-ahead', () => {
  it('keeps lines entered while one runs and runs them afterwards, in order', async () => {
    const { ran, run, finishNext } = gatedRunner();
    const states: TypeAheadState[] = [];
    const t = new TypeAhead(run, (s) => states.push(s));
    const done = t.submit(['docker build -t calc .']);
    expect(t.busy).toBe(true);
    void t.submit(['docker images']);
    void t.submit(['docker run --rm calc', 'docker ps -a']);
    expect(ran).toEqual(['docker build -t calc .']);
    expect(t.pending).toEqual(['docker images', 'docker run --rm calc', 'docker ps -a']);
    await finishNext();
    expect(ran).toEqual(['docker build -t calc .', 'docker images']);
    await finishNext();
    await finishNext();
    await finishNext();
    await done;
    expect(ran).toEqual(['docker build -t calc .', 'docker images', 'docker run --rm calc', 'docker ps -a']);
    expect(t.busy).toBe(false);
    expect(states[states.length - 1]).toEqual({ busy: false, pending: [] });
  });

  it('lines typed into docker run -it while it starts reach the program, not the host prompt', async () => {
    // The session decides where a line goes: once the program holds the terminal, the queued lines
    // are its input. A fake session that takes the foreground on `docker run -it`.
    let foreground: string | null = null;
    const seen: string[] = [];
    const { run, finishNext } = gatedRunner();
    const t = new TypeAhead(async (line) => {
      await run(line);
      if (foreground) seen.push(`${foreground} < ${line}`);
      else if (line.startsWith('docker run -it')) foreground = 'calc';
      else seen.push(`$ ${line}`);
      if (line === 'exit') foreground = null;
    });
    const done = t.submit(['docker run -it --rm calc']);
    void t.submit(['2 * 100', 'exit', 'docker ps']);
    for (let k = 0; k < 4; k++) await finishNext();
    await done;
    expect(seen).toEqual(['calc < 2 * 100', 'calc < exit', '$ docker ps']);
  });

  it('Ctrl+C drops what is queued; the running line goes on; a failed line does not stop the rest', async () => {
    const { ran, run, finishNext } = gatedRunner();
    const t = new TypeAhead(run);
    const done = t.submit(['sleep']);
    void t.submit(['a', 'b']);
    expect(t.interrupt()).toEqual(['a', 'b']);
    await finishNext();
    await done;
    expect(ran).toEqual(['sleep']);

    const order: string[] = [];
    const failing = new TypeAhead(async (line) => {
      order.push(line);
      if (line === 'boom') throw new Error('worker gone');
    });
    await failing.submit(['boom', 'after']);
    expect(order).toEqual(['boom', 'after']);
  });

  it('a paste splits into complete lines and the rest left on the line', () => {
    expect(pasteLines('', 0, 0, 'docker build -t calc .\ndocker images\n')).toEqual({
      lines: ['docker build -t calc .', 'docker images'],
      rest: '',
    });
    expect(pasteLines('echo ', 5, 5, 'a\r\nb\rc')).toEqual({ lines: ['echo a', 'b'], rest: 'c' });
    // Pasted over a selection: the selected text goes.
    expect(pasteLines('docker XXX', 7, 10, 'ps\nls')).toEqual({ lines: ['docker ps'], rest: 'ls' });
    expect(pasteLines('abc', 3, 3, 'no newline')).toEqual({ lines: [], rest: 'abcno newline' });
  });
});
