/**
 * Heading ids of an MDX lesson, computed the way rehype-slug computes them on the rendered page: the
 * heading's plain text through one github-slugger per document (so a repeated heading gets `-1`, `-2`).
 */
import GithubSlugger from 'github-slugger';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** The plain text of a markdown heading's inline content (links, code, emphasis and tags removed). */
export function headingText(inline: string): string {
  return inline
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`+/g, '')
    .replace(/\*+/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** Every heading id of an MDX document, in order. Headings inside fenced code and frontmatter are skipped. */
export function headingIdsFromMdx(source: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const lines = source.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    if (end > 0) start = end + 1;
  }
  let fence: string | null = null;
  for (const line of lines.slice(start)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = HEADING.exec(line);
    if (heading) ids.push(slugger.slug(headingText(heading[2])));
  }
  return ids;
}
