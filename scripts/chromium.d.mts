/** Types of `chromium.mjs` (which browser the tests and scripts launch, and its flags). */

/** Flags for a system Chromium running headless in a container, with no traffic of its own. */
export declare const SYSTEM_CHROMIUM_ARGS: readonly string[];

/** Debian's Chromium, used when neither an explicit executable nor Playwright's own browser is there. */
export declare const DEBIAN_CHROMIUM: string;

/** Launch options: an explicit executable, Playwright's own Chromium, else Debian's. */
export declare function chooseBrowser(): { executablePath: string | undefined; args: string[] };
