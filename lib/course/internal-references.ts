/**
 * Finds names a learner cannot open in text the site shows: the project's own files and folders
 * (fact sheets, `content/…`, `lib/…`, test files) and section marks into them ("§2b"). Learner-visible
 * text cites public sources or the site's Sources page instead. Used by the content tests over every
 * lesson, quiz, exercise and example.
 */

const PATTERNS: Array<[RegExp, string]> = [
  [/\b(FACTS|BUILDKIT|HELPERS[\w-]*)\.md\b/, 'an internal fact sheet'],
  [/\.\.\/shared\b|\/work\//, 'a path outside the site'],
  [/\bcontent\/(lessons|examples|exercises|quizzes)\b/, 'a repository path'],
  [/(^|[\s(`'"])lib\/(build|course|catalog|lint|quiz|dockerfile|cli|progress|share)\b/, 'a repository path'],
  [/\bcomponents\/(mdx|lab|simulator|ui)\b/, 'a repository path'],
  [/\bclaims\.json\b|\.test\.tsx?\b/, 'an internal file'],
  [/§\s?\d/, 'a section of an internal file'],
];

/** Each internal reference in `text`, as `"<match>" (<what it is>)`; empty when there is none. */
export function internalReferences(text: string): string[] {
  const found: string[] = [];
  for (const [re, what] of PATTERNS) {
    const global = new RegExp(re.source, 'g');
    for (const m of text.matchAll(global)) found.push(`"${m[0].trim()}" (${what})`);
  }
  return found;
}

/** Every string inside a parsed JSON value, with its path (`items[2].options[0].text`). */
export function jsonStrings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonStrings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => jsonStrings(v, at ? `${at}.${k}` : k));
  }
  return [];
}

/** The text of an MDX lesson body that a reader sees: without MDX comments and tag markup. */
export function visibleLessonText(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<[A-Z][\w.]*\b[^>]*\/?>|<\/[A-Z][\w.]*>/g, '');
}
