'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ClientFlashcard, ClientQuestion } from '@/lib/quiz/prepare';
import { Drill } from './drill';
import { Flashcards } from './flashcards';
import { MockInterview } from './mock-interview';
import { Practice } from './practice';

const TABS = [
  { id: 'practice', label: 'Practice' },
  { id: 'drill', label: 'Timed drill' },
  { id: 'flashcards', label: 'Flashcards' },
  { id: 'mock', label: 'Mock interview' },
] as const;

/** The address fragment that opens the mock interview (lesson 17 links to it). */
export const MOCK_INTERVIEW_HASH = '#mock-interview';

type TabId = (typeof TABS)[number]['id'];

/** Props of the interview preparation area. */
export interface InterviewPrepProps {
  questions: ClientQuestion[];
  flashcards: ClientFlashcard[];
}

/**
 * The four modes of interview preparation as tabs (arrow keys move between tabs); `#mock-interview` in the
 * address opens the mock interview.
 */
export function InterviewPrep({ questions, flashcards }: InterviewPrepProps) {
  const [active, setActive] = useState<TabId>('practice');
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement | null>());

  useEffect(() => {
    // The address is only known in the browser; the prerendered page opens on Practice.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (window.location.hash === MOCK_INTERVIEW_HASH) setActive('mock');
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next = index;
    if (delta !== 0) next = (index + delta + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    else return;
    event.preventDefault();
    setActive(TABS[next].id);
    tabRefs.current.get(TABS[next].id)?.focus();
  };

  return (
    <div>
      <div
        role="tablist"
        aria-label="Interview preparation modes"
        className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800"
      >
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current.set(tab.id, el);
            }}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
            className="-mb-px border-b-2 border-transparent px-4 py-2 font-medium text-zinc-700 hover:text-zinc-950 aria-selected:border-accent-700 aria-selected:text-accent-700 dark:text-zinc-300 dark:hover:text-white dark:aria-selected:border-accent-300 dark:aria-selected:text-accent-300"
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          hidden={active !== tab.id}
          className="pt-6"
        >
          {tab.id === 'practice' && active === 'practice' && <Practice questions={questions} />}
          {tab.id === 'drill' && active === 'drill' && <Drill questions={questions} />}
          {tab.id === 'flashcards' && active === 'flashcards' && <Flashcards cards={flashcards} />}
          {tab.id === 'mock' && active === 'mock' && <MockInterview cards={flashcards} />}
        </div>
      ))}
    </div>
  );
}
