/**
 * Sizes in course text: Docker's units and three significant digits with a space before the unit
 * (`897 MB`), the same way the simulator panels print them. The terminal keeps Docker's own `897MB`,
 * because it imitates `docker images` output. Browser-safe.
 */
import { formatSize } from '../build/format';

/** `897 MB`, `1.83 MB`, `0 B`. */
export function readableSize(bytes: number): string {
  return formatSize(bytes).replace(/^([0-9.e+-]+)([a-zA-Z]+)$/, '$1 $2');
}
