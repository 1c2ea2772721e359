'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** Normalises a path for comparison: always with a trailing slash. */
function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * A link that marks itself `aria-current="page"` on its own page (or, with `section`, anywhere below it),
 * so the current place is announced and styled without a client-side router lookup elsewhere. Links are
 * plain anchors: every page is a prerendered document, and following a link loads it like any web page
 * (Next's client-side link component would add its code to every page's first load).
 */
export function ActiveLink({
  href,
  className,
  children,
  section = false,
}: {
  href: string;
  className?: string;
  children: ReactNode;
  section?: boolean;
}) {
  const pathname = withSlash(usePathname() ?? '/');
  const target = withSlash(href);
  const active = section ? pathname.startsWith(target) : pathname === target;
  return (
    <a href={href} className={className} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}
