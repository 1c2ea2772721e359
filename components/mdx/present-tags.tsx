import type { ReactNode } from 'react';

/**
 * The classroom tags. On the lesson page `<Notes>` and `<Slide>` render nothing and `<Step>` renders its
 * content as ordinary prose; the presentation (`/present/<lesson>/`) cuts slides at `<Slide />`, reveals
 * each `<Step>` in turn and shows `<Notes>` only in the presenter's window.
 *
 * ```mdx
 * <Slide title="What the build keeps" />
 * <Step>First this appears…</Step>
 * <Notes>What to say, what to type, what to ask.</Notes>
 * ```
 */
export function Notes(props: { children?: ReactNode }): null {
  void props;
  return null;
}

/** A slide break (see {@link Notes}); `title` names a slide that has no `##` heading. */
export function Slide(props: { title?: string }): null {
  void props;
  return null;
}

/** A block revealed one press at a time on a slide; plain content on the lesson page. */
export function Step({ children }: { children?: ReactNode }) {
  return <div data-step="">{children}</div>;
}
