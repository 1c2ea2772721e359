/** Size limits of share links (kept apart from the schema, so the lab can read them without the validation library). */

/** Most Dockerfile text a link may carry (characters). Longer text is refused, never truncated. */
export const MAX_SHARED_TEXT_CHARS = 64 * 1024;

/** Most characters of a whole fragment we are willing to decompress. */
export const MAX_FRAGMENT_CHARS = 96 * 1024;
