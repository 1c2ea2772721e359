'use client';

/**
 * The presentation's controls: which slide and step are shown, the keyboard, touch swipes, the overview,
 * blanking, full screen, the zoom of the labs, and keeping the audience's and the presenter's windows on
 * the same slide over a BroadcastChannel (same browser, no server, works offline). The slides themselves
 * are server-rendered children; switching shows another one by an attribute (see deck-css.ts).
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { parseSlideHash, slideHash } from './deck-css';

/** Which window this is. */
export type DeckMode = 'audience' | 'presenter';

/** What the controls know about a slide. */
export interface DeckSlide {
  title: string;
  steps: number;
  tags: string[];
  excerpt: string;
  anchor: string | null;
  hasNotes: boolean;
}

/** Props of {@link DeckController}. */
export interface DeckControllerProps {
  slug: string;
  mode: DeckMode;
  lessonTitle: string;
  lessonHref: string;
  minutes: number;
  slides: DeckSlide[];
  /** The presenter's notes, one `[data-slide-notes]` element per slide that has any; null for the audience. */
  notes: ReactNode;
  children: ReactNode;
}

/** A position in the deck. */
interface Position {
  slide: number;
  step: number;
}

/** A message between the windows of one presentation. */
type SyncMessage = { kind: 'pos'; slide: number; step: number; blank: boolean } | { kind: 'hello' };

const ZOOM_KEY = 'stagecraft-present-zoom';
const ZOOM_MIN = 0.6;
const ZOOM_MAX = 2.5;

/** Keys that move even when focus is inside a lab (presentation clickers send these). */
const CLICKER_KEYS = new Set(['PageUp', 'PageDown']);

/** True when a key press belongs to what has focus (typing, an editor, a dialog) rather than the deck. */
function belongsToTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (
    target.closest(
      // An open dialog keeps its keys; a key that lands on a button of one just closed (focus moves
      // back a moment after the dialog hides) is the deck's.
      'input, textarea, select, [contenteditable="true"], [contenteditable=""], .monaco-editor, dialog[open]',
    )
  )
    return true;
  if (CLICKER_KEYS.has(event.key)) return false;
  if (target.closest('[data-island], [role="tablist"], [role="radiogroup"], [role="listbox"]')) return true;
  return (event.key === ' ' || event.key === 'Enter') && Boolean(target.closest('button, a[href], summary'));
}

function clampZoom(value: number): number {
  return Math.round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, value)) * 10) / 10;
}

const zoomListeners = new Set<() => void>();
let zoomInMemory = 1;

function subscribeZoom(listener: () => void): () => void {
  zoomListeners.add(listener);
  return () => zoomListeners.delete(listener);
}

function readZoom(): number {
  try {
    const saved = Number(localStorage.getItem(ZOOM_KEY));
    if (saved) return clampZoom(saved);
  } catch {
    // Storage unavailable: the value of this page.
  }
  return zoomInMemory;
}

function writeZoom(value: number): void {
  zoomInMemory = value;
  try {
    localStorage.setItem(ZOOM_KEY, String(value));
  } catch {
    // Not kept; still applied.
  }
  zoomListeners.forEach((listener) => listener());
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const rest = `${twoDigits(Math.floor((total % 3600) / 60))}:${twoDigits(total % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

const buttonClass =
  'inline-flex min-h-10 min-w-10 items-center justify-center gap-1 rounded-md border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** The deck, its controls and (for the presenter) notes, next slide, timer and clock. */
export function DeckController(props: DeckControllerProps) {
  const { slug, mode, slides, lessonTitle } = props;
  const count = slides.length;
  const deck = useRef<HTMLElement>(null);
  const overviewDialog = useRef<HTMLDialogElement>(null);
  const [pos, setPos] = useState<Position>({ slide: 0, step: 0 });
  const [blank, setBlank] = useState(false);
  const [overview, setOverview] = useState(false);
  const [goto, setGoto] = useState<string | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useRef<string | null>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const posRef = useRef(pos);
  const blankRef = useRef(blank);

  const stepsOf = useCallback((slide: number) => slides[slide]?.steps ?? 0, [slides]);

  const go = useCallback(
    (slide: number, step = 0) => {
      const s = Math.min(Math.max(slide, 0), count - 1);
      setPos({ slide: s, step: Math.min(Math.max(step, 0), stepsOf(s)) });
    },
    [count, stepsOf],
  );
  const next = useCallback(() => {
    setPos((p) => {
      if (p.step < stepsOf(p.slide)) return { slide: p.slide, step: p.step + 1 };
      if (p.slide + 1 >= count) return p;
      return { slide: p.slide + 1, step: 0 };
    });
  }, [count, stepsOf]);
  const previous = useCallback(() => {
    setPos((p) => {
      if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
      if (p.slide === 0) return p;
      return { slide: p.slide - 1, step: stepsOf(p.slide - 1) };
    });
  }, [stepsOf]);

  // The address names the slide: read it once on load and whenever it is edited.
  useLayoutEffect(() => {
    const read = () => {
      const parsed = parseSlideHash(location.hash, count);
      if (parsed) go(parsed.slide, parsed.step);
    };
    read();
    // Tests and tools wait for this: the controls answer from here on.
    deck.current?.setAttribute('data-live', '');
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [count, go]);

  // Steps of the shown slide: the first `step` are revealed.
  useLayoutEffect(() => {
    const section = deck.current?.querySelector(`:scope > [data-slide="${pos.slide}"]`);
    section?.querySelectorAll('[data-step]').forEach((element, i) => {
      element.toggleAttribute('data-shown', i < pos.step);
    });
    const hash = slideHash(pos.slide, pos.step);
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    // Focus left on a slide that is now hidden would be lost: keep it on the deck.
    const active = document.activeElement;
    if (active instanceof HTMLElement && deck.current?.contains(active) && !active.checkVisibility()) {
      deck.current.focus({ preventScroll: true });
    }
  }, [pos]);

  // The other windows of this presentation follow, and tell this one when they move.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(`stagecraft-present:${slug}`);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      if (message?.kind === 'hello') {
        bc.postMessage({ kind: 'pos', ...posRef.current, blank: blankRef.current } satisfies SyncMessage);
        return;
      }
      if (message?.kind !== 'pos') return;
      received.current = `${message.slide}/${message.step}/${message.blank}`;
      setPos((p) =>
        p.slide === message.slide && p.step === message.step
          ? p
          : { slide: message.slide, step: message.step },
      );
      setBlank(message.blank);
    };
    // The audience window asks where the presentation is when it opens.
    if (mode === 'audience') bc.postMessage({ kind: 'hello' } satisfies SyncMessage);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [slug, mode]);
  useEffect(() => {
    posRef.current = pos;
    blankRef.current = blank;
    const key = `${pos.slide}/${pos.step}/${blank}`;
    if (received.current === key) return;
    received.current = null;
    channel.current?.postMessage({
      kind: 'pos',
      slide: pos.slide,
      step: pos.step,
      blank,
    } satisfies SyncMessage);
  }, [pos, blank]);

  // Zoom of the labs, panels and code, kept in this browser.
  const zoom = useSyncExternalStore(subscribeZoom, readZoom, () => 1);
  const changeZoom = useCallback((delta: number) => writeZoom(clampZoom(readZoom() + delta)), []);

  const toggleFullScreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  // The overview is a modal dialog: it traps focus and closes on Escape.
  useEffect(() => {
    const dialog = overviewDialog.current;
    if (!dialog) return;
    if (overview && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>(`[data-goto="${posRef.current.slide}"]`)?.focus();
    } else if (!overview && dialog.open) dialog.close();
  }, [overview]);

  // The keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (
        // Escape leaves a lab's controls for the deck (the editor keeps Escape for its own widgets).
        event.key === 'Escape' &&
        event.target instanceof Element &&
        event.target.closest('[data-island]') &&
        !event.target.closest('.monaco-editor')
      ) {
        deck.current?.focus({ preventScroll: true });
        return;
      }
      if (belongsToTarget(event)) return;
      if (goto !== null) {
        if (/^\d$/.test(event.key)) setGoto((g) => `${g ?? ''}${event.key}`.slice(0, 3));
        else if (event.key === 'Backspace') setGoto((g) => (g ?? '').slice(0, -1));
        else if (event.key === 'Enter') {
          if (goto) go(Number(goto) - 1);
          setGoto(null);
        } else if (event.key === 'Escape') setGoto(null);
        else return;
        event.preventDefault();
        return;
      }
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      switch (key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
        case 'n':
          next();
          break;
        case ' ':
          if (event.shiftKey) previous();
          else next();
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
        case 'p':
          previous();
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(count - 1, stepsOf(count - 1));
          break;
        case 'b':
        case '.':
          setBlank((b) => !b);
          break;
        case 'f':
          toggleFullScreen();
          break;
        case 'o':
          setOverview((o) => !o);
          break;
        case 'g':
          setGoto('');
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goto, go, next, previous, count, stepsOf, toggleFullScreen]);

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.pointerType !== 'touch' || (event.target as Element).closest('[data-island]')) return;
    swipe.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: React.PointerEvent) => {
    const start = swipe.current;
    swipe.current = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < 60 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    if (dx < 0) next();
    else previous();
  };

  const current = slides[pos.slide];
  const upcoming = pos.step < stepsOf(pos.slide) ? null : slides[pos.slide + 1];
  const label = `Slide ${pos.slide + 1} of ${count}`;
  const stepLabel = stepsOf(pos.slide) > 0 ? `step ${pos.step} of ${stepsOf(pos.slide)}` : null;

  const deckElement = (
    <main
      id="main"
      ref={deck}
      // Focusable, so a slide taller than the screen can be scrolled from the keyboard (axe's
      // scrollable-region-focusable); slide keys are read on the window, not here.
      tabIndex={0}
      aria-label={`${lessonTitle}: slides`}
      className="deck prose prose-zinc max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none"
      data-current={pos.slide}
      style={{ '--lab-zoom': zoom } as React.CSSProperties}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      suppressHydrationWarning
    >
      {props.children}
    </main>
  );

  const controls = (
    <nav aria-label="Slide controls" className="present-controls" data-present-chrome="">
      <button
        type="button"
        className={buttonClass}
        onClick={previous}
        disabled={pos.slide === 0 && pos.step === 0}
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <span className="min-w-24 text-center text-sm tabular-nums" data-testid="slide-number">
        {pos.slide + 1} / {count}
      </span>
      <button
        type="button"
        className={buttonClass}
        onClick={next}
        disabled={pos.slide === count - 1 && pos.step >= stepsOf(pos.slide)}
      >
        Next <span aria-hidden="true">→</span>
      </button>
      <button type="button" className={buttonClass} onClick={() => setOverview(true)} aria-keyshortcuts="O">
        Overview
      </button>
      <span className="inline-flex items-center gap-1" role="group" aria-label="Zoom of labs and code">
        <button type="button" className={buttonClass} onClick={() => changeZoom(-0.1)}>
          <span aria-hidden="true">A−</span>
          <span className="sr-only">Zoom out</span>
        </button>
        <output className="w-12 text-center text-sm tabular-nums" aria-live="polite">
          {Math.round(zoom * 100)}%
        </output>
        <button type="button" className={buttonClass} onClick={() => changeZoom(0.1)}>
          <span aria-hidden="true">A+</span>
          <span className="sr-only">Zoom in</span>
        </button>
      </span>
      <button
        type="button"
        className={buttonClass}
        onClick={() => setBlank((b) => !b)}
        aria-pressed={blank}
        aria-keyshortcuts="B"
      >
        Blank
      </button>
      <button type="button" className={buttonClass} onClick={toggleFullScreen} aria-keyshortcuts="F">
        Full screen
      </button>
      <ThemeToggle />
      {mode === 'audience' ? (
        <a
          className={buttonClass}
          href={`/present/${slug}/presenter/${slideHash(pos.slide, pos.step)}`}
          target="stagecraft-presenter"
        >
          Presenter view
        </a>
      ) : (
        <button
          type="button"
          className={buttonClass}
          onClick={() =>
            window.open(`/present/${slug}/${slideHash(pos.slide, pos.step)}`, 'stagecraft-audience')
          }
        >
          Open audience window
        </button>
      )}
      <a className={buttonClass} href={props.lessonHref}>
        Exit
      </a>
    </nav>
  );

  const overlays = (
    <>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {`${label}${stepLabel ? `, ${stepLabel}` : ''}: ${current?.title ?? ''}`}
      </p>
      {goto !== null && (
        <p className="present-goto" role="status" data-present-chrome="">
          Go to slide: {goto}
          <span aria-hidden="true">▍</span> (Enter to go, Escape to cancel)
        </p>
      )}
      <dialog
        ref={overviewDialog}
        aria-label="All slides"
        className="present-overview"
        onClose={() => {
          setOverview(false);
          // Focus leaves the closed overview for the deck, so the deck's keys work at once.
          if (overviewDialog.current?.contains(document.activeElement))
            deck.current?.focus({ preventScroll: true });
        }}
      >
        <div className="mb-4 flex items-center justify-between gap-4">
          <h2 className="text-xl font-semibold">All slides</h2>
          <button type="button" className={buttonClass} onClick={() => setOverview(false)}>
            Close
          </button>
        </div>
        <ol className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-3">
          {slides.map((slide, i) => (
            <li key={i}>
              <button
                type="button"
                data-goto={i}
                aria-current={i === pos.slide ? 'step' : undefined}
                className="h-full w-full rounded-lg border border-zinc-300 p-3 text-left hover:bg-zinc-100 aria-[current=step]:border-accent-600 aria-[current=step]:ring-2 aria-[current=step]:ring-accent-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
                onClick={() => {
                  go(i);
                  setOverview(false);
                }}
              >
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">{i + 1}</span>
                <span className="block font-semibold">{slide.title}</span>
                {slide.tags.length > 0 && (
                  <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">
                    {slide.tags.join(' · ')}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </dialog>
    </>
  );

  if (mode === 'audience') {
    return (
      <>
        {deckElement}
        {controls}
        {overlays}
        {blank && (
          <div className="present-blank" data-testid="blank-screen" onClick={() => setBlank(false)} />
        )}
      </>
    );
  }

  return (
    <div className="presenter-grid">
      <div className="presenter-stage">
        {/* A landmark of its own: everything on the page is in one (the slides are the main landmark). */}
        <section className="presenter-label" aria-label="Current slide">
          Current slide · <span data-testid="presenter-slide-number">{label}</span>
          {stepLabel && ` · ${stepLabel}`}
          {blank && <strong className="ml-2">The audience screen is blank</strong>}
        </section>
        {deckElement}
      </div>
      <aside className="presenter-side" aria-label="Presenter">
        <PresenterClock minutes={props.minutes} />
        <section aria-labelledby="presenter-next" className="presenter-card">
          <h2 id="presenter-next" className="presenter-card-title">
            Next
          </h2>
          {pos.step < stepsOf(pos.slide) ? (
            <p data-testid="presenter-next">
              Step {pos.step + 1} of {stepsOf(pos.slide)} on this slide
            </p>
          ) : upcoming ? (
            <div data-testid="presenter-next">
              <p className="font-semibold">
                {pos.slide + 2}. {upcoming.title}
              </p>
              {upcoming.tags.length > 0 && <p className="text-sm">On it: {upcoming.tags.join(' · ')}</p>}
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{upcoming.excerpt}</p>
            </div>
          ) : (
            <p data-testid="presenter-next">The end of the lesson.</p>
          )}
        </section>
        <section aria-labelledby="presenter-notes" className="presenter-card presenter-notes">
          <h2 id="presenter-notes" className="presenter-card-title">
            Notes
          </h2>
          <div
            className="notes-pane"
            data-current={pos.slide}
            data-testid="notes-pane"
            suppressHydrationWarning
          >
            {props.notes}
          </div>
          {!current?.hasNotes && <p>No notes for this slide.</p>}
        </section>
        {controls}
      </aside>
      {overlays}
    </div>
  );
}

/** Elapsed time (start, pause, reset) against the lesson's length, and the time of day. */
function PresenterClock({ minutes }: { minutes: number }) {
  const [now, setNow] = useState<number | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = banked + (startedAt !== null && now !== null ? Math.max(0, now - startedAt) : 0);
  const over = elapsed > minutes * 60_000;
  return (
    <section aria-labelledby="presenter-time" className="presenter-card">
      <h2 id="presenter-time" className="presenter-card-title">
        Time
      </h2>
      <p className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <span>
          <span className="sr-only">Elapsed: </span>
          <span
            className={`text-3xl font-semibold tabular-nums ${over ? 'text-amber-700 dark:text-amber-300' : ''}`}
            data-testid="timer"
          >
            {formatElapsed(elapsed)}
          </span>{' '}
          <span className="text-sm">of about {minutes} min</span>
        </span>
        <span className="text-sm">
          Clock{' '}
          <time className="text-xl tabular-nums" suppressHydrationWarning>
            {now === null
              ? '--:--'
              : new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </time>
        </span>
      </p>
      <p className="mt-2 flex gap-2">
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            if (startedAt === null) setStartedAt(Date.now());
            else {
              setBanked((b) => b + Date.now() - startedAt);
              setStartedAt(null);
            }
          }}
        >
          {startedAt === null ? (elapsed > 0 ? 'Resume timer' : 'Start timer') : 'Pause timer'}
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            setBanked(0);
            setStartedAt(null);
          }}
        >
          Reset
        </button>
      </p>
    </section>
  );
}
