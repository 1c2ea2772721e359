'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog for a slide's lab tools: opens at once, traps focus, closes on Escape or its button. */
export function LabDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} aria-label={title} className="present-lab-dialog" onClose={onClose}>
      <div className="mb-4 flex items-center justify-between gap-4">
        <h2 className="text-2xl font-semibold">{title}</h2>
        <button
          type="button"
          onClick={onClose}
          className="min-h-10 rounded-md border border-zinc-300 px-3 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
