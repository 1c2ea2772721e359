/**
 * Safe access to a Web Storage–like object. Browsers throw from localStorage in private modes, when
 * cookies are blocked, or when the quota is full; these wrappers turn every throw into a value.
 */

/** The part of the Web Storage API the progress store uses (window.localStorage satisfies it). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}

/** A read: the stored text (null when absent), or the failure. */
export type ReadOutcome = { ok: true; text: string | null } | { ok: false; error: unknown };

/** A write: done, or failed (quota: the storage is full rather than unavailable). */
export type WriteOutcome = { ok: true } | { ok: false; quota: boolean; error: unknown };

/** True when an error is the browser saying the storage is full (names differ between engines). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** Reads a key without throwing. */
export function safeRead(storage: StorageLike, key: string): ReadOutcome {
  try {
    return { ok: true, text: storage.getItem(key) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Writes a key without throwing. */
export function safeWrite(storage: StorageLike, key: string, value: string): WriteOutcome {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, quota: isQuotaError(error), error };
  }
}

/**
 * Stores unreadable text under `<prefix><ISO time>` (with `-2`, `-3`… when that key is taken) so that it
 * is kept, not deleted. Returns the key used, or null when it could not be written.
 */
export function setAside(storage: StorageLike, prefix: string, text: string, now: number): string | null {
  const stamp = new Date(now).toISOString();
  for (let n = 1; n <= 20; n += 1) {
    const key = n === 1 ? `${prefix}${stamp}` : `${prefix}${stamp}-${n}`;
    const existing = safeRead(storage, key);
    if (!existing.ok) return null;
    if (existing.text !== null) {
      if (existing.text === text) return key;
      continue;
    }
    return safeWrite(storage, key, text).ok ? key : null;
  }
  return null;
}

/** Lists the keys under which unreadable progress was set aside (empty when the storage cannot list keys). */
export function listSetAsideKeys(storage: StorageLike, prefix: string): string[] {
  const keys: string[] = [];
  try {
    const length = storage.length ?? 0;
    for (let i = 0; i < length; i += 1) {
      const key = storage.key?.(i) ?? null;
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys.sort();
}
