'use client';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of {@link PanelTabs}. */
export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

/** Props of {@link PanelTabs}. */
export interface PanelTabsProps {
  tabs: PanelTab[];
  selected: string;
  onSelect(id: string): void;
  idPrefix: string;
  label: string;
}

/**
 * A WAI-ARIA tab set: arrow keys move between tabs (and select them), Home/End jump. Hidden panels
 * stay mounted, so an opened folder or "why?" stays open when the learner comes back.
 */
export function PanelTabs({ tabs, selected, onSelect, idPrefix, label }: PanelTabsProps) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === selected),
  );
  const go = (i: number) => {
    const n = (i + tabs.length) % tabs.length;
    onSelect(tabs[n].id);
    refs.current[n]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => go(index + 1),
      ArrowLeft: () => go(index - 1),
      Home: () => go(0),
      End: () => go(tabs.length - 1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  };
  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex gap-1 overflow-x-auto border-b border-zinc-300 dark:border-zinc-600"
      >
        {tabs.map((t, i) => {
          const active = i === index;
          return (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${t.id}`}
              aria-selected={active}
              aria-controls={`${idPrefix}-tabpanel-${t.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(t.id)}
              className={`-mb-px shrink-0 border-b-3 px-3 py-2 text-sm font-medium ${
                active
                  ? 'border-accent-600 text-zinc-900 dark:border-accent-300 dark:text-zinc-50'
                  : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
              }`}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {tabs.map((t, i) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${idPrefix}-tabpanel-${t.id}`}
          aria-labelledby={`${idPrefix}-tab-${t.id}`}
          hidden={i !== index}
          tabIndex={0}
          className="pt-3"
        >
          {t.content}
        </div>
      ))}
    </div>
  );
}
