/** A link in the header's main navigation. */
export interface NavLink {
  label: string;
  /** The path, with a trailing slash (the export uses trailingSlash). */
  href: string;
  /**
   * The page file that must exist for the link to be shown (relative to the repository root). Links to
   * sections that are not built yet are left out instead of pointing at a 404.
   */
  page: string;
}

/** The header's main navigation, in order. */
export const NAV_LINKS: readonly NavLink[] = [
  { label: 'Course', href: '/learn/', page: 'app/learn/page.tsx' },
  { label: 'Playground', href: '/playground/', page: 'app/playground/page.tsx' },
  { label: 'Interview prep', href: '/interview/', page: 'app/interview/page.tsx' },
  { label: 'Your progress', href: '/progress/', page: 'app/progress/page.tsx' },
  { label: 'Teach', href: '/teach/', page: 'app/teach/page.tsx' },
];
