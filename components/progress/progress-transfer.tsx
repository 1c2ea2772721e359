'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ProgressSummary } from '@/lib/progress';
import { useProgress } from './use-progress';

/** The progress file code (checks imported files with the progress schema), loaded after mount. */
type FileModule = typeof import('@/lib/progress/file');

const button =
  'rounded-lg border border-zinc-400 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800';
const primary = 'rounded-lg bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600';
const danger = 'rounded-lg bg-rose-700 px-4 py-2 font-medium text-white hover:bg-rose-800';

/** "5 lessons visited, 3 completed, …" */
export function describeSummary(s: ProgressSummary): string {
  const parts = [
    `${s.lessonsVisited} lessons visited`,
    `${s.lessonsCompleted} completed`,
    `${s.quizzesTaken} lesson checks taken`,
    `${s.exercisesPassed} exercises passed`,
    `${s.drillsRecorded} drills`,
    `${s.flashcardsRated} flashcards rated`,
    `${s.labDrafts} lab drafts`,
  ];
  return parts.join(', ');
}

type Pending = { text: string; fileName: string; summary: ProgressSummary; exportedAt: string | null };

/**
 * Export (download a JSON file), import (check the file, show what it holds, then replace the current
 * progress after confirmation) and reset (after confirmation).
 */
export function ProgressTransfer() {
  const { data, ready, store } = useProgress();
  const inputId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileModule, setFileModule] = useState<FileModule | null>(null);
  useEffect(() => {
    let active = true;
    import('@/lib/progress/file').then(
      (loaded) => {
        if (active) setFileModule(loaded);
      },
      () => {
        // The summary stays generic; choosing a file retries the load.
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const download = () => {
    if (!store) return;
    const blob = new Blob([store.export()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `stagecraft-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Progress file downloaded.');
  };

  const choose = async (file: File | undefined) => {
    setError('');
    setStatus('');
    setPending(null);
    if (!file) return;
    const text = await file.text();
    let parsed: ReturnType<FileModule['parseProgressFile']>;
    try {
      parsed = (fileModule ?? (await import('@/lib/progress/file'))).parseProgressFile(text);
    } catch {
      setError('The file could not be checked: reload the page and try again.');
      return;
    }
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setPending({ text, fileName: file.name, summary: parsed.summary, exportedAt: parsed.exportedAt });
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const confirmImport = () => {
    if (!store || !pending) return;
    const result = store.import(pending.text);
    setPending(null);
    if (fileRef.current) fileRef.current.value = '';
    if (result.ok) setStatus(`Progress imported: ${describeSummary(result.summary)}.`);
    else setError(result.error);
  };

  const reset = () => {
    store?.reset();
    setConfirmReset(false);
    setStatus('All progress was reset.');
    requestAnimationFrame(() => resetRef.current?.focus());
  };

  return (
    <div className="space-y-8">
      <section aria-labelledby="export-title">
        <h2 id="export-title" className="text-xl font-semibold">
          Export
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Save everything (
          {ready && fileModule ? describeSummary(fileModule.summarizeProgress(data)) : 'your progress'}) to a
          file you can import in another browser or on another machine.
        </p>
        <button type="button" onClick={download} disabled={!ready} className={`mt-3 ${primary}`}>
          Download progress file
        </button>
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title" className="text-xl font-semibold">
          Import
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Importing <strong>replaces</strong> the progress in this browser with the file&apos;s (it does not
          merge). You will see what the file holds and confirm first.
        </p>
        <label htmlFor={inputId} className="mt-3 block font-medium">
          Progress file (.json)
        </label>
        <input
          ref={fileRef}
          id={inputId}
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-zinc-400 file:bg-transparent file:px-3 file:py-1.5 file:font-medium dark:file:border-zinc-600"
        />
        {error && (
          <p
            role="alert"
            data-testid="import-error"
            className="mt-3 rounded-lg border border-rose-400 bg-rose-50 px-4 py-2 text-rose-950 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100"
          >
            {error}
          </p>
        )}
        {pending && (
          <div
            className="mt-3 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700"
            role="group"
            aria-labelledby="import-confirm-title"
          >
            <p id="import-confirm-title" className="font-medium">
              Replace your progress with “{pending.fileName}”?
            </p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              The file holds {describeSummary(pending.summary)}
              {pending.exportedAt ? ` (exported ${pending.exportedAt.slice(0, 10)})` : ''}. Your current
              progress in this browser will be replaced.
            </p>
            <div className="mt-3 flex gap-3">
              <button ref={confirmRef} type="button" onClick={confirmImport} className={primary}>
                Replace my progress
              </button>
              <button type="button" onClick={() => setPending(null)} className={button}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="reset-title">
        <h2 id="reset-title" className="text-xl font-semibold">
          Reset
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Start again from nothing. This deletes all progress in this browser, lab drafts included, in every
          open tab.
        </p>
        {confirmReset ? (
          <div
            className="mt-3 rounded-lg border border-rose-400 p-4 dark:border-rose-700"
            role="group"
            aria-labelledby="reset-confirm-title"
          >
            <p id="reset-confirm-title" className="font-medium">
              Reset all progress? Download a progress file first if you may want it back.
            </p>
            <div className="mt-3 flex gap-3">
              <button ref={confirmRef} type="button" onClick={reset} className={danger}>
                Yes, reset everything
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirmReset(false);
                  requestAnimationFrame(() => resetRef.current?.focus());
                }}
                className={button}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button
            ref={resetRef}
            type="button"
            disabled={!ready}
            onClick={() => {
              setConfirmReset(true);
              requestAnimationFrame(() => confirmRef.current?.focus());
            }}
            className={`mt-3 ${button}`}
          >
            Reset all progress
          </button>
        )}
      </section>
      <p role="status" aria-live="polite" className="font-medium" data-testid="progress-status">
        {status}
      </p>
    </div>
  );
}
