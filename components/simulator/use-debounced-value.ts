'use client';
import { useEffect, useState } from 'react';

/** `value`, updated only after it has stayed the same for `delayMs` (so announcements do not chatter). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
