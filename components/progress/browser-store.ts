/**
 * The one progress store of this browser tab, over window.localStorage, listening to `storage` events so
 * other tabs' changes show up here. Created on first use in the browser; never call it during server
 * rendering (use `useProgress()` in components, or call it from effects and event handlers).
 */
import { createProgressStore, type ProgressStore, type StorageLike } from '@/lib/progress';

let store: ProgressStore | null = null;

function localStorageOrNull(): StorageLike | null {
  try {
    // Reading the property itself throws in some browsers when storage is blocked.
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The tab's progress store (created on first call). Only for browser code. */
export function getProgressStore(): ProgressStore {
  if (store) return store;
  store = createProgressStore(localStorageOrNull(), {
    subscribeToExternalChanges(onChange) {
      if (typeof window === 'undefined') return () => {};
      const handler = (event: StorageEvent) => onChange(event.key);
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  });
  return store;
}
