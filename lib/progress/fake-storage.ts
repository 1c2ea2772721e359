/**
 * An in-memory Web Storage for tests: one shared backing map, any number of "tabs" (views) on it, a
 * configurable quota, a switch that makes every access throw (private mode), and `storage` events that,
 * as in browsers, reach every tab except the one that wrote.
 */
import type { StorageLike } from './storage';

type Listener = (key: string | null) => void;

/** A quota error shaped like the browser's DOMException. */
export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

/** Shared backing storage with tabs. */
export class FakeStorageArea {
  readonly map = new Map<string, string>();
  /** Maximum total characters (keys + values); null for no limit. */
  quotaChars: number | null = null;
  /** When true, every access throws a SecurityError (like a blocked localStorage). */
  blocked = false;
  private listeners = new Map<number, Set<Listener>>();
  private nextTab = 0;

  private used(exceptKey: string): number {
    let n = 0;
    for (const [k, v] of this.map) if (k !== exceptKey) n += k.length + v.length;
    return n;
  }

  private guard(): void {
    if (this.blocked) {
      const error = new Error('The operation is insecure.');
      error.name = 'SecurityError';
      throw error;
    }
  }

  private notify(fromTab: number, key: string | null): void {
    for (const [tab, set] of this.listeners) if (tab !== fromTab) for (const fn of set) fn(key);
  }

  /** A tab's view: its storage and its `storage` event subscription. */
  tab(): { storage: StorageLike; subscribe: (fn: Listener) => () => void } {
    const id = this.nextTab++;
    this.listeners.set(id, new Set());
    const size = () => {
      this.guard();
      return this.map.size;
    };
    const storage: StorageLike = {
      getItem: (key) => {
        this.guard();
        return this.map.get(key) ?? null;
      },
      setItem: (key, value) => {
        this.guard();
        if (this.quotaChars !== null && this.used(key) + key.length + value.length > this.quotaChars) {
          throw quotaError();
        }
        this.map.set(key, value);
        this.notify(id, key);
      },
      removeItem: (key) => {
        this.guard();
        this.map.delete(key);
        this.notify(id, key);
      },
      key: (index) => {
        this.guard();
        return [...this.map.keys()][index] ?? null;
      },
      get length() {
        return size();
      },
    };
    const subscribe = (fn: Listener) => {
      this.listeners.get(id)?.add(fn);
      return () => {
        this.listeners.get(id)?.delete(fn);
      };
    };
    return { storage, subscribe };
  }
}
