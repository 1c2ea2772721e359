import type { ReactNode } from 'react';

/**
 * A decorative 24×24 line icon drawn in the current text colour (the header's buttons use it). The paths
 * are its children; it is hidden from assistive technology, so the button around it carries the name.
 */
export function StrokeIcon({ children, className = 'h-5 w-5' }: { children: ReactNode; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      {children}
    </svg>
  );
}
