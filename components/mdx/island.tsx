'use client';

/**
 * Deferred hydration for the heavy interactive parts of a lesson (labs, comparisons, exercises, quizzes).
 * The server renders an island in full. In the browser its code is requested only when it comes near the
 * viewport or the reader reaches into it (pointer, focus, key); until then React keeps
 * the server's HTML as it is (a component that suspends while hydrating leaves its server markup in place)
 * and hydrates it once the code has arrived. Nothing moves and nothing is rendered twice. A click that
 * lands on an island before it is live (a button, a choice) is held and replayed once it has hydrated, and
 * so is text typed into one of its fields, so neither is lost; links work at once.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { onNearView } from '@/components/ui/near-view';
import { ISLANDS, type IslandName, type IslandPropsMap } from '@/components/mdx/islands';

/** Props of {@link Island}. */
export interface IslandOwnProps<N extends IslandName> {
  /** Which island (a key of `ISLANDS`). */
  name: N;
  /** Its props: plain data prepared at build time. */
  props: IslandPropsMap[N];
}

/** Events that mean the reader is reaching into the island before it came near the view. */
const REACH_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;

/** Where an island is: server HTML without its code, fetching its code, or hydrated and interactive. */
export type IslandState = 'dormant' | 'loading' | 'live' | 'unavailable';

/** Renders nothing; its effect runs once the island's boundary has hydrated. */
function OnHydrated({ onHydrated }: { onHydrated(): void }) {
  useEffect(onHydrated, [onHydrated]);
  return null;
}

/** Puts `text` in a form field as typing would, so React's change handler hears it. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  setter?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A promise that opens once, from outside. */
function gate(): { opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** One lesson island: server-rendered, hydrated when wanted. */
export function Island<N extends IslandName>({ name, props }: IslandOwnProps<N>) {
  const host = useRef<HTMLDivElement>(null);
  const [wanted] = useState(gate);
  const [state, setState] = useState<IslandState>('dormant');
  const held = useRef<HTMLElement[]>([]);
  const typed = useRef(new Map<HTMLInputElement | HTMLTextAreaElement, string>());
  // True once what came before hydration has been replayed; until then clicks and typing keep being
  // held, so a key pressed between hydration and the replay is not put in ahead of the held text.
  const live = useRef(false);
  const [settled, setSettled] = useState(false);
  const [markLive] = useState(() => () => {
    performance.mark(`stagecraft:island-live:${name}`);
    setState('live');
    // Replayed a task later, after the island's own effects (restored answers and the like) have run,
    // on the same (hydrated) elements.
    setTimeout(() => {
      live.current = true;
      const clicks = held.current.splice(0);
      const texts = [...typed.current];
      typed.current.clear();
      for (const [field, text] of texts) if (field.isConnected) typeInto(field, text);
      for (const element of clicks) if (element.isConnected) element.click();
      setSettled(true);
    }, 0);
  });
  const [Component] = useState(() =>
    lazy(async () => {
      // The server renders at once; the browser waits for the island to be wanted.
      if (typeof window !== 'undefined') {
        await wanted.opened;
        performance.mark(`stagecraft:island-wanted:${name}`);
      }
      let loaded: ComponentType<IslandPropsMap[N]>;
      try {
        loaded = await ISLANDS[name]();
      } catch {
        // Its code cannot be fetched (offline, a deploy in between): the server's HTML stays as it is,
        // readable but not live, instead of the error taking the whole page down.
        setState('unavailable');
        return new Promise<never>(() => {});
      }
      if (typeof window !== 'undefined') performance.mark(`stagecraft:island-code:${name}`);
      return { default: loaded };
    }),
  );

  useEffect(() => {
    // Once live and replayed, the island answers for itself: no more listening on the window.
    if (settled) return;
    const element = host.current;
    const open = () => {
      setState((s) => (s === 'dormant' ? 'loading' : s));
      wanted.open();
    };
    const stop = onNearView(element, open);
    // Listened for on the window, ahead of React: React stops a discrete event (click, key, pointer)
    // whose target is still waiting to hydrate before it reaches the element.
    const inside = (event: Event): event is Event & { target: HTMLElement } =>
      !live.current && event.target instanceof HTMLElement && Boolean(element?.contains(event.target));
    const reach = (event: Event) => {
      if (inside(event)) open();
    };
    const hold = (event: MouseEvent) => {
      if (!inside(event) || event.target.closest('a[href]')) return;
      event.preventDefault();
      event.stopPropagation();
      held.current.push(event.target);
      open();
    };
    // Text typed into a field before the island is live is kept aside and put in once it is, the way
    // React hears it; typed straight into the server's field, hydration would set the field back.
    const buffer = (event: InputEvent) => {
      if (!inside(event)) return;
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
      const before = typed.current.get(field) ?? field.value;
      let after: string | null = null;
      const inserted =
        event.inputType === 'insertLineBreak'
          ? '\n'
          : (event.data ?? event.dataTransfer?.getData('text/plain') ?? null);
      if (event.inputType.startsWith('insert') && inserted !== null) after = before + inserted;
      else if (event.inputType === 'deleteContentBackward') after = before.slice(0, -1);
      if (after === null) return;
      event.preventDefault();
      typed.current.set(field, after);
      open();
    };
    for (const type of REACH_EVENTS) window.addEventListener(type, reach, { capture: true });
    window.addEventListener('click', hold, { capture: true });
    window.addEventListener('beforeinput', buffer, { capture: true });
    return () => {
      stop();
      for (const type of REACH_EVENTS) window.removeEventListener(type, reach, { capture: true });
      window.removeEventListener('click', hold, { capture: true });
      window.removeEventListener('beforeinput', buffer, { capture: true });
    };
  }, [wanted, settled]);

  // The same element on every render of the island's frame: a dehydrated boundary that received new
  // props would be thrown away and rendered again on the client instead of hydrated.
  const content = useMemo(
    () => (
      <Suspense fallback={null}>
        <Component {...props} />
        <OnHydrated onHydrated={markLive} />
      </Suspense>
    ),
    [Component, props, markLive],
  );

  return (
    <div ref={host} data-island={name} data-island-state={state}>
      {content}
    </div>
  );
}
