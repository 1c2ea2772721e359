/**
 * What `docker run` is given in a lab by default, per example: the calculator reads calculations from
 * standard input, so the lab answers one and exits, as `docker run -i` with piped input would.
 */
const DEFAULT_STDIN: Record<string, string> = {
  'go-calculator': '2 * 100\nexit\n',
};

/** Standard input for running an example's image, or null for none. */
export function defaultStdin(exampleId: string | null): string | null {
  return (exampleId && DEFAULT_STDIN[exampleId]) || null;
}
