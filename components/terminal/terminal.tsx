'use client';

/**
 * A terminal with a simulated `docker`: the command line runs in the simulator worker, against a
 * session that keeps the images built so far. History with ↑/↓, Ctrl+L clears, Tab completes
 * command and image names (on an empty line Tab moves focus on, so the keyboard is never trapped).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BuildContext } from '@/lib/build/types';
import type { OutputChunk } from '@/lib/cli/docker';
import { getSimulatorClient } from '@/components/lab/simulator-client';
import type { OverlayFile } from '@/lib/worker/protocol';
import { defaultStdin } from '@/components/lab/run-defaults';
import { TerminalFrame } from './terminal-frame';

/** Props of {@link Terminal}. */
export interface TerminalProps {
  /** Unique on the page: element ids and the worker's session key. */
  id: string;
  /** Key of the build context in the worker (registered once per key). */
  contextKey: string;
  context: BuildContext;
  /** Files laid over the context, e.g. the Dockerfile being edited. Read when a line runs. */
  overlay: OverlayFile[];
  /** The example whose context this is (it picks the suggested commands), or null. */
  exampleId: string | null;
  /** One sentence under the title: what the terminal works on. */
  caption: string;
}

interface Entry {
  key: number;
  line: string;
  output: OutputChunk[];
  exitCode: number;
}

/** The image name the suggestions use, per example ("app" for the others). */
const TAGS: Record<string, string> = { 'go-calculator': 'calc' };

/**
 * The Dockerfile the suggestions build: `Dockerfile` when there is one (the playground's editor), else
 * the example's multi-stage one, else its first.
 */
function buildFile(context: BuildContext, overlay: OverlayFile[]): string {
  const paths = [...overlay.map((f) => f.path), ...context.files.map((f) => f.path)];
  const dockerfiles = paths.filter((p) => /^Dockerfile(\.|$)/.test(p)).sort();
  if (dockerfiles.includes('Dockerfile')) return 'Dockerfile';
  return dockerfiles.find((p) => p.includes('multi-stage')) ?? dockerfiles[0] ?? 'Dockerfile';
}

/** Commands offered as buttons: build, list, run (with the example's input), look inside. */
function suggestionsFor(exampleId: string | null, file: string): string[] {
  const tag = (exampleId && TAGS[exampleId]) || 'app';
  const stdin = defaultStdin(exampleId);
  const piped = stdin ? `printf '${stdin.replace(/\n/g, '\\n')}' | ` : '';
  return [
    `docker build -t ${tag}${file === 'Dockerfile' ? '' : ` -f ${file}`} .`,
    'docker images',
    `${piped}docker run --rm${stdin ? ' -i' : ''} ${tag}`,
    `docker history ${tag}`,
    `cat ${file}`,
  ];
}

/** Entries kept on screen; older ones scroll away for good. */
const MAX_ENTRIES = 200;
// Docker writes build progress to stderr too: it is red only when the command failed.
const ERROR_CLASS = 'text-red-800 dark:text-red-300';
const NOTE_CLASS = 'italic text-zinc-600 dark:text-zinc-400';

function chunkClass(stream: OutputChunk['stream'], exitCode: number): string {
  if (stream === 'note') return NOTE_CLASS;
  return stream === 'stderr' && exitCode !== 0 ? ERROR_CLASS : '';
}
const CHIP =
  'rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700';

/** The terminal (loaded lazily; see `DeferredTerminal`). */
export function Terminal({ id, contextKey, context, overlay, exampleId, caption }: TerminalProps) {
  const suggestions = suggestionsFor(exampleId, buildFile(context, overlay));
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [candidates, setCandidates] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  /** Command lines sent and not yet answered. */
  const running = useRef(0);
  const history = useRef<string[]>([]);
  const cursor = useRef(0);
  const nextKey = useRef(1);
  const logRef = useRef<HTMLDivElement>(null);
  const target = () => {
    const client = getSimulatorClient();
    client.ensureContext(contextKey, context);
    return { client, target: { sessionKey: id, contextKey, overlay } };
  };

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [entries]);

  const run = async (command: string) => {
    if (command.trim() !== '') history.current = [...history.current, command].slice(-100);
    cursor.current = history.current.length;
    setLine('');
    setCandidates([]);
    running.current++;
    setBusy(true);
    const { client, target: t } = target();
    // Lines typed while another runs are sent at once: the worker answers them in order.
    const answer = await client.request({ kind: 'terminal', line: command, ...t });
    running.current--;
    if (running.current === 0) setBusy(false);
    const key = nextKey.current++;
    if (answer.kind === 'terminal') {
      const entry = { key, line: command, output: answer.output, exitCode: answer.exitCode };
      setEntries((old) =>
        answer.clear ? (entry.output.length > 0 ? [entry] : []) : [...old, entry].slice(-MAX_ENTRIES),
      );
    } else {
      const text =
        answer.kind === 'error'
          ? answer.message
          : 'The simulator gave no answer: run the command again, or reload the page if it keeps happening.';
      setEntries((old) => [
        ...old,
        { key, line: command, output: [{ stream: 'stderr', text }], exitCode: 1 },
      ]);
    }
  };

  const complete = async () => {
    const { client, target: t } = target();
    const answer = await client.request({ kind: 'terminal-complete', line, ...t });
    if (answer.kind !== 'terminal-complete') return;
    setLine(answer.line);
    setCandidates(answer.candidates.length > 1 ? answer.candidates : []);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void run(line);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const all = history.current;
      if (all.length === 0) return;
      event.preventDefault();
      cursor.current = Math.max(0, Math.min(all.length, cursor.current + (event.key === 'ArrowUp' ? -1 : 1)));
      setLine(all[cursor.current] ?? '');
    } else if (event.key === 'l' && event.ctrlKey) {
      event.preventDefault();
      setEntries([]);
      setCandidates([]);
    } else if (event.key === 'Tab' && !event.shiftKey && line.trim() !== '' && !line.endsWith(' ')) {
      event.preventDefault();
      void complete();
    }
  };

  return (
    <TerminalFrame id={id} caption={caption}>
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-700">
        <span className="text-xs text-zinc-700 dark:text-zinc-300">Try:</span>
        {suggestions.map((s) => (
          <button key={s} type="button" className={CHIP} disabled={busy} onClick={() => void run(s)}>
            {s}
          </button>
        ))}
      </div>
      <div
        ref={logRef}
        role="log"
        aria-live="polite"
        aria-label="Terminal output"
        tabIndex={0}
        data-testid="terminal-output"
        className="h-80 overflow-y-auto bg-zinc-50 px-3 py-2 font-mono text-sm whitespace-pre-wrap break-words text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {entries.length === 0 && (
          <p className="m-0 text-zinc-600 dark:text-zinc-400">
            Type help, or a docker command, and press Enter.
          </p>
        )}
        {entries.map((entry) => (
          <div key={entry.key} data-exit-code={entry.exitCode}>
            <div className="font-semibold">
              <span aria-hidden="true">$ </span>
              {entry.line}
            </div>
            {entry.output.map((chunk, k) => (
              <span key={k} className={chunkClass(chunk.stream, entry.exitCode)} data-stream={chunk.stream}>
                {chunk.stream === 'note' ? `# ${chunk.text}` : chunk.text}
              </span>
            ))}
          </div>
        ))}
      </div>
      {candidates.length > 0 && (
        <p className="m-0 border-t border-zinc-200 px-3 py-1 font-mono text-xs text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
          {candidates.join('  ')}
        </p>
      )}
      <div className="flex items-center gap-2 border-t border-zinc-200 px-3 py-2 font-mono text-sm dark:border-zinc-700">
        <label htmlFor={`${id}-input`} className="text-zinc-700 dark:text-zinc-300">
          <span className="sr-only">Command</span>
          <span aria-hidden="true">$</span>
        </label>
        <input
          id={`${id}-input`}
          type="text"
          value={line}
          onChange={(e) => setLine(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={`${id}-keys`}
          aria-busy={busy}
          data-testid="terminal-input"
          className="min-w-0 flex-1 rounded border border-zinc-300 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100"
        />
      </div>
    </TerminalFrame>
  );
}
