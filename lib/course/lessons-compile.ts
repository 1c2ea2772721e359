import fs from 'node:fs';
import type { Root } from 'hast';
import { bundleMDX } from 'mdx-bundler';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { figureProseProblems } from './figure-prose';
import { lessonDockerfileProblems } from './lesson-dockerfiles';
import { findLesson, type LessonMeta } from './lessons';
import { rehypeCollectHeadings, type TocHeading } from './lessons-headings';
import { rehypeShiki } from './lessons-highlight';

/** A lesson compiled for rendering: its metadata, the bundled MDX module code and its headings. */
export interface CompiledLesson {
  lesson: LessonMeta;
  /** The MDX module as code, to be evaluated with `getMDXComponent` from `mdx-bundler/client`. */
  code: string;
  /** The `##` and `###` headings in order, with their ids. */
  headings: TocHeading[];
}

/** A rehype plugin as unified takes it (the slides' compile adds one; see `slides-compile.ts`). */
type RehypePlugin = () => (tree: Root) => void;

/**
 * Compiles one lesson file with mdx-bundler (GFM, heading ids, build-time highlighting), with `extra`
 * rehype plugins run after the headings are collected. Throws an error naming the file when the MDX cannot
 * be compiled, or when one of its Dockerfile blocks does not parse (see `lesson-dockerfiles.ts`) or a
 * `<SimFigure>` contradicts its sentence (`figure-prose.ts`).
 */
export async function compileLessonFile(
  lesson: LessonMeta,
  extra: RehypePlugin[] = [],
): Promise<CompiledLesson> {
  const problems = lessonDockerfileProblems(lesson.body);
  if (problems.length > 0) {
    throw new Error(
      `${lesson.file}: a Dockerfile block does not parse (mark it \`\`\`dockerfile mistake if that is the point):\n${problems.join('\n')}`,
    );
  }
  const figures = figureProseProblems(lesson.body);
  if (figures.length > 0) {
    throw new Error(`${lesson.file}: a <SimFigure> contradicts its sentence:\n${figures.join('\n')}`);
  }
  const headings: TocHeading[] = [];
  try {
    const { code } = await bundleMDX({
      source: fs.readFileSync(lesson.file, 'utf8'),
      cwd: lesson.dir,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          rehypeCollectHeadings(headings),
          rehypeShiki,
          ...extra,
        ];
        return options;
      },
    });
    return { lesson, code, headings };
  } catch (error) {
    throw new Error(`${lesson.file}: MDX could not be compiled: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

const compiled = new Map<string, Promise<CompiledLesson>>();

/**
 * The compiled lesson for `slug`, compiled at most once per process (the build asks for each lesson from
 * several places: the page, its metadata). Null when no lesson has that slug.
 */
export function compileLesson(slug: string): Promise<CompiledLesson> | null {
  const lesson = findLesson(slug);
  if (!lesson) return null;
  let promise = compiled.get(slug);
  if (!promise) {
    promise = compileLessonFile(lesson);
    compiled.set(slug, promise);
  }
  return promise;
}
