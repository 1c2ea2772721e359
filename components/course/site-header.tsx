import { listLessons } from '@/lib/course/lessons';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { ActiveLink } from './active-link';
import { availableNavLinks } from './available-nav-links';
import { LessonNavList, toLessonLinks } from './lesson-nav-list';
import { MobileNav } from './mobile-nav';
import type { NavLink } from './nav-links';

const navLinkClass =
  'rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 aria-[current=page]:text-accent-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white dark:aria-[current=page]:text-accent-300';

/** The main sections as a list of links, each marked current on its own section. */
function NavLinks({ links, className }: { links: NavLink[]; className: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <ActiveLink href={link.href} section className={navLinkClass}>
            {link.label}
          </ActiveLink>
        </li>
      ))}
    </ul>
  );
}

/** The sticky site header: name, main navigation, theme toggle, and the phone menu. */
export function SiteHeader() {
  const links = availableNavLinks();
  const lessons = toLessonLinks(listLessons());
  return (
    <header className="no-scroll-anchor sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="relative mx-auto flex h-16 max-w-[90rem] items-center gap-4 px-4 sm:px-6">
        <a href="/" className="flex items-center gap-2 font-semibold text-zinc-950 dark:text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect
              x="2"
              y="18"
              width="28"
              height="10"
              rx="2"
              className="fill-accent-600 dark:fill-accent-400"
            />
            <rect
              x="7"
              y="10"
              width="18"
              height="7"
              rx="2"
              className="fill-accent-600/70 dark:fill-accent-400/70"
            />
            <rect
              x="12"
              y="4"
              width="8"
              height="5"
              rx="1.5"
              className="fill-accent-600/40 dark:fill-accent-400/40"
            />
          </svg>
          <span>Stagecraft</span>
        </a>
        <nav aria-label="Main" className="ml-2 hidden md:block">
          <NavLinks links={links} className="flex items-center gap-1" />
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <MobileNav>
            <nav aria-label="Site menu">
              <NavLinks
                links={links}
                className="mb-4 flex flex-wrap gap-1 border-b border-zinc-200 pb-3 md:hidden dark:border-zinc-800"
              />
              <p className="mb-2 px-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
                Lessons
              </p>
              <LessonNavList lessons={lessons} />
            </nav>
          </MobileNav>
        </div>
      </div>
    </header>
  );
}
