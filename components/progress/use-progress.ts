'use client';

/**
 * `useProgress()`: the learner's progress in a component, hydration-safe. On the server and during
 * hydration it returns a neutral, empty snapshot (`ready: false`), so the server HTML and the first client
 * render agree; once the store's code has loaded (after mount), it re-renders with what is stored in this
 * browser.
 */
import { useSyncExternalStore } from 'react';
import type { ProgressData, ProgressNotice, ProgressStore, StoreMode } from '@/lib/progress';
import { loadProgressStore, peekProgressStore } from './browser-store';

/** What `useProgress()` returns. */
export interface ProgressSnapshot {
  /** The progress (empty until `ready`). */
  data: ProgressData;
  notices: readonly ProgressNotice[];
  mode: StoreMode;
  /** False on the server and during hydration: render a neutral state and show no counts yet. */
  ready: boolean;
  /** The store for event handlers (null until ready). */
  store: ProgressStore | null;
}

const EMPTY: ProgressData = {
  version: 3,
  epoch: { id: 'initial', at: 0 },
  updatedAt: 0,
  lessons: {},
  lastVisited: null,
  quizzes: {},
  exercises: {},
  drills: { best: null, recent: [] },
  flashcards: {},
  labDrafts: {},
};

const SERVER_SNAPSHOT: ProgressSnapshot = {
  data: EMPTY,
  notices: [],
  mode: 'persistent',
  ready: false,
  store: null,
};

let cached: ProgressSnapshot | null = null;

function getSnapshot(): ProgressSnapshot {
  const store = peekProgressStore();
  if (!store) return SERVER_SNAPSHOT;
  const data = store.get();
  const notices = store.notices;
  const mode = store.mode;
  if (!cached || cached.data !== data || cached.notices !== notices || cached.mode !== mode) {
    cached = { data, notices, mode, ready: true, store };
  }
  return cached;
}

function subscribe(onChange: () => void): () => void {
  let unsubscribe: (() => void) | null = null;
  let active = true;
  loadProgressStore().then(
    (store) => {
      if (!active) return;
      unsubscribe = store.subscribe(onChange);
      onChange();
    },
    () => {
      // Without the store's code the page keeps its neutral state; progress is a convenience.
    },
  );
  return () => {
    active = false;
    unsubscribe?.();
  };
}

function getServerSnapshot(): ProgressSnapshot {
  return SERVER_SNAPSHOT;
}

/** The learner's progress, re-rendering on every change (in this tab or another). */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
