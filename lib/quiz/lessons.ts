/**
 * The lessons questions may point to. Ids are the lesson folder names (`NN-slug`); a lesson's page is
 * `/learn/<slug>` with the number dropped.
 */

/** Every lesson of the course, in order (folder names under content/lessons/). */
export const LESSON_IDS = [
  '01-why-images-get-big',
  '02-multi-stage-builds',
  '03-three-tier-app',
  '04-distroless-images',
  '05-go-calculator-demo',
  '06-choosing-distroless-images',
  '07-python-on-distroless',
  '08-java-on-distroless',
  '09-beyond-the-talk',
  '10-faster-builds',
  '11-secrets-and-private-dependencies',
  '12-multi-platform-builds',
  '13-a-modern-go-build',
  '14-safer-containers',
  '15-operating-distroless',
  '17-interview-preparation',
] as const;

/** A lesson id such as `02-multi-stage-builds`. */
export type LessonId = (typeof LESSON_IDS)[number];

/** True when `id` names a lesson of the course. */
export function isLessonId(id: string): id is LessonId {
  return (LESSON_IDS as readonly string[]).includes(id);
}

/** The URL slug of a lesson id: `02-multi-stage-builds` → `multi-stage-builds`. */
export function lessonSlug(id: string): string {
  return id.replace(/^\d{2}-/, '');
}

/** The link to a lesson, or to a section of it when `anchor` (a heading id) is given. */
export function lessonHref(id: string, anchor?: string | null): string {
  const base = `/learn/${lessonSlug(id)}/`;
  return anchor ? `${base}#${anchor}` : base;
}

/** Short human titles of the lessons, used when the lesson's own title is not at hand (weak topics). */
export const LESSON_TOPICS: Record<LessonId, string> = {
  '01-why-images-get-big': 'Why images get big',
  '02-multi-stage-builds': 'Multi-stage builds',
  '03-three-tier-app': 'A three-tier application',
  '04-distroless-images': 'Distroless images',
  '05-go-calculator-demo': 'The Go calculator demo',
  '06-choosing-distroless-images': 'Finding and choosing distroless images',
  '07-python-on-distroless': 'Python on distroless',
  '08-java-on-distroless': 'Java on distroless',
  '09-beyond-the-talk': 'Beyond the talk',
  '10-faster-builds': 'Faster builds',
  '11-secrets-and-private-dependencies': 'Secrets and private dependencies',
  '12-multi-platform-builds': 'Multi-platform builds',
  '13-a-modern-go-build': 'A modern Go build',
  '14-safer-containers': 'Safer images and containers',
  '15-operating-distroless': 'Operating distroless',
  '17-interview-preparation': 'Interview preparation',
};
