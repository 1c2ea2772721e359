/**
 * Type-ahead, as a terminal keeps it: lines entered (typed or pasted) while a command is still
 * running are not dropped but queued, and run one after another when it ends, in the order they
 * were entered. In `docker run -it` they are the program's input, since each line goes to whatever
 * holds the terminal then. Ctrl+C discards what is queued, as the terminal driver flushes its
 * input on an interrupt (termios ISIG without NOFLSH). Kept apart from the view so it can be tested.
 */

/** What the view shows: whether a line runs, and the lines waiting their turn. */
export interface TypeAheadState {
  busy: boolean;
  pending: readonly string[];
}

/** A queue of entered lines and the loop that runs them, one at a time. */
export class TypeAhead {
  private queue: string[] = [];
  private running = false;

  constructor(
    private readonly runLine: (line: string) => Promise<void>,
    private readonly onChange: (state: TypeAheadState) => void = () => {},
  ) {}

  /** True while a line runs. */
  get busy(): boolean {
    return this.running;
  }

  /** The lines entered and not yet run. */
  get pending(): readonly string[] {
    return [...this.queue];
  }

  /**
   * Enters `lines`: they run now when nothing runs, else after what is running and what was entered
   * before them. Resolves when the queue is empty again.
   */
  async submit(lines: readonly string[]): Promise<void> {
    this.queue.push(...lines);
    this.changed();
    if (this.running) return;
    this.running = true;
    try {
      for (let line = this.queue.shift(); line !== undefined; line = this.queue.shift()) {
        this.changed();
        try {
          await this.runLine(line);
        } catch {
          // A line that failed to run does not stop the ones typed after it.
        }
      }
    } finally {
      this.running = false;
      this.changed();
    }
  }

  /** Ctrl+C: drops what is queued (the running line goes on) and returns it. */
  interrupt(): string[] {
    const dropped = this.queue;
    this.queue = [];
    this.changed();
    return dropped;
  }

  private changed(): void {
    this.onChange({ busy: this.running, pending: [...this.queue] });
  }
}

/**
 * A paste of `text` over the selection `start`–`end` of `line`: the complete lines it makes (each
 * ended by a newline) and what stays on the line after the last newline. Carriage returns count as
 * newlines, as a terminal reads them.
 */
export function pasteLines(
  line: string,
  start: number,
  end: number,
  text: string,
): { lines: string[]; rest: string } {
  const parts = (line.slice(0, start) + text.replace(/\r\n?/g, '\n') + line.slice(end)).split('\n');
  const rest = parts.pop() ?? '';
  return { lines: parts, rest };
}
