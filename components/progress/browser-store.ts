/**
 * The one progress store of this browser tab, over window.localStorage, listening to `storage` events so
 * other tabs' changes show up here. The store's code (with the schema that checks saved data) is loaded on
 * first use, after the page is interactive, so it is not part of any page's first-load JavaScript. Never
 * load it during server rendering: use `useProgress()` in components, or call `loadProgressStore()` from
 * effects and event handlers.
 */
import type { ProgressStore, StorageLike } from '@/lib/progress';

let store: ProgressStore | null = null;
let loading: Promise<ProgressStore> | null = null;

function localStorageOrNull(): StorageLike | null {
  try {
    // Reading the property itself throws in some browsers when storage is blocked.
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/**
 * The tab's progress store, loading its code and creating it on the first call (later calls get the same
 * store). Rejects only when the code cannot be loaded (e.g. the network is gone); a retry loads again.
 * Only for browser code.
 */
export function loadProgressStore(): Promise<ProgressStore> {
  if (store) return Promise.resolve(store);
  if (!loading) {
    loading = import('@/lib/progress/store').then(
      ({ createProgressStore }) => {
        store ??= createProgressStore(localStorageOrNull(), {
          subscribeToExternalChanges(onChange) {
            if (typeof window === 'undefined') return () => {};
            const handler = (event: StorageEvent) => onChange(event.key);
            window.addEventListener('storage', handler);
            return () => window.removeEventListener('storage', handler);
          },
        });
        return store;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  }
  return loading;
}

/** The tab's progress store if {@link loadProgressStore} has already finished, else null. */
export function peekProgressStore(): ProgressStore | null {
  return store;
}
