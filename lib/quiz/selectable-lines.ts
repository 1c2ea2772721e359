/** The 1-based lines of a Dockerfile a learner can pick: not blank and not a comment. */
export function selectableLines(dockerfile: string): number[] {
  const lines: number[] = [];
  dockerfile.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) lines.push(i + 1);
  });
  return lines;
}
