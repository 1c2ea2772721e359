import { findLesson, type LessonMeta } from './lessons';
import { compileLessonFile } from './lessons-compile';
import { rehypeSlides, type SlideInfo } from './slides';

/** A lesson compiled as slides: the MDX module (one `<section data-slide>` per slide) and what each holds. */
export interface CompiledSlides {
  lesson: LessonMeta;
  /** The MDX module as code, for `getMDXComponent` from `mdx-bundler/client`. */
  code: string;
  slides: SlideInfo[];
}

const compiled = new Map<string, Promise<CompiledSlides>>();

/**
 * The lesson `slug` cut into slides (see `slides.ts`), compiled at most once per process (the audience
 * page, the presenter page and the instructor page all ask). Null when no lesson has that slug.
 */
export function compileSlides(slug: string): Promise<CompiledSlides> | null {
  const lesson = findLesson(slug);
  if (!lesson) return null;
  let promise = compiled.get(slug);
  if (!promise) {
    const slides: SlideInfo[] = [];
    promise = compileLessonFile(lesson, [rehypeSlides(slides)]).then(({ code }) => ({
      lesson,
      code,
      slides,
    }));
    compiled.set(slug, promise);
  }
  return promise;
}
