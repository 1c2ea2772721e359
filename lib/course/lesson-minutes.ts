/**
 * How long a lesson takes, worked out from its text, so the `minutes` a lesson declares cannot drift
 * from what it asks of the reader. Pure: it reads the MDX body as text.
 *
 * The rule, stated once:
 *
 *   minutes = prose words ÷ 200 + code lines ÷ 20 + 2 per lab + 0.5 per check question + 3 per challenge
 *
 * - **Prose** is what the lesson page shows open: speaker notes (`<Notes>`, never on the page) and the
 *   collapsed "where this comes from" notes (`<SourceNote>`, opened only by readers who want the source) are left
 *   out, and so are tags and MDX comments. 200 words a minute is slower than the 238 a minute measured for
 *   silent reading of non-fiction in English (Brysbaert 2019, "How many words do we read per minute?",
 *   Journal of Memory and Language 109, 104047), because this prose is technical; the exact rate is the course's
 *   choice, not a measured figure.
 * - **Code** (fenced blocks) is read line by line: 20 lines a minute, the course's choice.
 * - **Labs**: each `<DockerfileLab>`, `<Compare>`, `<Terminal>` and `<Exercise>` is a place to try
 *   something: 2 minutes each, the course's choice.
 * - **Check questions**: the lesson's quiz, half a minute a question, the course's choice.
 * - **Challenges**: each challenge of the ladder (`<Challenges ids={…}>`), 3 minutes, the course's choice.
 *
 * Without the challenges and the questions it is the time to present the lesson to a class
 * ({@link classMinutes}; the `/teach/` page and the presenter's clock plan with it).
 */

/** Words of prose read in a minute. */
export const WORDS_PER_MINUTE = 200;
/** Lines of code read in a minute. */
export const CODE_LINES_PER_MINUTE = 20;
/** Minutes given to each lab, comparison, terminal or exercise. */
export const MINUTES_PER_LAB = 2;
/** Minutes given to each check question. */
export const MINUTES_PER_QUESTION = 0.5;
/** Minutes given to each challenge of the ladder. */
export const MINUTES_PER_CHALLENGE = 3;
/** How far a declared `minutes` may be from the rule: this many minutes, or this fraction, whichever is larger. */
export const MINUTES_TOLERANCE = { minutes: 3, fraction: 0.2 } as const;

/** What a lesson asks of the reader, counted from its MDX body. */
export interface LessonWorkload {
  proseWords: number;
  codeLines: number;
  labs: number;
  /** Challenge ids in the lesson's `<Challenges>` tags. */
  challenges: number;
}

const LAB_TAG = /<(?:DockerfileLab|Compare|Terminal|Exercise)\b/g;

/** Counts the prose words, code lines, labs and challenges of a lesson's MDX body (without frontmatter). */
export function lessonWorkload(body: string): LessonWorkload {
  const text = body.replace(/\r\n?/g, '\n');
  let codeLines = 0;
  const withoutCode = text.replace(
    /^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm,
    (_all, _fence, code: string) => {
      codeLines += code.split('\n').filter((line) => line.trim() !== '').length;
      return '\n';
    },
  );
  const labs = (withoutCode.match(LAB_TAG) ?? []).length;
  let challenges = 0;
  for (const match of withoutCode.matchAll(/<Challenges\b[^>]*?ids=\{\[([^\]]*)\]\}/g)) {
    challenges += (match[1].match(/["'][^"']+["']/g) ?? []).length;
  }
  const prose = withoutCode
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, ' ')
    .replace(/<SourceNote\b[\s\S]*?<\/SourceNote>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*\/?>/g, ' ')
    .replace(/<\/[A-Z][A-Za-z]*>/g, ' ');
  const proseWords = prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return { proseWords, codeLines, labs, challenges };
}

/** The guided minutes (reading, labs, check questions; no challenges) of a lesson with `questions` check questions, unrounded. */
export function guidedMinutes(workload: LessonWorkload, questions: number): number {
  return (
    workload.proseWords / WORDS_PER_MINUTE +
    workload.codeLines / CODE_LINES_PER_MINUTE +
    workload.labs * MINUTES_PER_LAB +
    questions * MINUTES_PER_QUESTION
  );
}

/** The minutes the rule gives a whole lesson, challenges included (unrounded). */
export function ruleMinutes(workload: LessonWorkload, questions: number): number {
  return guidedMinutes(workload, questions) + workload.challenges * MINUTES_PER_CHALLENGE;
}

/** The rule's minutes rounded as a lesson declares them: to the nearest 5, at least 5. */
export function roundedMinutes(minutes: number): number {
  return Math.max(5, Math.round(minutes / 5) * 5);
}

/** Whether a declared `minutes` is close enough to the rule's (see {@link MINUTES_TOLERANCE}). */
export function minutesAgree(declared: number, rule: number): boolean {
  const allowed = Math.max(MINUTES_TOLERANCE.minutes, rule * MINUTES_TOLERANCE.fraction);
  return Math.abs(declared - rule) <= allowed;
}

/**
 * The minutes to plan for presenting a lesson to a class: its text, code and labs, rounded (the check
 * questions and the challenges are planned separately).
 */
export function classMinutes(body: string): number {
  return roundedMinutes(guidedMinutes(lessonWorkload(body), 0));
}
