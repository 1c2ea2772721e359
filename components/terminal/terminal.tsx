'use client';

/**
 * A terminal with a simulated `docker`: each line runs in the simulator worker, against a session
 * that keeps the images and containers made so far. It is a view: what a line does comes from
 * lib/cli. Built on a native text field (not a canvas terminal), so screen readers, selection,
 * copy, zoom and mobile keyboards work as anywhere on the page; the terminal behaviours are added
 * on top: a dark surface, the shell's or the program's prompt, ANSI colours, line editing (Ctrl+A/E/
 * U/K/W/Y), history (↑/↓), reverse search (Ctrl+R), Ctrl+C and Ctrl+D, multi-line paste, Tab
 * completion, and type-ahead: lines entered while a command runs wait their turn (shown dimmed)
 * and run after it, as a terminal keeps them. On an empty line Tab moves focus on, so the keyboard
 * is never trapped.
 */
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { BuildContext } from '@/lib/build/types';
import { parseAnsi, stripAnsi, type AnsiColor } from '@/lib/cli/ansi';
import type { OutputChunk } from '@/lib/cli/docker';
import { getSimulatorClient } from '@/components/lab/simulator-client';
import type { OverlayFile, WorkerResponse } from '@/lib/worker/protocol';
import { defaultStdin } from '@/components/lab/run-defaults';
import { TerminalFrame } from './terminal-frame';
import { deleteWordBefore, searchHistory } from './line-editing';
import { pasteLines, TypeAhead } from './type-ahead';

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
  /** Suggested commands shown as buttons; the example's defaults when not given. */
  commands?: string[];
}

interface Entry {
  key: number;
  prompt: string;
  line: string;
  output: OutputChunk[];
  exitCode: number;
  unknown: boolean;
}

/** The image name the suggestions use, per example ("app" for the others). */
const TAGS: Record<string, string> = { 'go-calculator': 'calc' };
const HOST_PROMPT = '$ ';

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

/** Commands offered as buttons: build, list, run interactively, look inside. */
function suggestionsFor(exampleId: string | null, file: string): string[] {
  const tag = (exampleId && TAGS[exampleId]) || 'app';
  const stdin = defaultStdin(exampleId);
  return [
    `docker build -t ${tag}${file === 'Dockerfile' ? '' : ` -f ${file}`} .`,
    'docker images',
    stdin ? `docker run -it --rm ${tag}` : `docker run --rm ${tag}`,
    `docker run --rm --entrypoint ls ${tag} /`,
    'docker ps -a',
    `cat ${file}`,
  ];
}

/** Entries kept on screen; older ones scroll away for good. */
const MAX_ENTRIES = 300;
const COLOR_CLASS: Record<AnsiColor, string> = {
  black: 'text-zinc-400',
  red: 'text-red-400',
  green: 'text-green-400',
  yellow: 'text-yellow-300',
  blue: 'text-sky-400',
  magenta: 'text-fuchsia-400',
  cyan: 'text-cyan-300',
  white: 'text-zinc-50',
};
// Docker writes build progress to stderr too: it is red only when the command failed.
const ERROR_CLASS = 'text-red-400';
const NOTE_CLASS = 'italic text-zinc-400';
const CHIP =
  'rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700';
const TOOL =
  'rounded border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800';

function Chunk({ chunk, exitCode }: { chunk: OutputChunk; exitCode: number }) {
  if (chunk.stream === 'note')
    return (
      <span className={NOTE_CLASS} data-stream="note">
        {`# ${chunk.text}`}
      </span>
    );
  const base = chunk.stream === 'stderr' && exitCode !== 0 ? ERROR_CLASS : '';
  return (
    <span className={base} data-stream={chunk.stream}>
      {parseAnsi(chunk.text).map((piece, k) => (
        <span
          key={k}
          className={
            [piece.color ? COLOR_CLASS[piece.color] : '', piece.bold ? 'font-bold' : ''].join(' ').trim() ||
            undefined
          }
        >
          {piece.text}
        </span>
      ))}
    </span>
  );
}

/** A prompt split into the lines above the input and the part on its line. */
function splitPrompt(prompt: string): { above: string; inline: string } {
  const cut = prompt.lastIndexOf('\n');
  return cut === -1
    ? { above: '', inline: prompt }
    : { above: prompt.slice(0, cut), inline: prompt.slice(cut + 1) };
}

/** The plain text of the screen, as a terminal's copy gives it. */
function screenText(entries: Entry[]): string {
  return entries
    .map(
      (e) =>
        `${e.prompt}${e.line}\n${e.output.map((c) => (c.stream === 'note' ? `# ${c.text}` : stripAnsi(c.text))).join('')}`,
    )
    .join('');
}

interface Search {
  query: string;
  /** Index in the history of the match shown, or -1 for none. */
  index: number;
  /** The line as it was before the search (restored on Escape). */
  saved: string;
  /** The matching history entry ('' for none). */
  match: string;
}

/** The terminal (loaded lazily; see `DeferredTerminal`). */
export function Terminal({ id, contextKey, context, overlay, exampleId, caption, commands }: TerminalProps) {
  const suggestions = commands ?? suggestionsFor(exampleId, buildFile(context, overlay));
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [prompt, setPrompt] = useState(HOST_PROMPT);
  const [candidates, setCandidates] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<readonly string[]>([]);
  const [search, setSearch] = useState<Search | null>(null);
  const [copied, setCopied] = useState(false);
  const history = useRef<string[]>([]);
  const cursor = useRef(0);
  const killed = useRef('');
  const nextKey = useRef(1);
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);
  /** The prompt now, for lines run from the queue (state would be stale inside its loop). */
  const promptRef = useRef(HOST_PROMPT);
  const typeAhead = useRef<TypeAhead | null>(null);
  const target = () => {
    const client = getSimulatorClient();
    client.ensureContext(contextKey, context);
    return { client, target: { sessionKey: id, contextKey, overlay } };
  };

  useEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries, prompt]);

  useEffect(() => {
    const input = inputRef.current;
    if (input && pendingCaret.current !== null) {
      input.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [line]);

  const setLineAt = (text: string, caret: number) => {
    pendingCaret.current = caret;
    setLine(text);
  };

  const show = (shownPrompt: string, shownLine: string, answer: WorkerResponse) => {
    const key = nextKey.current++;
    if (answer.kind === 'terminal') {
      const entry: Entry = {
        key,
        prompt: shownPrompt,
        line: shownLine,
        output: answer.output,
        exitCode: answer.exitCode,
        unknown: answer.unknown,
      };
      setPrompt(answer.prompt);
      promptRef.current = answer.prompt;
      setEntries((old) =>
        answer.clear ? (entry.output.length > 0 ? [entry] : []) : [...old, entry].slice(-MAX_ENTRIES),
      );
      return answer.prompt;
    }
    const text =
      answer.kind === 'error'
        ? answer.message
        : 'The simulator gave no answer: run the command again, or reload the page if it keeps happening.';
    setEntries((old) => [
      ...old,
      {
        key,
        prompt: shownPrompt,
        line: shownLine,
        output: [{ stream: 'stderr', text }],
        exitCode: 1,
        unknown: false,
      },
    ]);
    return shownPrompt;
  };

  /** Runs one line with the prompt shown before it; returns the prompt that follows. */
  const runOne = async (command: string, shownPrompt: string): Promise<string> => {
    if (command.trim() !== '') history.current = [...history.current, command].slice(-200);
    cursor.current = history.current.length;
    const { client, target: t } = target();
    const answer = await client.request({ kind: 'terminal', line: command, ...t });
    return show(shownPrompt, command, answer);
  };

  const queue = (): TypeAhead => {
    typeAhead.current ??= new TypeAhead(
      async (command) => {
        promptRef.current = await runOne(command, promptRef.current);
      },
      (state) => {
        setBusy(state.busy);
        setPending(state.pending);
      },
    );
    return typeAhead.current;
  };

  /** Enters lines: run now, or after what is running (type-ahead). */
  const run = async (commandLines: string[]) => {
    setLine('');
    setCandidates([]);
    setSearch(null);
    await queue().submit(commandLines);
    inputRef.current?.focus();
  };

  const sendKey = async (key: 'interrupt' | 'eof', typed: string) => {
    setLine('');
    setSearch(null);
    const { client, target: t } = target();
    const answer = await client.request({ kind: 'terminal-key', key, ...t });
    promptRef.current = show(promptRef.current, key === 'interrupt' ? `${typed}^C` : '', answer);
  };

  const complete = async () => {
    const { client, target: t } = target();
    const answer = await client.request({ kind: 'terminal-complete', line, ...t });
    if (answer.kind !== 'terminal-complete') return;
    setLineAt(answer.line, answer.line.length);
    setCandidates(answer.candidates.length > 1 ? answer.candidates : []);
  };

  const updateSearch = (query: string, from: number, saved: string) => {
    const index = searchHistory(history.current, query, from);
    setSearch({ query, index, saved, match: index >= 0 ? (history.current[index] ?? '') : '' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const start = input.selectionStart ?? line.length;
    const end = input.selectionEnd ?? start;
    const ctrl = event.ctrlKey && !event.altKey && !event.metaKey;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;

    if (search) {
      const match = search.match;
      if (ctrl && key === 'r') {
        event.preventDefault();
        updateSearch(search.query, search.index - 1, search.saved);
      } else if (event.key === 'Escape' || (ctrl && key === 'g')) {
        event.preventDefault();
        setSearch(null);
        setLineAt(search.saved, search.saved.length);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        void run([match]);
      } else if (event.key === 'Backspace') {
        event.preventDefault();
        updateSearch(search.query.slice(0, -1), history.current.length - 1, search.saved);
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        updateSearch(search.query + event.key, history.current.length - 1, search.saved);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || ctrl) {
        // Leave the search with the match on the line, as readline does.
        setSearch(null);
        setLineAt(match, match.length);
        if (ctrl) event.preventDefault();
      }
      return;
    }

    if (event.key === 'Enter') {
      event.preventDefault();
      void run([line]);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const all = history.current;
      if (all.length === 0) return;
      event.preventDefault();
      cursor.current = Math.max(0, Math.min(all.length, cursor.current + (event.key === 'ArrowUp' ? -1 : 1)));
      const text = all[cursor.current] ?? '';
      setLineAt(text, text.length);
    } else if (ctrl && key === 'l') {
      event.preventDefault();
      setEntries([]);
      setCandidates([]);
    } else if (ctrl && key === 'c' && start === end) {
      // With a selection, Ctrl+C copies it, as terminals on the web do. While a line runs, Ctrl+C
      // discards the lines typed ahead, as the terminal flushes its input on an interrupt.
      event.preventDefault();
      if (busy) {
        queue().interrupt();
        setLine('');
      } else void sendKey('interrupt', line);
    } else if (ctrl && key === 'd') {
      event.preventDefault();
      if (line === '' && prompt !== HOST_PROMPT && !busy) void sendKey('eof', '');
      else if (start < line.length) setLineAt(line.slice(0, start) + line.slice(start + 1), start);
    } else if (ctrl && key === 'a') {
      event.preventDefault();
      input.setSelectionRange(0, 0);
    } else if (ctrl && key === 'e') {
      event.preventDefault();
      input.setSelectionRange(line.length, line.length);
    } else if (ctrl && key === 'u') {
      event.preventDefault();
      killed.current = line.slice(0, start);
      setLineAt(line.slice(start), 0);
    } else if (ctrl && key === 'k') {
      event.preventDefault();
      killed.current = line.slice(start);
      setLineAt(line.slice(0, start), start);
    } else if (ctrl && key === 'w') {
      event.preventDefault();
      const edit = deleteWordBefore(line, start);
      killed.current = line.slice(edit.caret, start);
      setLineAt(edit.line, edit.caret);
    } else if (ctrl && key === 'y') {
      event.preventDefault();
      setLineAt(line.slice(0, start) + killed.current + line.slice(end), start + killed.current.length);
    } else if (ctrl && key === 'r') {
      event.preventDefault();
      setSearch({ query: '', index: -1, saved: line, match: '' });
    } else if (
      event.key === 'Tab' &&
      !event.shiftKey &&
      line.trim() !== '' &&
      !line.endsWith(' ') &&
      prompt === HOST_PROMPT
    ) {
      event.preventDefault();
      void complete();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!text.includes('\n')) return;
    // Several lines pasted run one after another, as a terminal reads them; the last one, without
    // its newline, stays on the line.
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? line.length;
    const end = input.selectionEnd ?? start;
    const { lines, rest } = pasteLines(line, start, end, text);
    // While a line runs, the pasted lines wait their turn (type-ahead); the rest stays to edit.
    void run(lines);
    setLineAt(rest, rest.length);
  };

  const copyOutput = async () => {
    const text = screenText(entries);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard permission: select the output so the reader can copy it.
      const log = document.getElementById(`${id}-log`);
      const selection = window.getSelection();
      if (log && selection) {
        const range = document.createRange();
        range.selectNodeContents(log);
        selection.removeAllRanges();
        selection.addRange(range);
      }
    }
  };

  const { above, inline } = splitPrompt(prompt);
  const match = search ? search.match : '';
  const inputLabel = prompt === HOST_PROMPT ? 'Command' : 'Input to the container';

  return (
    <TerminalFrame id={id} caption={caption}>
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-700">
        <span className="text-xs text-zinc-700 dark:text-zinc-300">Try:</span>
        {suggestions.map((s) => (
          <button key={s} type="button" className={CHIP} disabled={busy} onClick={() => void run([s])}>
            {s}
          </button>
        ))}
      </div>
      <div
        ref={scrollRef}
        data-testid="terminal-screen"
        className="h-80 min-h-40 resize-y overflow-y-auto bg-zinc-950 px-3 py-2 font-mono text-sm text-zinc-100"
        onMouseUp={() => {
          // A click (not a selection) puts the cursor on the line, as in a terminal.
          if (!window.getSelection()?.toString()) inputRef.current?.focus();
        }}
      >
        <div
          id={`${id}-log`}
          role="log"
          aria-live="polite"
          aria-label="Terminal output"
          tabIndex={0}
          data-testid="terminal-output"
          className="break-words whitespace-pre-wrap"
        >
          {entries.length === 0 && (
            <p className="m-0 text-zinc-400">Type help, or a docker command, and press Enter.</p>
          )}
          {entries.map((entry) => (
            <div key={entry.key} data-exit-code={entry.exitCode} data-unknown={entry.unknown || undefined}>
              <div>
                <span aria-hidden={entry.prompt === HOST_PROMPT || undefined} className="text-emerald-400">
                  {entry.prompt}
                </span>
                <span className="font-semibold">{entry.line}</span>
              </div>
              {entry.output.map((chunk, k) => (
                <Chunk key={k} chunk={chunk} exitCode={entry.exitCode} />
              ))}
            </div>
          ))}
        </div>
        {pending.length > 0 && (
          <div data-testid="terminal-pending" className="whitespace-pre-wrap text-zinc-400">
            <span className="sr-only">Typed ahead, waiting to run: </span>
            {pending.map((p, k) => (
              <div key={k}>{p}</div>
            ))}
          </div>
        )}
        {above && <div className="whitespace-pre-wrap text-emerald-400">{above}</div>}
        <div className="flex items-baseline">
          <label
            htmlFor={`${id}-input`}
            className="whitespace-pre-wrap text-emerald-400"
            data-testid="terminal-prompt"
          >
            <span className="sr-only">{inputLabel}</span>
            <span aria-hidden={prompt === HOST_PROMPT || undefined}>{search ? '' : inline}</span>
          </label>
          {search && (
            <span className="whitespace-pre text-zinc-300" data-testid="terminal-search">
              {`(reverse-i-search)\`${search.query}': `}
            </span>
          )}
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            value={search ? match : line}
            onChange={(e) => {
              if (search) return;
              setLine(e.target.value);
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            aria-describedby={`${id}-keys`}
            aria-busy={busy}
            data-testid="terminal-input"
            className="min-w-[8ch] flex-1 border-0 bg-transparent p-0 font-mono text-sm text-zinc-50 caret-emerald-400 outline-none focus-visible:outline-none"
          />
        </div>
      </div>
      {candidates.length > 0 && (
        <p className="m-0 border-t border-zinc-700 bg-zinc-950 px-3 py-1 font-mono text-xs text-zinc-300">
          {candidates.join('  ')}
        </p>
      )}
      <div className="flex items-center gap-2 border-t border-zinc-200 px-3 py-1.5 dark:border-zinc-700">
        <button type="button" className={TOOL} onClick={() => void copyOutput()}>
          {copied ? 'Copied' : 'Copy output'}
        </button>
        <button type="button" className={TOOL} onClick={() => setEntries([])}>
          Clear
        </button>
        <span className="sr-only" aria-live="polite">
          {copied ? 'Output copied' : ''}
        </span>
      </div>
    </TerminalFrame>
  );
}
