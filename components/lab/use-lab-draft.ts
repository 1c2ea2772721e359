'use client';

/**
 * A lab's text with its draft kept in the learner's browser (through the progress store), restored
 * when they come back, and a reset to the original. Unreadable saved data never breaks the lab: the
 * original is shown with a message.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadProgressStore } from '@/components/progress/browser-store';
import { useProgress } from '@/components/progress/use-progress';
import { MAX_SHARED_TEXT_CHARS } from '@/lib/share/limits';

/** How long after the last keystroke a draft is written (ms). */
export const DRAFT_SAVE_DELAY_MS = 400;

/** Drafts longer than this are not kept (same limit as a shared link). */
const MAX_DRAFT_CHARS = MAX_SHARED_TEXT_CHARS;

/** What {@link useLabDraft} returns. */
export interface LabDraft {
  text: string;
  /** Replaces the text (an edit); saved after a short pause. */
  setText(text: string): void;
  /** Back to the original text; the saved draft is cleared. */
  reset(): void;
  /** True when the text differs from the original. */
  changed: boolean;
  /** True when the text shown came from a saved draft. */
  restored: boolean;
  /** A message about saving for the learner, or null. */
  notice: string | null;
}

/** The text of lab `labId` (null: never saved, e.g. read-only labs), starting from `original`. */
export function useLabDraft(labId: string | null, original: string): LabDraft {
  const progress = useProgress();
  // What the learner typed in this page (the original after a reset); null until they type.
  const [typed, setTyped] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The saved draft, once the store is readable (never during server rendering or hydration).
  const savedEntry = labId && progress.ready ? progress.data.labDrafts[labId] : undefined;
  const savedText =
    typeof savedEntry?.text === 'string' && savedEntry.text.length <= MAX_DRAFT_CHARS
      ? savedEntry.text
      : null;
  const unreadable = savedEntry !== undefined && savedEntry.text !== null && savedText === null;
  const text = typed ?? savedText ?? original;

  const save = useCallback(
    (next: string) => {
      if (!labId) return;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        saveTimer.current = null;
        if (next !== original && next.length > MAX_DRAFT_CHARS) {
          setFailure('This text is too long to be saved; it is kept until you leave the page.');
          return;
        }
        loadProgressStore()
          .then((store) => {
            if (next === original) store.clearLabDraft(labId);
            else store.setLabDraft(labId, next);
          })
          .catch(() => setFailure('Your edits could not be saved in this browser.'));
      }, DRAFT_SAVE_DELAY_MS);
    },
    [labId, original],
  );

  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    },
    [],
  );

  const setText = useCallback(
    (next: string) => {
      setTyped(next);
      save(next);
    },
    [save],
  );

  const reset = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    // The original at once: until the store has cleared the saved draft, `null` would show that draft for
    // a moment, and the editor would take it as one more edit (Undo would then bring it back).
    setTyped(original);
    if (!labId) return;
    loadProgressStore()
      .then((store) => store.clearLabDraft(labId))
      .catch(() => setFailure('Your saved edits could not be cleared in this browser.'));
  }, [labId, original]);

  let notice = failure;
  if (!notice && unreadable)
    notice = 'Your saved edits for this lab could not be read, so the original is shown.';
  if (!notice && labId && progress.ready && progress.mode === 'memory') {
    notice = 'Edits are kept for this tab only: this browser is not saving progress.';
  }
  return {
    text,
    setText,
    reset,
    changed: text !== original,
    restored: typed === null && savedText !== null && savedText !== original,
    notice,
  };
}
