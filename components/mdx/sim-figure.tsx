/** Props of `<SimFigure>`: what to compute from which example Dockerfile. */
export interface SimFigureProps {
  example: string;
  file: string;
  show: 'size' | 'ratio' | 'layers' | 'files';
  versus?: string;
}

/**
 * A figure computed by the simulator at build time and printed inline. This version prints an ellipsis;
 * the simulator-backed figure replaces this body.
 */
export function SimFigure(_props: SimFigureProps) {
  return <span>…</span>;
}
