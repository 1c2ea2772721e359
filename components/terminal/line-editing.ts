/**
 * Line editing as readline does it, kept pure so it can be tested: Ctrl+W's word deletion and
 * Ctrl+R's search backwards through history.
 */

/** Ctrl+W: deletes the whitespace-delimited word before the caret (readline's unix-word-rubout). */
export function deleteWordBefore(line: string, caret: number): { line: string; caret: number } {
  let i = caret;
  while (i > 0 && /\s/.test(line[i - 1])) i--;
  while (i > 0 && !/\s/.test(line[i - 1])) i--;
  return { line: line.slice(0, i) + line.slice(caret), caret: i };
}

/** Ctrl+R: the index of the newest history entry at or before `from` that contains `query`, or -1. */
export function searchHistory(history: readonly string[], query: string, from: number): number {
  if (query === '') return -1;
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) if (history[i].includes(query)) return i;
  return -1;
}
