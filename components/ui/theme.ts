/** localStorage key of the learner's chosen theme (`light` or `dark`); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'stagecraft-theme';

/**
 * Runs in <head> before first paint: applies the stored theme, else the system's, as a `dark` class on
 * <html>, so the page never flashes the wrong theme. Kept tiny and dependency-free on purpose.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s==='dark'||(s!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;
