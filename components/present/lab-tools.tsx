'use client';

/**
 * The buttons under a lab on a slide: a class link (the lab as it is now, as a link and a QR code) and a
 * build replay. Their code is fetched when one is pressed, so a slide's first load carries only the buttons.
 */
import { useState, type ComponentType } from 'react';
import type { BuildContext } from '@/lib/build/types';
import type { LabToolProps } from './lab-tool-types';

/** Props of {@link LabTools}. */
export interface LabToolsProps {
  labId: string;
  example: string;
  file: string;
  target: string | null;
  originalText: string;
  context: BuildContext;
}

type Open = { kind: 'link' | 'replay'; View: ComponentType<LabToolProps> } | null;

const buttonClass =
  'inline-flex min-h-10 items-center rounded-md border border-zinc-300 bg-white px-3 text-[0.8em] font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** Class link and build replay for one lab. */
export function LabTools(props: LabToolsProps) {
  const [open, setOpen] = useState<Open>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const show = (kind: 'link' | 'replay') => {
    setFailure(null);
    const loading = kind === 'link' ? import('./class-link') : import('./build-replay');
    loading.then(
      (module) => setOpen({ kind, View: module.default }),
      () => setFailure('This could not be loaded. Reload the page and try again.'),
    );
  };
  return (
    <div className="not-prose mt-3 flex flex-wrap items-center gap-2" data-present-chrome="">
      <button type="button" className={buttonClass} onClick={() => show('link')} aria-haspopup="dialog">
        Class link
      </button>
      <button type="button" className={buttonClass} onClick={() => show('replay')} aria-haspopup="dialog">
        Replay the build
      </button>
      {failure && <p role="alert">{failure}</p>}
      {open && <open.View {...props} onClose={() => setOpen(null)} />}
    </div>
  );
}
