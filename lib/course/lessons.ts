import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { LessonContentError, parseLessonFrontmatter, type LessonFrontmatter } from './lessons-schema';

/** A lesson as listed in the course: its place, address and validated frontmatter (no compiled body). */
export interface LessonMeta extends LessonFrontmatter {
  /** URL slug without the order prefix, e.g. `why-images-get-big`. */
  slug: string;
  /** Position in the course, from the two-digit folder prefix (1-based as written). */
  order: number;
  /** Folder name as on disk, e.g. `01-why-images-get-big`. */
  folder: string;
  /** Absolute folder path (build time only). */
  dir: string;
  /** Absolute path of the lesson's `index.mdx`. */
  file: string;
  /** The MDX source without its frontmatter. */
  body: string;
}

/** Default location of the lessons, relative to the repository root (the build's working directory). */
export const DEFAULT_LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

const FOLDER_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Reads every lesson folder (`NN-slug/index.mdx`) under `dir`, validates its frontmatter and returns the
 * lessons in course order. Folders that do not look like `NN-slug` are ignored; a lesson folder without
 * `index.mdx`, two lessons with the same number or slug, or bad frontmatter throw a
 * {@link LessonContentError} naming the file.
 */
export function readLessons(dir: string = DEFAULT_LESSONS_DIR): LessonMeta[] {
  if (!fs.existsSync(dir)) return [];
  const lessons: LessonMeta[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const match = FOLDER_PATTERN.exec(entry.name);
    if (!match) continue;
    const lessonDir = path.join(dir, entry.name);
    const file = path.join(lessonDir, 'index.mdx');
    if (!fs.existsSync(file)) throw new LessonContentError(file, null, 'lesson folder has no index.mdx');
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new LessonContentError(file, null, `frontmatter is not valid YAML (${(error as Error).message})`);
    }
    const frontmatter = parseLessonFrontmatter(file, parsed.data);
    lessons.push({
      ...frontmatter,
      slug: match[2],
      order: Number(match[1]),
      folder: entry.name,
      dir: lessonDir,
      file,
      body: parsed.content,
    });
  }
  lessons.sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    const [prev, cur] = [lessons[i - 1], lessons[i]];
    if (prev.order === cur.order) {
      throw new LessonContentError(
        cur.file,
        null,
        `lesson number ${cur.folder.slice(0, 2)} is also used by ${prev.folder}`,
      );
    }
  }
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.slug);
    if (other)
      throw new LessonContentError(lesson.file, null, `slug "${lesson.slug}" is also used by ${other}`);
    seen.set(lesson.slug, lesson.folder);
  }
  return lessons;
}

let cached: LessonMeta[] | null = null;

/** The course's lessons in order, read once per process from `content/lessons`. */
export function listLessons(): LessonMeta[] {
  cached ??= readLessons();
  return cached;
}

/** The lesson with this slug, or null when there is none. */
export function findLesson(slug: string, lessons: LessonMeta[] = listLessons()): LessonMeta | null {
  return lessons.find((lesson) => lesson.slug === slug) ?? null;
}

/** The lessons before and after `slug` in course order (null at either end or for an unknown slug). */
export function adjacentLessons(
  slug: string,
  lessons: LessonMeta[] = listLessons(),
): { previous: LessonMeta | null; next: LessonMeta | null } {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) return { previous: null, next: null };
  return { previous: lessons[index - 1] ?? null, next: lessons[index + 1] ?? null };
}

/** The public path of a lesson page, e.g. `/learn/why-images-get-big/`. */
export function lessonHref(slug: string): string {
  return `/learn/${slug}/`;
}
