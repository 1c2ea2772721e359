'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** Normalises a path for comparison: always with a trailing slash. */
function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * A link that marks itself `aria-current="page"` on its own page (or, with `section`, anywhere below it),
 * so the current place is announced and styled without a client-side router lookup elsewhere.
 */
export function ActiveLink({
  href,
  className,
  children,
  section = false,
  prefetch,
}: {
  href: string;
  className?: string;
  children: ReactNode;
  section?: boolean;
  /** False: fetch the target's code only when the link is followed (passed to next/link). */
  prefetch?: boolean;
}) {
  const pathname = withSlash(usePathname() ?? '/');
  const target = withSlash(href);
  const active = section ? pathname.startsWith(target) : pathname === target;
  return (
    <Link href={href} prefetch={prefetch} className={className} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
